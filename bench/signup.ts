// npm run bench:signup [-- --duration 10 --rounds 3 --connections 8]
// signUpByUsernamePassword on PostgreSQL (production argon2id, a fresh database), every request a new user,
// against the hash-only ceiling: the same argon2id hashes at the same concurrency with no server, same core.
import pg from "pg";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import { graphql, runOnServerCore, startGateway } from "./lib/gateway.ts";
import { benchArgs, median, printTable, runLoad } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv);
const password = "correct horse battery staple";
const signUp = `mutation($username: String!, $password: String!) { signUpByUsernamePassword(username: $username, password: $password) { __typename } }`;

const database = await createBenchDatabase("bench_signup");
const gateway = await startGateway(database.url);
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
try {
  process.stdout.write(`sign-up benchmark: ${describePinning()}; ${args.connections} connections, ${args.rounds} rounds of ${args.durationSecs} s\n`);
  // Every request comes from 127.0.0.1: lift the per-IP registration cap for the benchmark's pool.
  await sql.query(`UPDATE "UserPool" SET "registrationsPerIpPerHour" = 100000000`);
  const check = await graphql<{ signUpByUsernamePassword: { __typename: string } }>(gateway.url, signUp, { username: "check", password }, { "x-authing-app-id": gateway.appId });
  if (check.signUpByUsernamePassword.__typename !== "User") throw new Error(`sign-up does not succeed: ${JSON.stringify(check)}`);

  let next = 0;
  const load = (durationSecs: number) =>
    runLoad({
      url: `${gateway.url}/graphql`,
      connections: args.connections,
      durationSecs,
      headers: { "x-authing-app-id": gateway.appId },
      body: () => JSON.stringify({ query: signUp, variables: { username: `signup-${next++}`, password } }),
    });
  const users = async () => Number((await sql.query(`SELECT count(*) FROM "User"`)).rows[0].count);

  await load(args.warmupSecs);
  const rows: (string | number)[][] = [["round", "hash-only hashes/s", "sign-ups/s", "ratio %", "p50 ms", "p99 ms", "users made", "errors"]];
  const ratios: number[] = [];
  const rates: number[] = [];
  const ceilings: number[] = [];
  for (let round = 1; round <= args.rounds; round++) {
    const ceiling = await runOnServerCore<{ opsPerSec: number }>(["--import", "tsx", "bench/lib/hash-ceiling.ts", "hash", String(args.connections), String(args.durationSecs)]);
    const before = await users();
    const result = await load(args.durationSecs);
    const made = (await users()) - before;
    const ratio = (100 * result.requestsPerSec) / ceiling.opsPerSec;
    ratios.push(ratio);
    rates.push(result.requestsPerSec);
    ceilings.push(ceiling.opsPerSec);
    rows.push([String(round), ceiling.opsPerSec, result.requestsPerSec, ratio, result.p50, result.p99, made, result.errors + result.non2xx]);
  }
  printTable(rows);
  process.stdout.write(
    `sign-up: median ${median(rates).toFixed(1)}/s = ${median(ratios).toFixed(1)} % of the hash-only ceiling (median ${median(ceilings).toFixed(1)} hashes/s); target >= 85 %\n`,
  );
} finally {
  await sql.end();
  await gateway.stop();
  await database.drop();
}
