// The hosted login page's operations: single sign-on (a code for an application from the browser's standing
// sign-in, unless the request asks to sign in again, hints at another user or the sign-in is older than its
// max_age), the page's sign-in by password or passcode and its sign-up (the same checks, limits and login records
// as every sign-in, then a browser session), consent, and RP-Initiated Logout.
import type { Authentication } from "../authentication.ts";
import type { Caller } from "../caller.ts";
import type { MfaAnswer, MfaChallenges } from "../mfa/mfa-challenges.ts";
import type { Clock } from "../clock.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import type { AuthorizationCodes } from "../grants/authorization-codes.ts";
import type { ApplicationService } from "../applications/application-service.ts";
import { type AuthorizationRequest, AuthorizationRequestError } from "../grants/authorization-requests.ts";
import type { BrowserSessions } from "../grants/browser-sessions.ts";
import type { Db } from "../../db/index.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { Consents } from "../grants/consents.ts";
import { parsePasskeyResponse } from "../mfa/webauthn.ts";
import type { PasscodeRecipient } from "../passcodes/passcode-service.ts";
import type { Scope } from "../tokens/scopes.ts";
import type { TokenService } from "../tokens/token-service.ts";

/** What follows a sign-in for an authorization request: the code for the client, or the consent page first. */
export type NextStep =
  | { kind: "code"; code: string }
  | {
      kind: "consent";
      scopes: Scope[];
      /** How the page names the signed-in user. */
      userName: string;
      /** The application session the sign-in opened, which the code will carry once the user agrees. */
      sessionId: string | null;
    };

const displayName = (user: User) =>
  user.username ?? user.email ?? (user.phone ? `${user.phoneCountryCode ?? ""} ${user.phone}`.trim() : null) ?? user.id;

type SignedInBrowser = { browserToken: string; next: NextStep };

// offline_access comes only with consent: the sign-in's own session never carries it, and prompt=none drops it.
const withoutOfflineAccess = (scopes: Scope[]) => scopes.filter((scope) => scope !== "offline_access");

