// GenAuth's REST v3 surface, at /api/v3, so the official SDKs work against the gateway unchanged. Every answer is
// GenAuth's envelope; a body that fails its zod schema is an envelope too (statusCode 400, apiCode 1002, the
// field named), an IdentityError is its envelope with HTTP 200, and anything else is logged and answered as an
// internal error without its message. The routes' schemas make the OpenAPI 3.1 document at
// /api/v3/openapi.json.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { tooLargeMessage } from "../http/request-body-limit.ts";
import { type ClientCredentials, clientCredentialsOf, type ResolveCaller, requestIdFor } from "../http/caller.ts";
import type { Caller } from "../identity/caller.ts";
import { IdentityError, InvalidInputError } from "../identity/errors.ts";
import { negotiateLanguage } from "../identity/i18n/localize.ts";
import type { Identity } from "../identity/index.ts";
import type { Logger } from "../logger.ts";
import { registerAccountRoutes } from "./account.ts";
import { registerAuthenticationRoutes } from "./authentication.ts";
import { errorEnvelope, internalErrorEnvelope } from "./envelope.ts";
import { registerManagementTokenRoute } from "./management/management-token.ts";
import { registerAccessKeyRoutes } from "./management/access-keys.ts";
import { registerApplicationRoutes } from "./management/applications.ts";
import { registerAuditLogRoutes } from "./management/audit-logs.ts";
import { registerCustomFieldRoutes } from "./management/custom-fields.ts";
import { registerGroupRoutes } from "./management/groups.ts";
import { registerOrganizationRoutes } from "./management/organizations.ts";
import { registerRoleRoutes } from "./management/roles.ts";
import { registerUserRoutes } from "./management/users.ts";
import { registerMfaRoutes } from "./mfa.ts";
import { registerWebAuthnRoutes } from "./webauthn.ts";
import { registerPasscodeRoutes } from "./passcodes.ts";
import { routeRegistrar } from "./route-schemas.ts";

export type RestEnv = { Bindings: Partial<HttpBindings> };

export interface RestDeps {
  identity: Identity;
  resolveCaller: ResolveCaller;
  log: Logger;
  /** Larger bodies are refused before they are read (MAX_REQUEST_BODY_BYTES, as for GraphQL). */
  maxRequestBodyBytes: number;
}

/** The caller of a REST request; `client` when the body names the application's credentials (client_id/secret). */
export type CallerOf = (
  c: Context<RestEnv>,
  client?: { client_id?: string | null; client_secret?: string | null },
) => Promise<Caller>;

export function createRestApi({ identity, resolveCaller, log, maxRequestBodyBytes }: RestDeps) {
  const callerOf: CallerOf = (c, body) => {
    const fromHeaders = clientCredentialsOf(c.req.raw);
    const client: ClientCredentials = body?.client_id
      ? {
          appId: fromHeaders.appId ?? body.client_id,
          clientId: body.client_id,
          clientSecret: body.client_secret ?? null,
        }
      : fromHeaders;
    return resolveCaller(c.req.raw, {
      remoteAddress: c.env?.incoming?.socket?.remoteAddress ?? null,
      client,
      // The validator has read the body; Hono keeps it, so the signature check reads the same one.
      body: () => c.req.text(),
    });
  };

  const api = new OpenAPIHono<RestEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.join(".") || "body";
      const error = new InvalidInputError(field, "input.malformed", { field });
      return errorEnvelope(c, { requestId: requestIdFor(c.req.raw), language: languageOf(c) }, error);
    },
  });

  // Hono's limit reads Content-Length first and counts a body without one as it arrives.
  api.use(
    bodyLimit({
      maxSize: maxRequestBodyBytes,
      onError: (c) =>
        c.json(
          {
            statusCode: 413,
            message: tooLargeMessage(maxRequestBodyBytes),
            requestId: requestIdFor(c.req.raw),
            data: null,
          },
          413,
          // The rest of the body is never read: a client must not send its next request on this connection.
          { connection: "close" },
        ),
    }),
  );

  api.onError((error, c) => {
    const caller = { requestId: requestIdFor(c.req.raw), language: languageOf(c) };
    if (error instanceof IdentityError) return errorEnvelope(c, caller, error);
    // Hono's own refusals before a route runs: a body that is not JSON, or not the declared content type.
    if (error instanceof HTTPException && error.status < 500)
      return errorEnvelope(c, caller, new InvalidInputError("body", "input.malformed", { field: "body" }));
    log.error({ err: error }, "unexpected error in a REST route");
    return internalErrorEnvelope(c, caller.requestId);
  });

  registerAuthenticationRoutes(api, { identity, callerOf });
  registerPasscodeRoutes(api, { identity, callerOf });
  const route = routeRegistrar(api, callerOf);
  registerManagementTokenRoute(route, identity);
  registerAccountRoutes(route, identity);
  registerMfaRoutes(route, identity);
  registerWebAuthnRoutes(route, identity);
  registerUserRoutes(route, identity);
  registerRoleRoutes(route, identity);
  registerGroupRoutes(route, identity);
  registerOrganizationRoutes(route, identity);
  registerApplicationRoutes(route, identity);
  registerCustomFieldRoutes(route, identity);
  registerAccessKeyRoutes(route, identity);
  registerAuditLogRoutes(route, identity);

  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Identity gateway: GenAuth REST v3", version: "3" },
    servers: [{ url: "/api/v3" }],
  });
  return api;
}

/** x-authing-lang (an empty value is absent, as the SDKs send it), else Accept-Language. */
function languageOf(c: Context<RestEnv>) {
  return negotiateLanguage(c.req.header("x-authing-lang") || null, c.req.header("accept-language") ?? null);
}
