// npm run bench:me [-- --duration 10 --rounds 3 --connections 50]
// `me` with a valid access token (the user read from PostgreSQL) through the real server, GraphQL `me` and REST
// `GET /api/v3/get-profile`, against a plain node:http + jose + one indexed SELECT baseline on the same core,
// rounds interleaved.
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import {
  adminAuthorization,
  createUsers,
  freePort,
  graphql,
  startGateway,
  startProcess,
  stopProcess,
} from "./lib/gateway.ts";
import { benchArgs, median, printTable, runLoad } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv, { connections: 50 });
const password = "correct horse battery staple";
const meQuery = "{ me { ... on User { userId username } ... on Error { apiCode } } }";

const database = await createBenchDatabase("bench_me");
const gateway = await startGateway(database.url);
const baselinePort = await freePort();
const baseline = await startProcess(
  ["--import", "tsx", "bench/baselines/me-node-http.ts"],
  {
    DATABASE_URL: database.url,
    JWKS_URL: `${gateway.url}/oidc/.well-known/jwks.json`,
    ISSUER: `${gateway.url}/oidc`,
    PORT: String(baselinePort),
  },
  /listening/,
);
try {
  process.stdout.write(
    `me benchmark: ${describePinning()}; ${args.connections} connections, ${args.rounds} rounds of ${args.durationSecs} s\n`,
  );
  await createUsers(gateway, await adminAuthorization(gateway), "me", 1, password);
  const signedIn = await graphql<{ signInByAccountPassword: { tokenSet: { access_token: string } } }>(
    gateway.url,
    `mutation($account: String!, $password: String!) { signInByAccountPassword(account: $account, password: $password) { ... on SignInSuccess { tokenSet { access_token } } } }`,
    { account: "me-0", password },
    { "x-authing-app-id": gateway.appId },
  );
  const authorization = `Bearer ${signedIn.signInByAccountPassword.tokenSet.access_token}`;
  const headers = { authorization, "x-authing-app-id": gateway.appId };
  const body = JSON.stringify({ query: meQuery });
  for (const url of [`${gateway.url}/graphql`, `http://127.0.0.1:${baselinePort}/`]) {
    const answer = (await (
      await fetch(url, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body })
    ).json()) as { data: { me: { username?: string } } };
    if (answer.data.me.username !== "me-0") throw new Error(`${url} does not answer me: ${JSON.stringify(answer)}`);
  }

  const loadGateway = (durationSecs: number) =>
    runLoad({ url: `${gateway.url}/graphql`, connections: args.connections, durationSecs, headers, body });
  const profileAnswer = (await (await fetch(`${gateway.url}/api/v3/get-profile`, { headers })).json()) as {
    data?: { username?: string };
  };
  if (profileAnswer.data?.username !== "me-0") throw new Error(`get-profile: ${JSON.stringify(profileAnswer)}`);
  const loadRest = (durationSecs: number) =>
    runLoad({
      url: `${gateway.url}/api/v3/get-profile`,
      method: "GET",
      connections: args.connections,
      durationSecs,
      headers,
    });
  const loadBaseline = (durationSecs: number) =>
    runLoad({ url: `http://127.0.0.1:${baselinePort}/`, connections: args.connections, durationSecs, headers, body });
  await loadGateway(args.warmupSecs);
  await loadRest(args.warmupSecs);
  await loadBaseline(args.warmupSecs);
  const rows: (string | number)[][] = [
    [
      "round",
      "node:http baseline req/s",
      "GraphQL me req/s",
      "ratio %",
      "p50 ms",
      "p99 ms",
      "REST get-profile req/s",
      "ratio %",
      "p50 ms",
      "p99 ms",
      "errors",
    ],
  ];
  const restRatios: number[] = [];
  const restRates: number[] = [];
  const ratios: number[] = [];
  const rates: number[] = [];
  const baselines: number[] = [];
  for (let round = 1; round <= args.rounds; round++) {
    const base = await loadBaseline(args.durationSecs);
    const result = await loadGateway(args.durationSecs);
    const rest = await loadRest(args.durationSecs);
    const ratio = (100 * result.requestsPerSec) / base.requestsPerSec;
    const restRatio = (100 * rest.requestsPerSec) / base.requestsPerSec;
    restRatios.push(restRatio);
    restRates.push(rest.requestsPerSec);
    ratios.push(ratio);
    rates.push(result.requestsPerSec);
    baselines.push(base.requestsPerSec);
    rows.push([
      String(round),
      base.requestsPerSec,
      result.requestsPerSec,
      ratio,
      result.p50,
      result.p99,
      rest.requestsPerSec,
      restRatio,
      rest.p50,
      rest.p99,
      result.errors + result.non2xx + base.errors + base.non2xx + rest.errors + rest.non2xx,
    ]);
  }
  printTable(rows);
  process.stdout.write(
    `me: median ${median(rates).toFixed(0)} req/s = ${median(ratios).toFixed(1)} % of node:http + jose + SELECT (median ${median(baselines).toFixed(0)} req/s), target >= 60 %; ` +
      `REST get-profile ${median(restRates).toFixed(0)} req/s = ${median(restRatios).toFixed(1)} %, target >= 75 %; RSS ${gateway.rssMiB().toFixed(0)} MiB\n`,
  );
} finally {
  await stopProcess(baseline.child);
  await gateway.stop();
  await database.drop();
}
