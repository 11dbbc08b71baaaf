import type { Plugin } from "graphql-yoga";

/** GET /health: 200 when the database answers, 503 otherwise (for load balancers and orchestrators). */
export function useHealthRoute(ping: () => Promise<unknown>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/health") return;
      const ok = await ping().then(
        () => true,
        () => false,
      );
      endResponse(
        fetchAPI.Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503 }),
      );
    },
  };
}
