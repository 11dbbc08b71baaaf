import type { Plugin } from "graphql-yoga";

/**
 * GET /ready: 200 when the database answers, 503 otherwise, for load balancers. (yoga's own /health only says
 * the process is alive.)
 */
export function useReadinessRoute(ping: () => Promise<unknown>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready") return;
      const ok = await ping().then(
        () => true,
        () => false,
      );
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ok ? "ok" : "unavailable" }), {
          status: ok ? 200 : 503,
          headers: { "content-type": "application/json", "cache-control": "no-store" },
        }),
      );
    },
  };
}
