// What every REST route declares alike in its OpenAPI description (a JSON body or query parameters, and the
// envelope it answers), and the registrar that gives each route its caller and its envelope.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Caller } from "../identity/caller.ts";
import { InvalidInputError } from "../identity/errors.ts";
import { okEnvelope } from "./envelope.ts";
import type { CallerOf, RestEnv } from "./rest-app.ts";

/** Every answer is HTTP 200 with GenAuth's envelope; a business error is its statusCode/apiCode. */
export const envelopeResponse = {
  200: { description: "GenAuth's envelope; a business error is statusCode/apiCode in it" },
};

/** A required JSON body validated by `schema`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** A query flag as the SDKs spell it: Node's axios sends `true`, Python's requests `True`; absent is false. */
export const booleanParam = z
  .string()
  .optional()
  .transform((value, context) => {
    const normalized = value?.trim().toLowerCase();
    if (normalized === undefined || normalized === "" || normalized === "false" || normalized === "0") return false;
    if (normalized === "true" || normalized === "1") return true;
    context.addIssue({ code: "custom", message: "expected true or false" });
    return z.NEVER;
  });

/** A whole number in the query (page, limit). */
export const integerParam = z.coerce.number().int().optional();

/** GenAuth's numbered page in the query. */
export const pageQuery = { page: integerParam, limit: integerParam };

/** What a user read attaches on request (withCustomData, withIdentities, withDepartmentIds). */
export const extrasQuery = {
  withCustomData: booleanParam,
  withIdentities: booleanParam,
  withDepartmentIds: booleanParam,
};

/** A query parameter that may repeat, as `name=a&name=b` (Python), `name[]=a&name[]=b` (axios) or `name=a,b`. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(name), ...query.getAll(`${name}[]`)]
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A member of GenAuth's DTO that the gateway cannot honour: accepted by the schema, refused when it carries anything. */
export const unsupported = z.unknown().optional();

/** Refuses by name each of `fields` that carries a value: a caller must not believe it happened. */
export function refuseUnsupported(values: Record<string, unknown>, fields: string[], prefix = "") {
  for (const field of fields) {
    const value = values[field];
    const empty = value == null || value === false || (Array.isArray(value) && value.length === 0) || value === "";
    if (!empty) throw new InvalidInputError(field, "input.unsupportedOption", { field: `${prefix}${field}` });
  }
}

type Run<I> = (caller: Caller, input: I, query: URLSearchParams) => Promise<unknown>;

/**
 * A read's parameters from a JSON body, as older Python SDKs send reads (POST with `{userId, options: {...}}`):
 * the members, and those of `options`, as query parameters (arrays repeated, objects as JSON, nulls left out).
 */
function queryOfJsonBody(body: unknown): URLSearchParams {
  const params = new URLSearchParams();
  if (typeof body !== "object" || body === null || Array.isArray(body)) return params;
  const { options, ...members } = body as Record<string, unknown>;
  const flat = {
    ...(typeof options === "object" && options !== null && !Array.isArray(options) ? options : {}),
    ...members,
  };
  for (const [name, value] of Object.entries(flat))
    for (const item of Array.isArray(value) ? value : [value])
      if (item != null) params.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
  return params;
}

/** Routes that read their input, call one operation with the caller and answer its result in the envelope. */
export function routeRegistrar(api: OpenAPIHono<RestEnv>, callerOf: CallerOf) {
  const posts = new Set<string>();
  return {
    post<S extends z.ZodType>(path: string, body: S, run: Run<z.output<S>>) {
      if (posts.has(path)) throw new Error(`POST ${path} is registered twice (a read's POST form is automatic)`);
      posts.add(path);
      const route = createRoute({ method: "post", path, request: jsonBody(body), responses: envelopeResponse });
      api.openapi(route, async (c) => {
        const caller = await callerOf(c);
        const input = c.req.valid("json" as never) as z.output<S>;
        return okEnvelope(c, caller, await run(caller, input, new URL(c.req.url).searchParams));
      });
    },
    /** A read by GET query; unless the path also has its own POST, the same read by POST with a JSON body. */
    get<S extends z.ZodObject>(path: string, query: S, run: Run<z.output<S>>) {
      const route = createRoute({ method: "get", path, request: { query }, responses: envelopeResponse });
      api.openapi(route, async (c) => {
        const caller = await callerOf(c);
        const input = c.req.valid("query" as never) as z.output<S>;
        return okEnvelope(c, caller, await run(caller, input, new URL(c.req.url).searchParams));
      });
      if (posts.has(path)) return;
      posts.add(path);
      api.post(path, async (c) => {
        const caller = await callerOf(c);
        let body: unknown;
        try {
          body = await c.req.json();
        } catch {
          throw new InvalidInputError("body", "input.malformed", { field: "body" });
        }
        const params = queryOfJsonBody(body);
        const parsed = query.safeParse(Object.fromEntries(params));
        if (!parsed.success) {
          const field = parsed.error.issues[0]?.path.join(".") || "body";
          throw new InvalidInputError(field, "input.malformed", { field });
        }
        return okEnvelope(c, caller, await run(caller, parsed.data as z.output<S>, params));
      });
    },
  };
}
