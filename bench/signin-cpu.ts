// npm run bench:signin-cpu [-- --duration 10 --rounds 2 --connections 8]
// Where a sign-in's CPU goes: the gateway's CPU time per sign-in, thread by thread (/proc/<pid>/task), with the
// production argon2id and with a near-free argon2id (m = 8 KiB, t = 1), each on a fresh PostgreSQL database.
// The main thread runs everything but hashing and garbage collection helpers: what the hash-only ceiling does not
// pay. The other threads (libuv's pool with argon2, V8's GC helpers) all call themselves "node". Linux only (/proc).
import { readdirSync, readFileSync } from "node:fs";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import { adminAuthorization, createUsers, startGateway } from "./lib/gateway.ts";
import { benchArgs, graphqlLoad, median, printTable } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv, { rounds: 2 });
const password = "correct horse battery staple";
const userCount = 200;
const signIn = `mutation($account: String!, $password: String!) { signInByAccountPassword(account: $account, password: $password) { __typename ... on SignInSuccess { tokenSet { access_token expire_in } } } }`;

/** CPU milliseconds per thread of a process, from utime + stime in clock ticks (100 per second). */
function threadCpuMs(pid: number): Map<string, { ms: number }> {
  const threads = new Map<string, { ms: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    threads.set(tid, { ms: (Number(fields[11]) + Number(fields[12])) * 10 });
  }
  return threads;
}

async function measure(label: string, env: Record<string, string>) {
  const database = await createBenchDatabase("bench_signin_cpu");
  const gateway = await startGateway(database.url, env);
  try {
    await createUsers(gateway, await adminAuthorization(gateway), "cpu", userCount, password);
    let next = 0;
    const load = graphqlLoad(gateway, args.connections, signIn, () => ({
      account: `cpu-${next++ % userCount}`,
      password,
    }));
    await load(args.warmupSecs);
    const rounds: { rate: number; main: number; others: number }[] = [];
    for (let round = 0; round < args.rounds; round++) {
      const before = threadCpuMs(gateway.pid);
      const result = await load(args.durationSecs);
      const after = threadCpuMs(gateway.pid);
      const signIns = result.requestsPerSec * args.durationSecs;
      const perSignIn = (main: boolean) =>
        [...after]
          .filter(([tid]) => (tid === String(gateway.pid)) === main)
          .reduce((sum, [tid, { ms }]) => sum + ms - (before.get(tid)?.ms ?? 0), 0) / signIns;
      rounds.push({ rate: result.requestsPerSec, main: perSignIn(true), others: perSignIn(false) });
    }
    const main = median(rounds.map((r) => r.main));
    const others = median(rounds.map((r) => r.others));
    return [label, median(rounds.map((r) => r.rate)), main, others, main + others];
  } finally {
    await gateway.stop();
    await database.drop();
  }
}

process.stdout.write(
  `sign-in CPU benchmark: ${describePinning()}; ${args.connections} connections, ${args.rounds} rounds of ${args.durationSecs} s\n`,
);
const production = await measure("argon2id m=19 MiB t=2", {});
const nearFree = await measure("argon2id m=8 KiB t=1", { ARGON2_MEMORY_KIB: "8", ARGON2_TIME_COST: "1" });
printTable([
  ["hashing", "sign-ins/s", "main thread ms/sign-in", "other threads ms/sign-in", "total ms/sign-in"],
  production,
  nearFree,
]);
process.stdout.write(
  `main thread per sign-in: ${Number(production[2]).toFixed(2)} ms beside production argon2id on the same core, ${Number(nearFree[2]).toFixed(2)} ms beside a near-free one\n`,
);
