// One access log line and one metrics observation per request, whichever route answers it. The line names the
// method, route, GraphQL operation, status, duration and (through the logger) the requestId; never a body,
// header, query string, token or secret. Routes are labelled by their registered pattern, so a caller's path
// cannot mint series; an unrouted path is "unmatched".
import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../telemetry/metrics.ts";

/** What the handler tells the access line: the GraphQL operation (its type and first root field). */
export interface RequestFacts {
  operation: string;
}

export type TelemetryEnv = { Variables: { facts: RequestFacts } };

export interface RequestRecord {
  method: string;
  route: string;
  operation: string;
  status: number;
}

/** Records a finished request: its metrics and its access line. */
export function createRequestRecorder({ log, metrics }: { log: Logger; metrics: Metrics | null }) {
  return (record: RequestRecord, startedAt: number) => {
    const seconds = (performance.now() - startedAt) / 1000;
    metrics?.observeRequest(record, seconds);
    log.info({ ...record, durationMs: Math.round(seconds * 10_000) / 10 }, "request");
  };
}

export type RecordRequest = ReturnType<typeof createRequestRecorder>;

export function requestTelemetry(recordRequest: RecordRequest): MiddlewareHandler<TelemetryEnv> {
  return async (c, next) => {
    const startedAt = performance.now();
    const facts: RequestFacts = { operation: "" };
    c.set("facts", facts);
    await next();
    const answering = matchedRoutes(c)[c.req.routeIndex];
    const route = answering && answering.path !== "/*" && answering.path !== "*" ? answering.path : "unmatched";
    recordRequest({ method: c.req.method, route, operation: facts.operation, status: c.res.status }, startedAt);
  };
}
