// The hash-only ceiling: the same argon2id operations (verify for sign-in, hash for sign-up) at the same
// concurrency, no server. Run as its own process on the server's core: `tsx bench/lib/hash-ceiling.ts <verify|hash>
// <concurrency> <seconds>` prints {"opsPerSec": n}.
import { createArgon2Hasher, defaultArgon2Parameters } from "../../src/identity/credentials/hasher.ts";

const [mode = "verify", concurrencyArg = "8", secondsArg = "10"] = process.argv.slice(2);
const hasher = createArgon2Hasher(defaultArgon2Parameters);
const password = "correct horse battery staple";
const stored = await hasher.hash(password);

const deadline = performance.now() + Number(secondsArg) * 1000;
let done = 0;
async function worker() {
  while (performance.now() < deadline) {
    if (mode === "hash") await hasher.hash(`${password} ${done}`);
    else await hasher.verify(stored, password);
    done++;
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: Number(concurrencyArg) }, worker));
process.stdout.write(`${JSON.stringify({ opsPerSec: done / ((performance.now() - started) / 1000) })}\n`);
