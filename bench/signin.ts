// npm run bench:signin [-- --duration 10 --rounds 3 --connections 8 --id-token]
// signInByAccountPassword on PostgreSQL (production argon2id, a fresh database) against the hash-only ceiling: the
// same argon2id verifications at the same concurrency with no server, on the same core, measured in the same run.
// The client asks for the access token; --id-token asks for the id_token too (one more signature per sign-in).
import pg from "pg";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import { adminAuthorization, createUsers, graphql, startGateway } from "./lib/gateway.ts";
import { benchArgs, graphqlLoad } from "./lib/load.ts";
import { runAgainstHashCeiling } from "./lib/against-hash-ceiling.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv);
const password = "correct horse battery staple";
const userCount = 200;
const tokens = process.argv.includes("--id-token") ? "access_token id_token" : "access_token";
const signIn = `mutation($account: String!, $password: String!) { signInByAccountPassword(account: $account, password: $password) { __typename ... on SignInSuccess { tokenSet { ${tokens} expire_in } } } }`;

const database = await createBenchDatabase("bench_signin");
const gateway = await startGateway(database.url);
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
try {
  process.stdout.write(
    `sign-in benchmark: ${describePinning()}; ${args.connections} connections, ${args.rounds} rounds of ${args.durationSecs} s; selecting ${tokens}\n`,
  );
  await createUsers(gateway, await adminAuthorization(gateway), "signin", userCount, password);
  const check = await graphql<{ signInByAccountPassword: { __typename: string } }>(
    gateway.url,
    signIn,
    { account: "signin-0", password },
    { "x-authing-app-id": gateway.appId },
  );
  if (check.signInByAccountPassword.__typename !== "SignInSuccess")
    throw new Error(`sign-in does not succeed: ${JSON.stringify(check)}`);

  let next = 0;
  const load = graphqlLoad(gateway, args.connections, signIn, () => ({
    account: `signin-${next++ % userCount}`,
    password,
  }));
  await runAgainstHashCeiling(
    {
      name: "sign-in",
      operation: "verify",
      targetPercent: 90,
      load,
      madeLabel: "sessions made",
      countMade: async () => Number((await sql.query(`SELECT count(*) FROM "Session"`)).rows[0].count),
    },
    args,
  );
} finally {
  await sql.end();
  await gateway.stop();
  await database.drop();
}
