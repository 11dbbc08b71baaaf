// GET /metrics for Prometheus; behind `Authorization: Bearer <METRICS_TOKEN>` when one is configured.
import { timingSafeEqual } from "node:crypto";
import type { Handler } from "hono";
import type { Metrics } from "../telemetry/metrics.ts";

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(.+)$/i.exec(header?.trim() ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

export function metricsRoute(metrics: Metrics, metricsToken: string | null): Handler {
  return async (c) => {
    if (metricsToken && !tokenMatches(c.req.header("authorization"), metricsToken)) {
      return c.text("metrics need Authorization: Bearer <METRICS_TOKEN>\n", 401, { "www-authenticate": "Bearer" });
    }
    return c.body(await metrics.registry.metrics(), 200, {
      "content-type": metrics.registry.contentType,
      "cache-control": "no-store",
    });
  };
}
