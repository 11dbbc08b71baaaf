// Server and load generator on different cores where the machine allows (taskset, 2+ cores): the server gets
// core 0, this process (the load generator) core 1. Elsewhere everything shares the cores and the output says so.
import { execFileSync, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// Once pinned, this process sees one core (availableParallelism follows the affinity), so the flag carries over.
export const pinning = process.env.BENCH_PINNED === "1" || (hasTaskset() && availableParallelism() >= 2);
export const serverCore = 0;
export const loadCore = 1;

/** A command line run on one core when pinning is possible. */
export function onCore(core: number, command: string, args: string[]): [string, string[]] {
  return pinning ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];
}

/** Re-runs this script on the load generator's core (once), so it does not compete with the server. */
export function pinSelfToLoadCore(): void {
  if (!pinning || process.env.BENCH_PINNED) return;
  const [command, args] = onCore(loadCore, process.execPath, [...process.execArgv, ...process.argv.slice(1)]);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, BENCH_PINNED: "1" } });
  process.exit(result.status ?? 1);
}

export function describePinning(): string {
  return pinning
    ? `server on core ${serverCore}, load generator on core ${loadCore} (taskset)`
    : "no pinning (taskset or a second core missing)";
}
