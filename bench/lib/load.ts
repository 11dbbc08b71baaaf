// autocannon, run in this (load generator) process, with a bench's usual shape: a warm-up, then rounds whose
// medians are reported.
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSec: number;
  /** Responses counted: a p99 from fewer than 1,000 is little more than the slowest one. */
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSecs: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fixed body, or one per request (sign-ups need a fresh username each). */
  body?: string | (() => string);
  /** Requests per second in all; unset: as fast as the server answers. */
  overallRate?: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { body } = options;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSecs,
    overallRate: options.overallRate,
    requests: [
      {
        method: options.method ?? "POST",
        headers: { "content-type": "application/json", ...options.headers },
        ...(typeof body === "function" ? { setupRequest: (request) => ({ ...request, body: body() }) } : { body }),
      },
    ],
  });
  return {
    requestsPerSec: result.requests.total / options.durationSecs,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A load of one GraphQL operation against the gateway's application, with fresh variables per request. */
export function graphqlLoad(
  target: { url: string; appId: string },
  connections: number,
  query: string,
  variables: () => Record<string, unknown>,
) {
  return (durationSecs: number) =>
    runLoad({
      url: `${target.url}/graphql`,
      connections,
      durationSecs,
      headers: { "x-authing-app-id": target.appId },
      body: () => JSON.stringify({ query, variables: variables() }),
    });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Prints rows as an aligned table (first row: headings). */
export function printTable(rows: (string | number)[][]): void {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? formatNumber(cell) : cell)));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  for (const [index, row] of cells.entries()) {
    process.stdout.write(
      `${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")}\n`,
    );
    if (index === 0) process.stdout.write(`${widths.map((width) => "-".repeat(width)).join("  ")}\n`);
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export interface BenchArgs {
  durationSecs: number;
  rounds: number;
  connections: number;
  warmupSecs: number;
}

export function benchArgs(argv: string[], defaults: Partial<BenchArgs> = {}): BenchArgs {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  return {
    durationSecs: value("duration", defaults.durationSecs ?? 10),
    rounds: value("rounds", defaults.rounds ?? 3),
    connections: value("connections", defaults.connections ?? 8),
    warmupSecs: value("warmup", defaults.warmupSecs ?? 3),
  };
}
