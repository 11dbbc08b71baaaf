// The refresh rotation of the core alone: the same chains as through the server, each refreshTokenSet called
// with the token the previous call returned, on the same database and keys (the gateway's SECRETS_KEY), with no
// HTTP and no GraphQL. Run as its own process on the server's core: DATABASE_URL, SECRETS_KEY, ISSUER, APP_ID
// and TOKENS (a JSON array) in the environment, the seconds as the argument; prints {"perSec", "p50", "p99", ...}.
import { openDatabase } from "../../src/db/index.ts";
import { createArgon2Hasher, defaultArgon2Parameters } from "../../src/identity/credentials/hasher.ts";
import { createIdentity } from "../../src/identity/index.ts";
import { median } from "./load.ts";
import { percentile } from "./chains.ts";

const seconds = Number(process.argv[2] ?? "10");
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is needed`);
  return value;
};
const database = await openDatabase(env("DATABASE_URL"), { migrate: false, poolSize: 10 });
const refused = async () => {
  throw new Error("no messages in a refresh benchmark");
};
const identity = createIdentity({
  db: database.prisma,
  sql: database.sql,
  hasher: createArgon2Hasher(defaultArgon2Parameters),
  issuer: env("ISSUER"),
  delivery: { sendEmail: refused, sendSms: refused },
  secretsKey: Buffer.from(env("SECRETS_KEY"), "hex"),
});
const application = await database.prisma.application.findUniqueOrThrow({ where: { appId: env("APP_ID") } });
const tokens = JSON.parse(env("TOKENS")) as string[];
const lastTokens: string[] = [];

const latencies: number[] = [];
let broken = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
await Promise.all(
  tokens.map(async (first, index) => {
    let token = first;
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const { tokenSet } = await identity.tokens.refreshTokenSet(application, token);
        token = tokenSet.refresh_token!;
      } catch {
        broken++;
        break;
      }
      latencies.push(performance.now() - sent);
    }
    lastTokens[index] = token;
  }),
);
const elapsedSecs = (performance.now() - started) / 1000;
const sorted = latencies.sort((a, b) => a - b);
await database.close();
process.stdout.write(
  `${JSON.stringify({ perSec: latencies.length / elapsedSecs, p50: median(sorted), p99: percentile(sorted, 0.99), broken, lastTokens })}\n`,
);
