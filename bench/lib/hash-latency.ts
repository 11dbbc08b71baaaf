// The latency floor of a sign-in at light load: argon2id verifications alone, started at a fixed rate, no server.
// Run on the server's core: `tsx bench/lib/hash-latency.ts <perSecond> <seconds>` prints {"p50", "p99", "count"}.
import { createArgon2Hasher, defaultArgon2Parameters } from "../../src/identity/credentials/hasher.ts";

const [rateArg = "10", secondsArg = "10"] = process.argv.slice(2);
const hasher = createArgon2Hasher(defaultArgon2Parameters);
const password = "correct horse battery staple";
const stored = await hasher.hash(password);

const latencies: number[] = [];
const count = Number(rateArg) * Number(secondsArg);
const pending: Promise<void>[] = [];
for (let i = 0; i < count; i++) {
  const started = performance.now();
  pending.push(hasher.verify(stored, password).then(() => void latencies.push(performance.now() - started)));
  await new Promise((resolve) => setTimeout(resolve, 1000 / Number(rateArg)));
}
await Promise.all(pending);
latencies.sort((a, b) => a - b);
const at = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))]!;
process.stdout.write(`${JSON.stringify({ p50: at(0.5), p99: at(0.99), count: latencies.length })}\n`);