export function createHostedLoginOperations({
  clock,
  authentication,
  browserSessions,
  authorizationCodes,
  consents,
  applications,
  tokens,
  db,
  mfa,
}: {
  mfa: Pick<MfaChallenges, "stepOf" | "verify">;
  clock: Clock;
  authentication: Authentication;
  browserSessions: BrowserSessions;
  authorizationCodes: AuthorizationCodes;
  consents: Consents;
  applications: Pick<ApplicationService, "findApplicationByAppId">;
  tokens: Pick<TokenService, "verifyIdTokenHint" | "revokeSession">;
  db: Db;
}) {
  function codeFor(
    request: AuthorizationRequest,
    user: { id: string },
    browserSession: { id: string; authTime: Date },
    scopes: Scope[],
    sessionId?: string | null,
  ) {
    return authorizationCodes.issueCode({
      pool: request.pool,
      application: request.application,
      user,
      browserSession,
      redirectUri: request.redirectUri,
      scopes,
      nonce: request.nonce,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
      sessionId: sessionId ?? undefined,
    });
  }

  /**
   * The code, once the user has agreed to what the request asks (or needs not). With prompt=none the user cannot
   * be asked: an offline_access the user never agreed to is dropped (OIDC Core 11), any other scope needing
   * consent is consent_required.
   */
  async function nextStep(
    request: AuthorizationRequest,
    user: User,
    browser: { id: string; authTime: Date },
    sessionId?: string | null,
  ): Promise<NextStep> {
    const toConsent = await consents.scopesToConsent(user.id, request.application, request);
    if (toConsent.length === 0)
      return { kind: "code", code: await codeFor(request, user, browser, request.scopes, sessionId) };
    if (!request.prompt.includes("none"))
      return { kind: "consent", scopes: toConsent, userName: displayName(user), sessionId: sessionId ?? null };
    const online = { ...request, scopes: withoutOfflineAccess(request.scopes) };
    if ((await consents.scopesToConsent(user.id, request.application, online)).length > 0)
      throw new AuthorizationRequestError("consent_required", "The user has not agreed to these scopes.", request);
    return { kind: "code", code: await codeFor(request, user, browser, online.scopes, sessionId) };
  }

  /** The browser's sign-in in the request's pool, unless it is older than the request's max_age. */
  async function recentSignIn(request: AuthorizationRequest, browserToken: string | null) {
    const browser = await browserSessions.findBrowserSession(browserToken);
    if (!browser || browser.userPoolId !== request.pool.id) return null;
    const ageMs = clock.now().getTime() - browser.authTime.getTime();
    return request.maxAge !== null && ageMs > request.maxAge * 1000 ? null : browser;
  }

  /** The browser's standing sign-in for the request, unless the request asks to sign in again. */
  async function standingSignIn(request: AuthorizationRequest, browserToken: string | null) {
    if (request.prompt.includes("login")) return null;
    const browser = await recentSignIn(request, browserToken);
    if (!browser) return null;
    // OIDC Core 3.1.2.1: the hinted user is the one the client expects; another one signed in here must sign in.
    if (request.idTokenHint) {
      const hint = await tokens.verifyIdTokenHint(request.idTokenHint);
      if (!hint || hint.sub !== browser.userId) return null;
    }
    return browser;
  }

  /** Single sign-on: the next step from the browser's standing sign-in, or null when the user must sign in. */
  async function continueSignedIn(
    request: AuthorizationRequest,
    browserToken: string | null,
  ): Promise<NextStep | null> {
    const browser = await standingSignIn(request, browserToken);
    return browser ? nextStep(request, browser.user, browser) : null;
  }

  /** A sign-in on the page: a new browser session (the sign-in's own session linked to it) and the next step. */
  async function openBrowser(
    request: AuthorizationRequest,
    signedIn: { user: User; session: { session: { id: string } } },
  ): Promise<SignedInBrowser> {
    const { token, session: browser } = await browserSessions.openBrowserSession(signedIn.user);
    await browserSessions.linkSession(browser.id, signedIn.session.session.id);
    return { browserToken: token, next: await nextStep(request, signedIn.user, browser, signedIn.session.session.id) };
  }

  const contextOf = (caller: Pick<Caller, "ip" | "userAgent">, request: AuthorizationRequest) => ({
    pool: request.pool,
    application: request.application,
    ip: caller.ip,
    userAgent: caller.userAgent,
  });

  /** The page's second step: the answers the user has, or the authenticator they must enrol first. */
  function mfaStep(caller: Pick<Caller, "ip" | "userAgent">, request: AuthorizationRequest, mfaToken: string) {
    return mfa.stepOf(contextOf(caller, request), mfaToken);
  }

  /** The page's second step answered: the browser signed in, and the recovery codes when it enrolled a factor. */
  async function verifyMfa(
    caller: Pick<Caller, "ip" | "userAgent">,
    request: AuthorizationRequest,
    answer: MfaAnswer,
  ): Promise<SignedInBrowser & { recoveryCodes: string[] | null }> {
    const verified = await mfa.verify(contextOf(caller, request), answer);
    return { ...(await openBrowser(request, verified)), recoveryCodes: verified.recoveryCodes };
  }

  /** The page's sign-in by account and password. */
  async function signInWithPassword(
    caller: Pick<Caller, "ip" | "userAgent">,
    request: AuthorizationRequest,
    input: { account: string; password: string } & CaptchaAnswer,
  ): Promise<SignedInBrowser> {
    const signedIn = await authentication.signInWithPasswordForCode(
      contextOf(caller, request),
      { kind: "account", account: input.account },
      input.password,
      withoutOfflineAccess(request.scopes),
      { captchaCode: input.captchaCode, captchaToken: input.captchaToken },
    );
    return openBrowser(request, signedIn);
  }

  /** The page's passwordless sign-in: navigator.credentials.get()'s answer, as the page's script posts it (JSON). */
  async function signInWithPasskey(
    caller: Pick<Caller, "ip" | "userAgent">,
    request: AuthorizationRequest,
    input: { response: string },
  ): Promise<SignedInBrowser> {
    const signedIn = await authentication.signInWithPasskeyForCode(
      contextOf(caller, request),
      parsePasskeyResponse(input.response),
      withoutOfflineAccess(request.scopes),
    );
    return openBrowser(request, signedIn);
  }

  /** The page's sign-in by a CHANNEL_LOGIN passcode sent to an email or a phone. */
  async function signInWithPasscode(
    caller: Pick<Caller, "ip" | "userAgent">,
    request: AuthorizationRequest,
    input: { recipient: PasscodeRecipient; passCode: string },
  ): Promise<SignedInBrowser> {
    const signedIn = await authentication.signInWithPasscodeForCode(
      contextOf(caller, request),
      input.recipient,
      input.passCode,
      withoutOfflineAccess(request.scopes),
    );
    return openBrowser(request, signedIn);
  }

  /** The page's sign-up (a username or an email, and a password), signed in at once like any sign-in. */
  async function signUpWithPassword(
    caller: Pick<Caller, "ip" | "userAgent">,
    request: AuthorizationRequest,
    input: { account: string; password: string },
  ): Promise<SignedInBrowser> {
    const context = contextOf(caller, request);
    const account = input.account.trim();
    const byEmail = account.includes("@");
    await authentication.signUpWithPassword(context, {
      ...(byEmail ? { email: account } : { username: account }),
      password: input.password,
    });
    const lookup = { kind: byEmail ? "email" : "username", value: account } as const;
    const signedIn = await authentication.signInWithPasswordForCode(
      context,
      lookup,
      input.password,
      withoutOfflineAccess(request.scopes),
    );
    return openBrowser(request, signedIn);
  }

  /**
   * The consent page's answer. Refused: access_denied to the client. Agreed: recorded, and the code, carrying the
   * session the sign-in opened when it is this browser's, this application's and still unused.
   */
  async function answerConsent(
    request: AuthorizationRequest,
    browserToken: string | null,
    input: { approved: boolean; sessionId: string | null },
  ): Promise<NextStep | null> {
    const browser = await recentSignIn(request, browserToken);
    if (!browser) return null;
    if (!input.approved)
      throw new AuthorizationRequestError("access_denied", "The user did not allow the access.", request);
    await consents.recordConsent(browser.userId, request.application.id, request.scopes);
    const session = input.sessionId
      ? await db.session.findFirst({
          where: {
            id: input.sessionId,
            browserSessionId: browser.id,
            applicationId: request.application.id,
            revokedAt: null,
          },
          select: { id: true },
        })
      : null;
    const unused =
      session && (await db.authorizationCode.count({ where: { sessionId: session.id } })) === 0 ? session.id : null;
    return { kind: "code", code: await codeFor(request, browser.user, browser, request.scopes, unused) };
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

  return {
    continueSignedIn,
    signInWithPassword,
    signInWithPasskey,
    signInWithPasscode,
    signUpWithPassword,
    mfaStep,
    verifyMfa,
    answerConsent,
    checkLogout,
    endSession,
  };
}

export type HostedLoginOperations = ReturnType<typeof createHostedLoginOperations>;
