// The hosted login page's operations: single sign-on (a code for an application from the browser's standing
// sign-in, unless the request asks to sign in again or the sign-in is older than its max_age) and the page's
// password sign-in (the same check, limits and login record as every sign-in, then a browser session and a code).
import type { Authentication } from "../authentication.ts";
import type { Caller } from "../caller.ts";
import type { Clock } from "../clock.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import type { AuthorizationCodes } from "../grants/authorization-codes.ts";
import type { AuthorizationRequest } from "../grants/authorization-requests.ts";
import type { BrowserSessions } from "../grants/browser-sessions.ts";
import type { Scope } from "../tokens/scopes.ts";

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
}: {
  clock: Clock;
  authentication: Authentication;
  browserSessions: BrowserSessions;
  authorizationCodes: AuthorizationCodes;
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

  return { codeFromBrowserSession, signInWithPassword };
}

export type HostedLoginOperations = ReturnType<typeof createHostedLoginOperations>;
