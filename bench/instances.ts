// npm run bench:instances [-- --duration 10 --rounds 3 --connections 32]
// Gateway processes over one PostgreSQL, as a load balancer spreads them: sign-ins (production argon2id) and `me`
// per second through one process against two, rounds interleaved. Three layouts, because on a small machine the
// cores are the limit: one process on the server core; two sharing that core (what running two costs); two on
// two cores (the second shares its core with the load generator, and PostgreSQL floats over both).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describePinning, loadCore, pinSelfToLoadCore, serverCore } from "./lib/cores.ts";
import { adminAuthorization, createUsers, graphql, joinGateway, startGateway } from "./lib/gateway.ts";
import { benchArgs, median, printTable, runLoad, type LoadResult } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv, { connections: 32 });
const password = "correct horse battery staple";
const userCount = 200;
const signInQuery = `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p) { __typename ... on SignInSuccess { tokenSet { access_token } } } }`;
const meQuery = "{ me { ... on User { userId username } ... on Error { apiCode } } }";

const database = await createBenchDatabase("bench_instances");
// One PUBLIC_URL and SECRETS_KEY for all, as behind one load balancer: a token from one verifies on the others.
const env = { SECRETS_KEY: randomBytes(32).toString("hex"), PUBLIC_URL: "http://gateway.bench" };
const first = await startGateway(database.url, env, [], serverCore);
const sameCore = await joinGateway(database.url, env, serverCore);
const otherCore = await joinGateway(database.url, env, loadCore);
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
const sessionCount = async () => Number((await sql.query(`SELECT count(*) FROM "Session"`)).rows[0].count);
try {
  process.stdout.write(
    `instances benchmark: ${describePinning()}; ${args.connections} connections spread evenly, ${args.rounds} rounds of ${args.durationSecs} s; PostgreSQL unpinned\n`,
  );
  await createUsers(first, await adminAuthorization(first), "inst", userCount, password);
  // Every request comes from 127.0.0.1: past the pool's per-address allowance of sign-ins in flight, the rest
  // would be answered with a captcha demand at no cost. Load balancers name each client; here the allowance goes.
  await sql.query(`UPDATE "UserPool" SET "captchaAfterIpFailures" = 1000000`);
  const application = { "x-authing-app-id": first.appId };
  const signedIn = await graphql<{ signInByAccountPassword: { tokenSet: { access_token: string } } }>(
    first.url,
    signInQuery,
    { a: "inst-0", p: password },
    application,
  );
  const meHeaders = {
    ...application,
    authorization: `Bearer ${signedIn.signInByAccountPassword.tokenSet.access_token}`,
  };
  // Every process answers both operations for the others' users and tokens before anything is timed.
  for (const { url } of [first, sameCore, otherCore]) {
    const me = await graphql<{ me: { username?: string } }>(url, meQuery, {}, meHeaders);
    const signIn = await graphql<{ signInByAccountPassword: { __typename: string } }>(
      url,
      signInQuery,
      { a: "inst-1", p: password },
      application,
    );
    if (me.me.username !== "inst-0" || signIn.signInByAccountPassword.__typename !== "SignInSuccess")
      throw new Error(`${url} does not serve the shared pool: ${JSON.stringify({ me, signIn })}`);
  }

  const layouts = [
    { name: "1 process (core 0)", urls: [first.url] },
    { name: "2 processes (both core 0)", urls: [first.url, sameCore.url] },
    { name: "2 processes (cores 0 and 1)", urls: [first.url, otherCore.url] },
  ];
  let next = 0;
  /** The connections split evenly over the layout's processes, all at once; rates add, p99 is the worst's. */
  async function spread(urls: string[], durationSecs: number, operation: "sign-in" | "me"): Promise<LoadResult> {
    const results = await Promise.all(
      urls.map((url) =>
        runLoad({
          url: `${url}/graphql`,
          connections: Math.max(1, Math.round(args.connections / urls.length)),
          durationSecs,
          headers: operation === "me" ? meHeaders : application,
          body:
            operation === "me"
              ? JSON.stringify({ query: meQuery })
              : () =>
                  JSON.stringify({ query: signInQuery, variables: { a: `inst-${next++ % userCount}`, p: password } }),
        }),
      ),
    );
    return {
      requestsPerSec: results.reduce((sum, result) => sum + result.requestsPerSec, 0),
      requests: results.reduce((sum, result) => sum + result.requests, 0),
      p50: Math.max(...results.map((result) => result.p50)),
      p99: Math.max(...results.map((result) => result.p99)),
      errors: results.reduce((sum, result) => sum + result.errors, 0),
      non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    };
  }

  for (const layout of layouts)
    for (const operation of ["sign-in", "me"] as const) await spread(layout.urls, args.warmupSecs, operation);
  const rows: (string | number)[][] = [
    ["round", "layout", "operation", "req/s", "p50 ms", "p99 ms", "errors", "sessions made"],
  ];
  const rates = new Map<string, number[]>();
  for (let round = 1; round <= args.rounds; round++)
    for (const layout of layouts)
      for (const operation of ["sign-in", "me"] as const) {
        const sessionsBefore = await sessionCount();
        const result = await spread(layout.urls, args.durationSecs, operation);
        const made = (await sessionCount()) - sessionsBefore;
        // A sign-in that made no session was refused: its speed would be no sign-in's.
        if (operation === "sign-in" && made < result.requests * 0.99)
          throw new Error(`${layout.name}: ${result.requests} sign-ins answered, only ${made} sessions made`);
        const key = `${layout.name} ${operation}`;
        rates.set(key, [...(rates.get(key) ?? []), result.requestsPerSec]);
        rows.push([
          String(round),
          layout.name,
          operation,
          result.requestsPerSec,
          result.p50,
          result.p99,
          result.errors + result.non2xx,
          operation === "sign-in" ? made : "-",
        ]);
      }
  printTable(rows);
  const rate = (layout: number, operation: string) => median(rates.get(`${layouts[layout]!.name} ${operation}`)!);
  for (const operation of ["sign-in", "me"])
    process.stdout.write(
      `${operation}: median ${rate(0, operation).toFixed(0)}/s on one process, ${rate(1, operation).toFixed(0)}/s on two sharing its core (${(rate(1, operation) / rate(0, operation)).toFixed(2)}x), ` +
        `${rate(2, operation).toFixed(0)}/s on two cores (${(rate(2, operation) / rate(0, operation)).toFixed(2)}x)\n`,
    );
  process.stdout.write(
    `RSS: ${first.rssMiB().toFixed(0)}, ${sameCore.rssMiB().toFixed(0)}, ${otherCore.rssMiB().toFixed(0)} MiB\n`,
  );
} finally {
  await sql.end();
  await Promise.all([first.stop(), sameCore.stop(), otherCore.stop()]);
  await database.drop();
}
