// A load of request chains: each chain sends its next request only with what the previous answer gave (a
// refresh token rotated by the last refresh), so the load is what real clients can make, never a replay. Runs in
// the load generator's process over keep-alive node:http connections, one per chain.
import { Agent, request } from "node:http";
import { median } from "./load.ts";

export interface ChainStep {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface ChainResult {
  perSec: number;
  p50: number;
  p99: number;
  /** Answers that did not give the chain its next token (the chain stops there). */
  broken: number;
  /** Every latency, in ms, for p99s over more than one round. */
  latencies: number[];
  /** Each chain's last token, to check afterwards that it still works. */
  lastTokens: string[];
}

function post(agent: Agent, url: URL, step: ChainStep): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: step.path, method: "POST", headers: step.headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(step.body);
  });
}

export function percentile(sorted: number[], fraction: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Runs every chain for `durationSecs`: `stepOf(token)` is the request that spends `token`, `nextOf(answer)` the
 * token the answer gives (null: the chain broke).
 */
export async function runChains(options: {
  origin: string;
  tokens: string[];
  durationSecs: number;
  stepOf: (token: string) => ChainStep;
  nextOf: (status: number, body: string) => string | null;
}): Promise<ChainResult> {
  const url = new URL(options.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: options.tokens.length });
  const latencies: number[] = [];
  let broken = 0;
  const deadline = performance.now() + options.durationSecs * 1000;
  const started = performance.now();
  const lastTokens = await Promise.all(
    options.tokens.map(async (first) => {
      let token = first;
      while (performance.now() < deadline) {
        const sent = performance.now();
        const answer = await post(agent, url, options.stepOf(token));
        latencies.push(performance.now() - sent);
        const next = options.nextOf(answer.status, answer.body);
        if (!next) {
          broken++;
          break;
        }
        token = next;
      }
      return token;
    }),
  );
  const elapsedSecs = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    perSec: latencies.length / elapsedSecs,
    p50: median(sorted),
    p99: percentile(sorted, 0.99),
    broken,
    latencies,
    lastTokens,
  };
}
