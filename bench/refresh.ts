// npm run bench:refresh [-- --duration 10 --rounds 3 --connections 16]
// Refresh-token rotation: chains of refreshes (each spends the token the previous one returned) through the real
// server's GraphQL `refreshToken` and its OIDC `/oidc/token` (grant_type=refresh_token, client_secret_post, which
// also signs an id_token), against the same rotation through the core alone on the same core, rounds
// interleaved; PostgreSQL, the pool's default RS256 key. Afterwards every chain's last token must still refresh.
import { randomBytes } from "node:crypto";
import { percentile, runChains } from "./lib/chains.ts";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import { adminAuthorization, createUsers, graphql, runOnServerCore, startGateway } from "./lib/gateway.ts";
import { benchArgs, median, printTable } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv, { connections: 16 });
const password = "correct horse battery staple";
const secretsKey = randomBytes(32).toString("hex");
const refreshQuery =
  "mutation($t: String!) { refreshToken(refreshToken: $t) { __typename ... on TokenSet { access_token refresh_token } } }";

const database = await createBenchDatabase("bench_refresh");
const gateway = await startGateway(database.url, { SECRETS_KEY: secretsKey });
try {
  process.stdout.write(
    `refresh benchmark: ${describePinning()}; ${args.connections} chains per path, ${args.rounds} rounds of ${args.durationSecs} s, RS256\n`,
  );
  await createUsers(gateway, await adminAuthorization(gateway), "refresh", args.connections, password);
  /** One session per chain: a sign-in with offline_access, its refresh token the chain's first. */
  const firstTokens = async () => {
    const tokens: string[] = [];
    for (let i = 0; i < args.connections; i++) {
      const data = await graphql<{ signInByAccountPassword: { tokenSet: { refresh_token: string } } }>(
        gateway.url,
        `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p, options: { scope: "openid profile offline_access" }) { ... on SignInSuccess { tokenSet { refresh_token } } } }`,
        { a: `refresh-${i}`, p: password },
        { "x-authing-app-id": gateway.appId },
      );
      tokens.push(data.signInByAccountPassword.tokenSet.refresh_token);
    }
    return tokens;
  };
  const chains = { graphql: await firstTokens(), oidc: await firstTokens(), core: await firstTokens() };

  const throughGraphql = (durationSecs: number) =>
    runChains({
      origin: gateway.url,
      tokens: chains.graphql,
      durationSecs,
      stepOf: (token) => ({
        path: "/graphql",
        headers: { "content-type": "application/json", "x-authing-app-id": gateway.appId },
        body: JSON.stringify({ query: refreshQuery, variables: { t: token } }),
      }),
      nextOf: (_status, body) => {
        const answer = JSON.parse(body) as { data?: { refreshToken?: { refresh_token?: string } } };
        return answer.data?.refreshToken?.refresh_token ?? null;
      },
    });
  const throughOidc = (durationSecs: number) =>
    runChains({
      origin: gateway.url,
      tokens: chains.oidc,
      durationSecs,
      stepOf: (token) => ({
        path: "/oidc/token",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: token,
          client_id: gateway.appId,
          client_secret: gateway.appSecret,
        }).toString(),
      }),
      nextOf: (status, body) =>
        status === 200 ? ((JSON.parse(body) as { refresh_token?: string }).refresh_token ?? null) : null,
    });
  const throughCore = async (durationSecs: number) => {
    const result = await runOnServerCore<{
      perSec: number;
      p50: number;
      p99: number;
      broken: number;
      lastTokens: string[];
    }>(["--import", "tsx", "bench/lib/refresh-core.ts", String(durationSecs)], {
      DATABASE_URL: database.url,
      SECRETS_KEY: secretsKey,
      ISSUER: `${gateway.url}/oidc`,
      APP_ID: gateway.appId,
      TOKENS: JSON.stringify(chains.core),
    });
    return { ...result, latencies: [] as number[] };
  };

  const paths = [
    ["GraphQL refreshToken", "graphql", throughGraphql],
    ["OIDC /oidc/token", "oidc", throughOidc],
    ["core refreshTokenSet", "core", throughCore],
  ] as const;
  for (const [, key, run] of paths) chains[key] = (await run(args.warmupSecs)).lastTokens;
  const rows: (string | number)[][] = [["round", "path", "refreshes/s", "p50 ms", "p99 ms", "broken chains"]];
  const rates: Record<string, number[]> = { graphql: [], oidc: [], core: [] };
  const all: Record<string, number[]> = { graphql: [], oidc: [] };
  for (let round = 1; round <= args.rounds; round++) {
    for (const [label, key, run] of paths) {
      const result = await run(args.durationSecs);
      chains[key] = result.lastTokens;
      rates[key]!.push(result.perSec);
      all[key]?.push(...result.latencies);
      rows.push([String(round), label, result.perSec, result.p50, result.p99, result.broken]);
    }
  }
  printTable(rows);

  // Every chain's last token still works: the rotations left live grants behind, not spent ones.
  let live = 0;
  for (const token of [...chains.graphql, ...chains.oidc, ...chains.core]) {
    const data = await graphql<{ refreshToken: { __typename: string } }>(
      gateway.url,
      refreshQuery,
      { t: token },
      { "x-authing-app-id": gateway.appId },
    );
    if (data.refreshToken.__typename === "TokenSet") live++;
  }
  const p99Of = (latencies: number[]) =>
    percentile(
      [...latencies].sort((a, b) => a - b),
      0.99,
    );
  const graphqlRate = median(rates.graphql!);
  const coreRate = median(rates.core!);
  process.stdout.write(
    `refresh: GraphQL median ${graphqlRate.toFixed(0)}/s (p99 ${p99Of(all.graphql!).toFixed(1)} ms over ${all.graphql!.length}), ` +
      `OIDC ${median(rates.oidc!).toFixed(0)}/s (p99 ${p99Of(all.oidc!).toFixed(1)} ms), core alone ${coreRate.toFixed(0)}/s; ` +
      `GraphQL = ${((100 * graphqlRate) / coreRate).toFixed(1)} % of the core; target >= 600/s and >= 80 %; ` +
      `${live}/${3 * args.connections} chains' last tokens still refresh\n`,
  );
} finally {
  await gateway.stop();
  await database.drop();
}
