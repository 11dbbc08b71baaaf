// npm run bench:enumeration [-- --rounds 200]
// Median latency of a sign-in with an unknown account vs a wrong password, through the real app (yoga + Pothos +
// identity core) on the embedded database (or DATABASE_URL), with production argon2id parameters. Attempts are
// interleaved so machine noise hits both alike, and each uses a fresh account so no limit interferes.
import { parseArgs } from "node:util";
import { createApp } from "../src/app.ts";
import { createOutbox } from "../src/delivery/outbox.ts";
import { openDatabase } from "../src/db/index.ts";
import { createArgon2Hasher, defaultArgon2Parameters } from "../src/identity/credentials/hasher.ts";
import { createIdentity } from "../src/identity/index.ts";
import { createLogger } from "../src/logger.ts";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "200" } } });
const rounds = Number(values.rounds);
const url = process.env.DATABASE_URL ?? "pglite:memory";
const log = createLogger("silent");
const database = await openDatabase(url, { migrate: true });
const hasher = createArgon2Hasher(defaultArgon2Parameters);
const identity = createIdentity({
  db: database.prisma,
  sql: database.sql,
  hasher,
  issuer: "http://bench/oidc",
  delivery: createOutbox(database.prisma, log),
});
const pool = await identity.pools.createUserPool({ name: `enumeration bench ${Date.now()}` });
const { application } = await identity.applications.createApplication(pool.id, { name: "bench" });
const app = createApp({
  config: {
    graphiql: false,
    introspection: false,
    corsOrigins: [],
    trustProxy: false,
    production: true,
    devOutboxQuery: false,
  },
  identity,
  log,
});

process.stdout.write(
  `creating ${rounds} users with argon2id m=${defaultArgon2Parameters.memoryCost} t=${defaultArgon2Parameters.timeCost}...\n`,
);
for (let i = 0; i < rounds + 10; i++) {
  await identity.users.createUser(
    pool,
    { username: `known-${i}`, password: "the right passphrase", source: { type: "adminCreated" } },
    "admin",
  );
}

async function timeSignIn(account: string): Promise<number> {
  const started = performance.now();
  const response = await app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": application.appId },
    body: JSON.stringify({
      query: `mutation { signInByAccountPassword(account: "${account}", password: "a wrong passphrase") { __typename ... on Error { apiCode } } }`,
    }),
  });
  const body = (await response.json()) as { data: { signInByAccountPassword: { apiCode: number } } };
  if (body.data.signInByAccountPassword.apiCode !== 2333) throw new Error(`unexpected answer ${JSON.stringify(body)}`);
  return performance.now() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// Warm-up: JIT, connection pools, the dummy hash.
for (let i = 0; i < 10; i++) {
  await timeSignIn(`warmup-unknown-${i}`);
  await timeSignIn(`known-${rounds + i}`);
}
const unknown: number[] = [];
const wrong: number[] = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2) {
    unknown.push(await timeSignIn(`unknown-${i}`));
    wrong.push(await timeSignIn(`known-${i}`));
  } else {
    wrong.push(await timeSignIn(`known-${i}`));
    unknown.push(await timeSignIn(`unknown-${i}`));
  }
}
const mUnknown = median(unknown);
const mWrong = median(wrong);
const difference = Math.abs(mUnknown - mWrong) / Math.max(mUnknown, mWrong);
console.log(`\n| case | tries | median ms | p90 ms |\n|---|---|---|---|`);
for (const [name, samples] of [
  ["unknown account", unknown],
  ["wrong password", wrong],
] as const) {
  const p90 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.9)]!;
  console.log(`| ${name} | ${samples.length} | ${median(samples).toFixed(2)} | ${p90.toFixed(2)} |`);
}
console.log(
  `\nenumeration timing (${database.kind}): medians ${mUnknown.toFixed(2)} ms vs ${mWrong.toFixed(2)} ms, ` +
    `difference ${(difference * 100).toFixed(1)} % (target < 5 %): ${difference < 0.05 ? "PASS" : "FAIL"}`,
);
await database.close();
process.exit(difference < 0.05 ? 0 : 1);
