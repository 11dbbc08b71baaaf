// npm run bench:oidc [-- --duration 10 --rounds 3 --connections 16 --codes 12000]
// Authorization-code exchanges at /oidc/token (client_secret_post, PKCE S256, scope openid profile
// offline_access: an access token, an id_token and a refresh token each) through the real server on PostgreSQL.
// The codes are prepared before each round by the core on the server's core (as the hosted login issues them
// after a single sign-on), so the load is only the exchange; each code is presented once.
import { randomBytes } from "node:crypto";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import { adminAuthorization, createUsers, graphql, runOnServerCore, startGateway } from "./lib/gateway.ts";
import { benchArgs, median, printTable, runLoad } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv, { connections: 16 });
const codesIndex = process.argv.indexOf("--codes");
const codesPerRound = codesIndex >= 0 ? Number(process.argv[codesIndex + 1]) : 12_000;
const password = "correct horse battery staple";
const secretsKey = randomBytes(32).toString("hex");
const redirectUri = "https://rp.example.com/callback";

const database = await createBenchDatabase("bench_oidc");
const gateway = await startGateway(database.url, { SECRETS_KEY: secretsKey });
try {
  process.stdout.write(
    `oidc benchmark: ${describePinning()}; ${args.connections} connections, ${args.rounds} rounds of ${args.durationSecs} s, ${codesPerRound} codes prepared per round, RS256\n`,
  );
  const admin = await adminAuthorization(gateway);
  await createUsers(gateway, admin, "oidc", 1, password);
  await graphql(
    gateway.url,
    `mutation($app: String!, $uris: [String!]!) { updateApplication(appId: $app, input: { redirectUris: $uris }) { __typename } }`,
    { app: gateway.appId, uris: [redirectUri] },
    { authorization: admin },
  );
  const prepare = (count: number) =>
    runOnServerCore<{ codes: string[]; verifier: string }>(["--import", "tsx", "bench/lib/issue-codes.ts"], {
      DATABASE_URL: database.url,
      SECRETS_KEY: secretsKey,
      ISSUER: `${gateway.url}/oidc`,
      APP_ID: gateway.appId,
      USERNAME: "oidc-0",
      COUNT: String(count),
      REDIRECT_URI: redirectUri,
    });
  const exchangeBody = (code: string, verifier: string) =>
    new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      client_id: gateway.appId,
      client_secret: gateway.appSecret,
      code_verifier: verifier,
    }).toString();
  const exchange = async (durationSecs: number, count: number) => {
    const { codes, verifier } = await prepare(count);
    let next = 0;
    const result = await runLoad({
      url: `${gateway.url}/oidc/token`,
      connections: args.connections,
      durationSecs,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      // Past the prepared codes a request would fail: the round then shows non-2xx answers.
      body: () => exchangeBody(codes[next++ % codes.length]!, verifier),
    });
    return { ...result, used: Math.min(next, codes.length), prepared: codes.length };
  };

  await exchange(args.warmupSecs, Math.ceil((codesPerRound * args.warmupSecs) / args.durationSecs));
  const rows: (string | number)[][] = [["round", "exchanges/s", "p50 ms", "p99 ms", "non-2xx", "codes used"]];
  const rates: number[] = [];
  for (let round = 1; round <= args.rounds; round++) {
    const result = await exchange(args.durationSecs, codesPerRound);
    rates.push(result.requestsPerSec);
    rows.push([
      String(round),
      result.requestsPerSec,
      result.p50,
      result.p99,
      result.non2xx + result.errors,
      `${result.used}/${result.prepared}`,
    ]);
  }
  printTable(rows);
  // One more exchange, its tokens checked: the access token reads userinfo, a refresh token came with it.
  const { codes, verifier } = await prepare(1);
  const tokens = (await (
    await fetch(`${gateway.url}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: exchangeBody(codes[0]!, verifier),
    })
  ).json()) as { access_token: string; id_token?: string; refresh_token?: string };
  const userinfo = (await (
    await fetch(`${gateway.url}/oidc/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } })
  ).json()) as { sub?: string };
  const checked = Boolean(userinfo.sub && tokens.id_token && tokens.refresh_token);
  process.stdout.write(
    `oidc: median ${median(rates).toFixed(0)} code exchanges/s at /oidc/token; tokens checked: ${checked ? "yes" : "NO"}\n`,
  );
} finally {
  await gateway.stop();
  await database.drop();
}
