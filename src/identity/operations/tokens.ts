// The token lifecycle as (caller, input) operations: refresh (rotation), logout, login status, and RFC 7662/7009
// introspection and revocation for the calling application's tokens (which authenticate the application first).
import type { Db } from "../../db/index.ts";
import type { AuthorizationCodes } from "../grants/authorization-codes.ts";
import { type Caller, viewerClaims } from "../caller.ts";
import { InvalidGrantError, InvalidInputError, UnauthorizedClientError } from "../errors.ts";
import { claimsForScopes } from "../tokens/id-token-claims.ts";
import { parseScope, type Scope } from "../tokens/scopes.ts";
import type { TokenIntrospection, TokenTypeHint } from "../tokens/introspection.ts";
import { checkLoginStatus } from "../tokens/login-status.ts";
import type { SessionService } from "../tokens/sessions.ts";
import type { TokenService } from "../tokens/token-service.ts";
import type { SignedInOperations } from "./signed-in.ts";

/** Longer than any refresh token we issue: refused before it reaches a digest or a query. */
const maxRefreshTokenLength = 512;

export function createTokenOperations(deps: {
  db: Db;
  tokens: TokenService;
  sessions: SessionService;
  introspection: TokenIntrospection;
  signedIn: SignedInOperations;
  authorizationCodes: AuthorizationCodes;
}) {
  const { db, tokens, sessions, introspection, signedIn, authorizationCodes } = deps;

  /** RFC 6749 4.1.3: the authenticated client redeems its code (with the redirect URI and PKCE verifier). */
  async function redeemCodeForClient(
    caller: Caller,
    input: { code: string; redirectUri: string | null; codeVerifier: string | null },
  ) {
    const client = await caller.authenticatedClient();
    return authorizationCodes.redeemCode(client, { ...input, ip: caller.ip, userAgent: caller.userAgent });
  }

  /**
   * RFC 6749 6: a refresh at the token endpoint. The client authenticates first (a public client names itself);
   * `scope` may narrow the new access token to part of the grant, never widen it (the grant itself keeps its
   * scope for later refreshes).
   */
  async function refreshForClient(caller: Caller, input: { refreshToken: string; scope?: string | null }) {
    const client = await caller.authenticatedClient();
    if (!input.refreshToken.trim() || input.refreshToken.length > maxRefreshTokenLength) throw new InvalidGrantError();
    const narrowed = input.scope == null ? undefined : parseScope(input.scope);
    const { tokenSet } = await tokens.refreshTokenSet(client, input.refreshToken, narrowed);
    return tokenSet;
  }

  /**
   * RFC 6749 4.4: a confidential client with the client_credentials grant gets a token for itself, with the scopes
   * it asks of those registered for it (all of them when it asks none); a scope not registered is invalid_scope.
   */
  async function clientCredentialsForClient(caller: Caller, input: { scope?: string | null }) {
    const client = await caller.authenticatedClient();
    if (!client.grantTypes.includes("client_credentials") || client.tokenEndpointAuthMethod === "none")
      throw new UnauthorizedClientError("client_credentials");
    const asked = input.scope?.trim() ? [...new Set(input.scope.trim().split(/\s+/))] : client.clientCredentialsScopes;
    const unknown = asked.find((scope) => !client.clientCredentialsScopes.includes(scope));
    if (unknown !== undefined)
      throw new InvalidInputError("scope", "input.invalidScope", {
        supported: client.clientCredentialsScopes.join(" "),
      });
    const { pool } = await caller.application();
    return tokens.issueClientToken(pool, client, asked);
  }

  /** OIDC Core 5.3: the claims the access token's scopes grant about its user, `sub` first. */
  async function userInfo(caller: Caller): Promise<Record<string, unknown>> {
    const user = await signedIn.signedInUser(caller);
    const scopes = viewerClaims(caller).scope.split(" ") as Scope[];
    return { sub: user.id, ...(await claimsForScopes(db, user, scopes)) };
  }

  async function refreshToken(caller: Caller, input: { refreshToken: string }) {
    const { application } = await caller.application();
    if (!input.refreshToken.trim() || input.refreshToken.length > maxRefreshTokenLength) {
      throw new InvalidInputError("refreshToken", "input.required", { field: "refreshToken" });
    }
    const { tokenSet } = await tokens.refreshTokenSet(application, input.refreshToken);
    return tokenSet;
  }

  /** Ends the session of the presented token, or with `everywhere` every session of the user. */
  async function logout(caller: Caller, input: { everywhere?: boolean | null }): Promise<void> {
    const user = await signedIn.signedInUser(caller);
    if (input.everywhere) await sessions.revokeSessionsForUser(user.id);
    else if (caller.viewer?.sid) await tokens.revokeSession(caller.viewer.sid);
  }

  function loginStatus(_caller: Caller, input: { token: string }) {
    return checkLoginStatus(db, tokens, input.token);
  }

  async function introspectToken(caller: Caller, input: { token: string; tokenTypeHint?: TokenTypeHint | null }) {
    const client = await caller.authenticatedClient();
    return introspection.introspectToken(client, input.token, input.tokenTypeHint);
  }

  async function revokeToken(
    caller: Caller,
    input: { token: string; tokenTypeHint?: TokenTypeHint | null },
  ): Promise<void> {
    const client = await caller.authenticatedClient();
    await introspection.revokeToken(client, input.token, input.tokenTypeHint);
  }

  return {
    refreshToken,
    refreshForClient,
    redeemCodeForClient,
    clientCredentialsForClient,
    userInfo,
    logout,
    loginStatus,
    introspectToken,
    revokeToken,
  };
}

export type TokenOperations = ReturnType<typeof createTokenOperations>;
