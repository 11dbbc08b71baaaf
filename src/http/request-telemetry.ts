// One access log line and one metrics observation per request, and GET /metrics. The line names the method,
// route, GraphQL operation, status, duration and (through the logger) the requestId; never a body, header,
// query string, token or secret.
import { timingSafeEqual } from "node:crypto";
import { getOperationAST, Kind } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../telemetry/metrics.ts";

interface InFlight {
  startedAt: number;
  operation: string;
}

export interface RequestTelemetryOptions {
  log: Logger;
  metrics: Metrics | null;
  metricsToken: string | null;
  /** Paths served as themselves in labels; any other path is "unmatched", so callers cannot mint series. */
  routes: string[];
}

function tokenMatches(header: string | null, token: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(.+)$/i.exec(header?.trim() ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

export function useRequestTelemetry({ log, metrics, metricsToken, routes }: RequestTelemetryOptions): Plugin {
  const inFlight = new WeakMap<Request, InFlight>();
  const known = new Set(routes);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      inFlight.set(request, { startedAt: performance.now(), operation: "" });
      if (url.pathname !== "/metrics" || !metrics) return;
      if (request.method !== "GET") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET" } }));
      } else if (metricsToken && !tokenMatches(request.headers.get("authorization"), metricsToken)) {
        endResponse(new fetchAPI.Response("metrics need Authorization: Bearer <METRICS_TOKEN>\n", { status: 401, headers: { "www-authenticate": "Bearer" } }));
      } else {
        const body = await metrics.registry.metrics();
        endResponse(new fetchAPI.Response(body, { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } }));
      }
    },
    onExecute({ args }) {
      // Only validated documents get here: the root field is one of the schema's, so the label is bounded.
      const operation = getOperationAST(args.document, args.operationName);
      const root = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
      const entry = inFlight.get((args.contextValue as { request: Request }).request);
      if (entry && operation) entry.operation = `${operation.operation} ${root?.kind === Kind.FIELD ? root.name.value : ""}`.trim();
    },
    onResponse({ request, response }) {
      const entry = inFlight.get(request);
      if (!entry) return;
      const seconds = (performance.now() - entry.startedAt) / 1000;
      const route = known.has(new URL(request.url).pathname) ? new URL(request.url).pathname : "unmatched";
      const labels = { method: request.method, route, operation: entry.operation, status: response.status };
      metrics?.observeRequest(labels, seconds);
      log.info({ ...labels, durationMs: Math.round(seconds * 10_000) / 10 }, "request");
    },
  };
}
