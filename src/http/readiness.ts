import type { Handler } from "hono";

/**
 * GET /ready: 200 when the database answers, 503 otherwise, for load balancers. (/health only says the process
 * is alive.)
 */
export function readinessRoute(ping: () => Promise<unknown>): Handler {
  return async (c) => {
    const ok = await ping().then(
      () => true,
      () => false,
    );
    return c.json({ status: ok ? "ok" : "unavailable" }, ok ? 200 : 503, { "cache-control": "no-store" });
  };
}
