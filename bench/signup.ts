// npm run bench:signup [-- --duration 10 --rounds 3 --connections 8]
// signUpByUsernamePassword on PostgreSQL (production argon2id, a fresh database), every request a new user,
// against the hash-only ceiling: the same argon2id hashes at the same concurrency with no server, same core.
import pg from "pg";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import { graphql, startGateway } from "./lib/gateway.ts";
import { benchArgs, graphqlLoad } from "./lib/load.ts";
import { runAgainstHashCeiling } from "./lib/against-hash-ceiling.ts";
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
  process.stdout.write(
    `sign-up benchmark: ${describePinning()}; ${args.connections} connections, ${args.rounds} rounds of ${args.durationSecs} s\n`,
  );
  // Every request comes from 127.0.0.1: lift the per-IP registration cap for the benchmark's pool.
  await sql.query(`UPDATE "UserPool" SET "registrationsPerIpPerHour" = 100000000`);
  const check = await graphql<{ signUpByUsernamePassword: { __typename: string } }>(
    gateway.url,
    signUp,
    { username: "check", password },
    { "x-authing-app-id": gateway.appId },
  );
  if (check.signUpByUsernamePassword.__typename !== "User")
    throw new Error(`sign-up does not succeed: ${JSON.stringify(check)}`);

  let next = 0;
  const load = graphqlLoad(gateway, args.connections, signUp, () => ({ username: `signup-${next++}`, password }));
  await runAgainstHashCeiling(
    {
      name: "sign-up",
      operation: "hash",
      targetPercent: 85,
      load,
      madeLabel: "users made",
      countMade: async () => Number((await sql.query(`SELECT count(*) FROM "User"`)).rows[0].count),
    },
    args,
  );
} finally {
  await sql.end();
  await gateway.stop();
  await database.drop();
}
