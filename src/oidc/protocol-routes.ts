// The OAuth 2.0 / OpenID Connect protocol endpoints on GenAuth's paths (mounted at /oidc and /oauth): the token
// endpoint's authorization-code grant (with PKCE), refresh grant (RFC 6749 4.1.3 and 6, rotation and reuse
// detection in the core) and client-credentials grant (4.4), userinfo (OIDC Core 5.3),
// introspection (RFC 7662) and revocation (RFC 7009). They run on the core's own sessions and refresh tokens,
// so a token from GraphQL or REST sign-in refreshes here and one issued here is accepted everywhere.
import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import type { ClientCredentials, ResolveCaller } from "../http/caller.ts";
import { requestIdFor } from "../http/caller.ts";
import { basicCredentials } from "../identity/applications/client-authentication.ts";
import type { Caller } from "../identity/caller.ts";
import { negotiateLanguage } from "../identity/i18n/localize.ts";
import type { Identity } from "../identity/index.ts";
import type { TokenTypeHint } from "../identity/tokens/introspection.ts";
import type { TokenSet } from "../identity/tokens/token-service.ts";
import type { Logger } from "../logger.ts";
import { formParams, param } from "./form-body.ts";
import { noStore, OAuthError, oauthErrorResponse } from "./oauth-errors.ts";

type Env = { Bindings: Partial<HttpBindings> };

/** RFC 6749 2.3: the client's credentials from HTTP Basic or the form, never both. */
function clientOf(request: Request, params: URLSearchParams): { client: ClientCredentials; usedBasic: boolean } {
  const basic = basicCredentials(request.headers.get("authorization"));
  const formId = param(params, "client_id");
  const formSecret = param(params, "client_secret");
  if (basic) {
    if (formSecret) throw new OAuthError("invalid_request", "Use one client authentication method, not two.");
    if (formId && formId !== basic.clientId) throw new OAuthError("invalid_request", "client_id differs from Basic.");
    return {
      client: {
        appId: basic.clientId ?? null,
        clientId: basic.clientId,
        clientSecret: basic.clientSecret,
        malformed: basic.malformed,
      },
      usedBasic: true,
    };
  }
  if (!formId) throw new OAuthError("invalid_client", "The client is not identified: send client_id.");
  return { client: { appId: formId, clientId: formId, clientSecret: formSecret }, usedBasic: false };
}

function tokenTypeHint(params: URLSearchParams): TokenTypeHint | null {
  const hint = param(params, "token_type_hint");
  return hint === "access_token" || hint === "refresh_token" ? hint : null;
}

async function tokenResponse(tokenSet: TokenSet): Promise<Record<string, unknown>> {
  return {
    access_token: tokenSet.access_token,
    token_type: tokenSet.token_type,
    expires_in: tokenSet.expire_in,
    scope: tokenSet.scope,
    ...(tokenSet.refresh_token ? { refresh_token: tokenSet.refresh_token } : {}),
    ...(tokenSet.scope.split(" ").includes("openid") ? { id_token: await tokenSet.idToken() } : {}),
  };
}

/** RFC 6749 4.1.3, 4.4 and 6: the grants the token endpoint serves, as the token endpoint's JSON answer. */
function grantOf(identity: Identity) {
  return async (grantType: string, caller: Caller, params: URLSearchParams): Promise<Record<string, unknown>> => {
    const required = (name: string) => {
      const value = param(params, name);
      if (!value) throw new OAuthError("invalid_request", `${name} is required.`);
      return value;
    };
    if (grantType === "authorization_code")
      return tokenResponse(
        await identity.tokenLifecycle.redeemCodeForClient(caller, {
          code: required("code"),
          redirectUri: param(params, "redirect_uri"),
          codeVerifier: param(params, "code_verifier"),
        }),
      );
    if (grantType === "refresh_token")
      return tokenResponse(
        await identity.tokenLifecycle.refreshForClient(caller, {
          refreshToken: required("refresh_token"),
          scope: param(params, "scope"),
        }),
      );
    if (grantType === "client_credentials")
      return identity.tokenLifecycle.clientCredentialsForClient(caller, { scope: param(params, "scope") });
    throw new OAuthError("unsupported_grant_type", `The grant type ${grantType.slice(0, 64)} is not served.`);
  };
}

