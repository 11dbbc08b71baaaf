// Prometheus metrics (prom-client), one registry per gateway. Labels are bounded by the schema and the routes
// the gateway serves, never by what a caller sends (an operation name or a path chosen by an attacker would
// grow the series without limit).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface MetricsSources {
  /** The database connection pool, when there is one (PostgreSQL; the embedded database has none). */
  poolStats?: () => PoolStats | null;
  /** Log lines dropped because stdout could not take them. */
  droppedLogLines?: () => number;
}

export function createMetrics(sources: MetricsSources = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requests = new Counter({
    name: "gateway_http_requests_total",
    help: "HTTP requests by method, route, GraphQL operation (type and first root field) and status",
    labelNames: ["method", "route", "operation", "status"] as const,
    registers,
  });
  const requestSeconds = new Histogram({
    name: "gateway_http_request_duration_seconds",
    help: "Time from a request's arrival to its response, by route and GraphQL operation",
    labelNames: ["route", "operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const authEvents = new Counter({
    name: "gateway_auth_events_total",
    help: "Sign-ins and sign-ups by outcome and, for failures, the GenAuth apiCode",
    labelNames: ["event", "outcome", "api_code"] as const,
    registers,
  });
  const hashSeconds = new Histogram({
    name: "gateway_password_hash_seconds",
    help: "argon2id time per hash or verification (not counting the wait for a free hashing slot)",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  });
  new Gauge({
    name: "gateway_db_pool_connections",
    help: "Database pool connections by state (PostgreSQL only)",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const stats = sources.poolStats?.();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  new Counter({
    name: "gateway_log_lines_dropped_total",
    help: "Log lines dropped because stdout's reader stalled or went away",
    registers,
    collect() {
      const dropped = sources.droppedLogLines?.() ?? 0;
      this.reset();
      this.inc(dropped);
    },
  });

  return {
    registry,
    observeRequest(labels: { method: string; route: string; operation: string; status: number }, seconds: number) {
      requests.inc({ ...labels, status: String(labels.status) });
      requestSeconds.observe({ route: labels.route, operation: labels.operation }, seconds);
    },
    observeAuthEvent(event: string, outcome: "success" | "failure", apiCode?: number) {
      authEvents.inc({ event, outcome, api_code: apiCode === undefined ? "" : String(apiCode) });
    },
    observeHash(operation: "hash" | "verify", seconds: number) {
      hashSeconds.observe({ operation }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
