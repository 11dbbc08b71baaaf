// The refresh rotation of the core alone: the same chains as through the server, each refreshTokenSet called
// with the token the previous call returned, on the same database and keys (the gateway's SECRETS_KEY), with no
// HTTP and no GraphQL. Run as its own process on the server's core: DATABASE_URL, SECRETS_KEY, ISSUER, APP_ID
// and TOKENS (a JSON array) in the environment, the seconds as the argument; prints {"perSec", "p50", "p99", ...}.
import { median } from "./load.ts";
import { percentile } from "./chains.ts";
import { openCoreIdentity, requiredEnv } from "./core-identity.ts";

const seconds = Number(process.argv[2] ?? "10");
const { database, identity, application } = await openCoreIdentity();
const tokens = JSON.parse(requiredEnv("TOKENS")) as string[];
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
