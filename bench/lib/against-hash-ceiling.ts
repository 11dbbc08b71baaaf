// Rounds of a hashing workload through the server, each after a hash-only round on the same core: the table and
// summary line that bench:signin and bench:signup print.
import { runOnServerCore } from "./gateway.ts";
import { median, printTable, type BenchArgs, type LoadResult } from "./load.ts";

export interface HashingWorkload {
  /** "sign-in" / "sign-up", in headings and the summary. */
  name: string;
  /** The argon2id operation the workload costs: "verify" or "hash". */
  operation: "verify" | "hash";
  targetPercent: number;
  load(durationSecs: number): Promise<LoadResult>;
  /** Rows the workload creates (sessions, users): counted around each round to show the requests did real work. */
  countMade(): Promise<number>;
  madeLabel: string;
}

export async function runAgainstHashCeiling(workload: HashingWorkload, args: BenchArgs): Promise<void> {
  const unit = workload.operation === "verify" ? "verifies" : "hashes";
  await workload.load(args.warmupSecs);
  const rows: (string | number)[][] = [
    [
      "round",
      `hash-only ${unit}/s`,
      `${workload.name}s/s`,
      "ratio %",
      "p50 ms",
      "p99 ms",
      workload.madeLabel,
      "errors",
    ],
  ];
  const ratios: number[] = [];
  const rates: number[] = [];
  const ceilings: number[] = [];
  for (let round = 1; round <= args.rounds; round++) {
    const ceiling = await runOnServerCore<{ opsPerSec: number }>([
      "--import",
      "tsx",
      "bench/lib/hash-ceiling.ts",
      workload.operation,
      String(args.connections),
      String(args.durationSecs),
    ]);
    const before = await workload.countMade();
    const result = await workload.load(args.durationSecs);
    const made = (await workload.countMade()) - before;
    const ratio = (100 * result.requestsPerSec) / ceiling.opsPerSec;
    ratios.push(ratio);
    rates.push(result.requestsPerSec);
    ceilings.push(ceiling.opsPerSec);
    rows.push([
      String(round),
      ceiling.opsPerSec,
      result.requestsPerSec,
      ratio,
      result.p50,
      result.p99,
      made,
      result.errors + result.non2xx,
    ]);
  }
  printTable(rows);
  process.stdout.write(
    `${workload.name}: median ${median(rates).toFixed(1)}/s = ${median(ratios).toFixed(1)} % of the hash-only ceiling (median ${median(ceilings).toFixed(1)} ${unit}/s); target >= ${workload.targetPercent} %\n`,
  );
}