export function createOidcProtocolRoutes({
  identity,
  resolveCaller,
  log,
}: {
  identity: Identity;
  resolveCaller: ResolveCaller;
  log: Logger;
}) {
  const app = new Hono<Env>();
  const grant = grantOf(identity);
  const remoteAddressOf = (c: Context<Env>) => c.env?.incoming?.socket?.remoteAddress ?? null;
  const languageOf = (request: Request) =>
    negotiateLanguage(request.headers.get("x-authing-lang"), request.headers.get("accept-language"));

  /** Runs a client-authenticated endpoint: the form, the client's caller, and RFC 6749's error answers. */
  function clientEndpoint(run: (caller: Caller, params: URLSearchParams) => Promise<Response>) {
    return async (c: Context<Env>) => {
      let usedBasic = false;
      try {
        const params = await formParams(c.req.raw);
        const found = clientOf(c.req.raw, params);
        usedBasic = found.usedBasic;
        const caller = await resolveCaller(c.req.raw, { remoteAddress: remoteAddressOf(c), client: found.client });
        return await run(caller, params);
      } catch (error) {
        return failure(c, error, usedBasic);
      }
    };
  }

  function failure(c: Context<Env>, error: unknown, usedBasic: boolean) {
    const answered = oauthErrorResponse(c, error, { language: languageOf(c.req.raw) }, usedBasic);
    if (answered) return answered;
    log.error({ err: error, requestId: requestIdFor(c.req.raw) }, "OIDC endpoint failed");
    return c.json({ error: "server_error", error_description: "Unexpected error." }, 500, noStore);
  }

  app.post(
    "/token",
    clientEndpoint(async (caller, params) => {
      const grantType = param(params, "grant_type");
      if (!grantType) throw new OAuthError("invalid_request", "grant_type is required.");
      return Response.json(await grant(grantType, caller, params), { headers: noStore });
    }),
  );

  app.post(
    "/token/introspection",
    clientEndpoint(async (caller, params) => {
      const token = param(params, "token");
      if (!token) throw new OAuthError("invalid_request", "token is required.");
      const result = await identity.tokenLifecycle.introspectToken(caller, {
        token,
        tokenTypeHint: tokenTypeHint(params),
      });
      return Response.json(result, { headers: noStore });
    }),
  );

  app.post(
    "/token/revocation",
    clientEndpoint(async (caller, params) => {
      const token = param(params, "token");
      if (!token) throw new OAuthError("invalid_request", "token is required.");
      await identity.tokenLifecycle.revokeToken(caller, { token, tokenTypeHint: tokenTypeHint(params) });
      return new Response(null, { status: 200, headers: noStore });
    }),
  );

  /** OIDC Core 5.3 / RFC 6750 2: the access token as Bearer (or bare, as GenAuth's SDKs send it), in the query or form. */
  const userInfo = async (c: Context<Env>) => {
    try {
      const params = new URLSearchParams(new URL(c.req.url).search);
      const form = c.req.method === "POST" ? await formParams(c.req.raw) : new URLSearchParams();
      const header = c.req.header("authorization");
      const inRequest = param(params, "access_token") ?? param(form, "access_token");
      // RFC 6750 allows one way only. GenAuth's Node SDK attaches the token it holds, bare, to every call, also when
      // asked about another token in the query or body: that explicit token wins over a bare header.
      if (inRequest && header && /^Bearer\s/i.test(header))
        throw new OAuthError("invalid_request", "Send the access token one way, not two.");
      const headers = new Headers(c.req.raw.headers);
      if (inRequest) headers.set("authorization", `Bearer ${inRequest}`);
      const request = new Request(c.req.url, { method: "GET", headers });
      const caller = await resolveCaller(request, { remoteAddress: remoteAddressOf(c), client: { appId: null } });
      return c.json(await identity.tokenLifecycle.userInfo(caller), 200, noStore);
    } catch (error) {
      return failure(c, error, false);
    }
  };
  app.get("/me", userInfo);
  app.post("/me", userInfo);
  app.get("/userinfo", userInfo);
  app.post("/userinfo", userInfo);

  return app;
}
