// The hosted login page's operations: single sign-on (a code for an application from the browser's standing
// sign-in, unless the request asks to sign in again or the sign-in is older than its max_age) and the page's
// password sign-in (the same check, limits and login record as every sign-in, then a browser session and a code).
import type { Authentication } from "../authentication.ts";
import type { Caller } from "../caller.ts";
import type { Clock } from "../clock.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import type { AuthorizationCodes } from "../grants/authorization-codes.ts";
import type { ApplicationService } from "../applications/application-service.ts";
import { type AuthorizationRequest, AuthorizationRequestError } from "../grants/authorization-requests.ts";
import type { BrowserSessions } from "../grants/browser-sessions.ts";
import type { Scope } from "../tokens/scopes.ts";
import type { TokenService } from "../tokens/token-service.ts";

/**
 * The scopes a code grants. offline_access needs the user's consent (OIDC Core 11), which the page does not ask
 * yet, so it is not granted: the client gets no refresh token rather than one the user never agreed to.
 */
function grantedScopes(request: AuthorizationRequest): Scope[] {
  return request.scopes.filter((scope) => scope !== "offline_access");
}

export function createHostedLoginOperations({
  clock,
  authentication,
  browserSessions,
  authorizationCodes,
  applications,
  tokens,
}: {
  clock: Clock;
  authentication: Authentication;
  browserSessions: BrowserSessions;
  authorizationCodes: AuthorizationCodes;
  applications: Pick<ApplicationService, "findApplicationByAppId">;
  tokens: Pick<TokenService, "verifyIdTokenHint" | "revokeSession">;
}) {
  function codeFor(
    request: AuthorizationRequest,
    user: { id: string },
    browserSession: { id: string; authTime: Date },
    sessionId?: string,
  ) {
    return authorizationCodes.issueCode({
      pool: request.pool,
      application: request.application,
      user,
      browserSession,
      redirectUri: request.redirectUri,
      scopes: grantedScopes(request),
      nonce: request.nonce,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
      sessionId,
    });
  }

  /** A code from the browser's standing sign-in in the request's pool, or null when the user must sign in. */
  async function codeFromBrowserSession(
    request: AuthorizationRequest,
    browserToken: string | null,
  ): Promise<string | null> {
    if (request.prompt.includes("login")) return null;
    const browser = await browserSessions.findBrowserSession(browserToken);
    if (!browser || browser.userPoolId !== request.pool.id) return null;
    const ageMs = clock.now().getTime() - browser.authTime.getTime();
    if (request.maxAge !== null && ageMs > request.maxAge * 1000) return null;
    return codeFor(request, browser.user, browser);
  }

  /** The page's sign-in by account and password: a new browser session and a code for the request. */
  async function signInWithPassword(
    caller: Pick<Caller, "ip" | "userAgent">,
    request: AuthorizationRequest,
    input: { account: string; password: string } & CaptchaAnswer,
  ): Promise<{ code: string; browserToken: string }> {
    const context = {
      pool: request.pool,
      application: request.application,
      ip: caller.ip,
      userAgent: caller.userAgent,
    };
    const { user, session } = await authentication.signInWithPasswordForCode(
      context,
      { kind: "account", account: input.account },
      input.password,
      grantedScopes(request),
      { captchaCode: input.captchaCode, captchaToken: input.captchaToken },
    );
    const { token, session: browser } = await browserSessions.openBrowserSession(user);
    await browserSessions.linkSession(browser.id, session.session.id);
    return { code: await codeFor(request, user, browser, session.session.id), browserToken: token };
  }

  /**
   * Checks an RP-Initiated Logout request (OIDC RP-Initiated Logout 1.0, 2 and 3): the id_token_hint must be ours,
   * a client_id must agree with it, and a post_logout_redirect_uri must be registered, exactly, by that
   * application. Answers whether the hint proves the client (no confirmation needed) and where to send the user.
   */
  async function checkLogout(input: {
    idTokenHint: string | null;
    clientId: string | null;
    postLogoutRedirectUri: string | null;
  }): Promise<{ hint: { sub: string; sid: string | null } | null; redirectUri: string | null }> {
    const refuse = (description: string): never => {
      throw new AuthorizationRequestError("invalid_request", description, null);
    };
    const hint = input.idTokenHint ? await tokens.verifyIdTokenHint(input.idTokenHint) : null;
    if (input.idTokenHint && !hint) refuse("id_token_hint is not an id_token of this gateway.");
    if (hint && input.clientId && input.clientId !== hint.aud) refuse("client_id does not match id_token_hint.");
    const appId = hint?.aud ?? input.clientId;
    if (input.postLogoutRedirectUri) {
      if (!appId) refuse("post_logout_redirect_uri needs id_token_hint or client_id.");
      const { application } = await applications
        .findApplicationByAppId(appId)
        .catch(() => refuse("The application is unknown."));
      if (!application.postLogoutRedirectUris.includes(input.postLogoutRedirectUri))
        refuse("post_logout_redirect_uri is not registered for this application.");
    }
    return { hint, redirectUri: input.postLogoutRedirectUri };
  }

  /** Ends the browser's sign-in (and every session opened from it) and the session the hint names. */
  async function endSession(browserToken: string | null, hint: { sid: string | null } | null): Promise<void> {
    const browser = await browserSessions.findBrowserSession(browserToken);
    if (browser) await browserSessions.endBrowserSession(browser.id);
    if (hint?.sid) await tokens.revokeSession(hint.sid);
  }

  return { codeFromBrowserSession, signInWithPassword, checkLogout, endSession };
}

export type HostedLoginOperations = ReturnType<typeof createHostedLoginOperations>;
