// The authorization endpoint, the hosted login pages and RP-Initiated Logout (mounted at /oidc and /oauth): GET
// /auth checks the request and answers at once from the browser's standing sign-in (single sign-on) or shows the
// sign-in page; the pages' forms sign in by password or passcode, sign up, reset a password and give consent,
// each through the core's operations, and answer the code; /session/end ends the browser's sign-in. Every form
// is bound to the browser by a CSRF cookie; the sign-in cookie is HttpOnly, SameSite=Lax (sent on the client's
// top-level redirect here) and Secure unless the gateway's public URL is plain http.
import { randomBytes } from "node:crypto";
import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ResolveCaller } from "../http/caller.ts";
import { envelopeOf, messageOf } from "../http/errors.ts";
import { CaptchaIncorrectError, CaptchaRequiredError, IdentityError, MfaRequiredError } from "../identity/errors.ts";
import {
  type AuthorizationRequest,
  AuthorizationRequestError,
  parseAuthorizationRequest,
} from "../identity/grants/authorization-requests.ts";
import { browserSessionLifetimeSecs } from "../identity/grants/browser-sessions.ts";
import { negotiateLanguage } from "../identity/i18n/localize.ts";
import type { Language } from "../identity/i18n/messages.ts";
import type { Caller } from "../identity/caller.ts";
import type { Identity } from "../identity/index.ts";
import type { NextStep } from "../identity/operations/hosted-login.ts";
import type { PasscodeRecipient } from "../identity/passcodes/passcode-service.ts";
import { passkeysPossibleAt } from "../identity/mfa/webauthn.ts";
import { constantTimeEqual } from "../identity/secrets.ts";
import type { Logger } from "../logger.ts";
import { formParams, param } from "./form-body.ts";
import type { Page } from "./pages/html.ts";
import {
  consentPage,
  errorPage,
  formPostPage,
  type LoginPage,
  type LoginView,
  loginPage,
  loginViews,
  signedOutPage,
  signOutPage,
} from "./pages/pages.ts";
import { type PageCaptcha, pageCaptchaOf } from "./pages/captcha-field.ts";
import { mfaPage, recoveryCodesPage } from "./pages/mfa-pages.ts";
import { pageTexts } from "./pages/texts.ts";

type Env = { Bindings: Partial<HttpBindings> };

type Destination = { redirectUri: string; responseMode: "query" | "form_post"; state: string | null };

/** Where the browser takes the answer: a URL with it in the query, or a form posting it (form_post). */
function onwardOf(destination: Destination, params: Record<string, string>) {
  const all = { ...params, ...(destination.state ? { state: destination.state } : {}) };
  if (destination.responseMode === "form_post")
    return { method: "post" as const, url: destination.redirectUri, params: all };
  const target = new URL(destination.redirectUri);
  for (const [name, value] of Object.entries(all)) target.searchParams.set(name, value);
  return { method: "get" as const, url: target.toString() };
}

const ssoCookie = "gw_sso";
const csrfCookie = "gw_csrf";

/** The form's CSRF token is the one its cookie holds (double submit). */
function sameToken(cookie: string | undefined, posted: string | null): boolean {
  return Boolean(cookie && posted && constantTimeEqual(cookie, posted));
}

export function createAuthorizeRoutes({
  identity,
  resolveCaller,
  log,
  secureCookies,
}: {
  identity: Identity;
  resolveCaller: ResolveCaller;
  log: Logger;
  secureCookies: boolean;
}) {
  const app = new Hono<Env>();
  // Where no browser would run a ceremony (an IP address, plain http), the pages offer no passkey.
  const passkeys = passkeysPossibleAt(identity.issuer);
  const remoteAddressOf = (c: Context<Env>) => c.env?.incoming?.socket?.remoteAddress ?? null;
  const cookieOptions = { httpOnly: true, secure: secureCookies, path: "/" } as const;

  const languageOf = (c: Context<Env>, request?: AuthorizationRequest) =>
    negotiateLanguage(
      request?.uiLocales?.split(" ")[0] ?? c.req.header("x-authing-lang"),
      c.req.header("accept-language"),
    );

  const send = (c: Context<Env>, page: Page, status: 200 | 400 | 403 = 200) => c.html(page.html, status, page.headers);

  /** A new CSRF token for a form of ours, also set in its cookie. */
  function issueCsrfToken(c: Context<Env>): string {
    const token = randomBytes(24).toString("base64url");
    setCookie(c, csrfCookie, token, { ...cookieOptions, sameSite: "Strict", maxAge: 3600 });
    return token;
  }

  /** The answer to the client: the code (or an error) at its redirect URI, by query or form_post, with its state. */
  function answer(c: Context<Env>, language: Language, destination: Destination, params: Record<string, string>) {
    const onward = onwardOf(destination, params);
    if (onward.method === "post") return send(c, formPostPage(language, onward.url, onward.params));
    return c.redirect(onward.url, 302);
  }

  function refusal(c: Context<Env>, error: unknown) {
    if (!(error instanceof AuthorizationRequestError)) throw error;
    const language = languageOf(c);
    if (!error.destination) return send(c, errorPage(language, error.description), 400);
    return answer(c, language, error.destination, { error: error.error, error_description: error.description });
  }

  /** Where the routes are mounted (/oidc or /oauth): the pages' forms and links stay under it. */
  const baseOf = (c: Context<Env>) => `/${new URL(c.req.url).pathname.split("/")[1]}`;

  function showView(
    c: Context<Env>,
    request: AuthorizationRequest,
    query: string,
    view: LoginView,
    extra: Pick<LoginPage, "values" | "error" | "notice" | "captcha"> = {},
  ) {
    const page = loginPage({
      language: languageOf(c, request),
      view,
      applicationName: request.application.name,
      base: baseOf(c),
      authorizationRequest: query,
      redirectUri: request.redirectUri,
      csrfToken: issueCsrfToken(c),
      passkeys,
      ...extra,
    });
    return send(c, page, extra.error ? 400 : 200);
  }

  /** The first page of a request: the password sign-in, its account filled from login_hint. */
  const showFirstView = (c: Context<Env>, request: AuthorizationRequest, query: string) =>
    showView(c, request, query, "password", request.loginHint ? { values: { account: request.loginHint } } : {});

  /** After a sign-in or single sign-on: the code to the client, or first the consent page. */
  function proceed(c: Context<Env>, request: AuthorizationRequest, query: string, next: NextStep) {
    if (next.kind === "code") return answer(c, languageOf(c, request), request, { code: next.code });
    const page = consentPage({
      language: languageOf(c, request),
      base: baseOf(c),
      applicationName: request.application.name,
      userName: next.userName,
      scopes: next.scopes,
      authorizationRequest: query,
      redirectUri: request.redirectUri,
      csrfToken: issueCsrfToken(c),
      sessionId: next.sessionId,
    });
    return send(c, page);
  }

  const keepSignedIn = (c: Context<Env>, browserToken: string) =>
    setCookie(c, ssoCookie, browserToken, { ...cookieOptions, sameSite: "Lax", maxAge: browserSessionLifetimeSecs });

  const authorize = async (c: Context<Env>) => {
    const query = new URL(c.req.url).search.slice(1);
    try {
      const request = await parseAuthorizationRequest(identity.applications, new URLSearchParams(query));
      const next = await identity.hostedLogin.continueSignedIn(request, getCookie(c, ssoCookie) ?? null);
      if (next) return proceed(c, request, query, next);
      if (request.prompt.includes("none"))
        return answer(c, languageOf(c, request), request, {
          error: "login_required",
          error_description: "The user is not signed in.",
        });
      return showFirstView(c, request, query);
    } catch (error) {
      return refusal(c, error);
    }
  };
  app.get("/auth", authorize);

  app.get("/login/:view", async (c) => {
    const view = c.req.param("view") as LoginView;
    const query = new URL(c.req.url).searchParams.get("authorization_request") ?? "";
    try {
      const request = await parseAuthorizationRequest(identity.applications, new URLSearchParams(query));
      if (!loginViews.includes(view)) return showFirstView(c, request, query);
      return showView(c, request, query, view);
    } catch (error) {
      return refusal(c, error);
    }
  });

  interface FormStep {
    c: Context<Env>;
    form: URLSearchParams;
    request: AuthorizationRequest;
    query: string;
    caller: Caller;
    view: LoginView;
  }

  /** What the user typed in a form, given back with its error (never a password or a code). */
  const typedValues = (form: URLSearchParams) =>
    Object.fromEntries(
      (["account", "email", "phone", "phoneCountryCode"] as const).flatMap((name) => {
        const value = form.get(name);
        return value ? [[name, value.slice(0, 256)]] : [];
      }),
    );

  /**
   * A post from a page of ours: its CSRF token checked, its authorization request checked again, and its caller
   * (the request's application); or why it cannot go on.
   */
  async function readPost(
    c: Context<Env>,
  ): Promise<{ step: FormStep } | { expired: true } | { requestError: unknown }> {
    const form = await formParams(c.req.raw).catch(() => new URLSearchParams());
    if (!sameToken(getCookie(c, csrfCookie), form.get("csrf_token"))) return { expired: true };
    const query = form.get("authorization_request") ?? "";
    const posted = form.get("view") as LoginView;
    const view = loginViews.includes(posted) ? posted : "password";
    let request: AuthorizationRequest;
    try {
      request = await parseAuthorizationRequest(identity.applications, new URLSearchParams(query));
    } catch (error) {
      return { requestError: error };
    }
    const caller = await resolveCaller(c.req.raw, {
      remoteAddress: remoteAddressOf(c),
      client: { appId: request.application.appId },
    });
    return { step: { c, form, request, query, caller, view } };
  }

  /**
   * A form of the hosted pages: its post read as above, and the core's refusals shown on the same view in the
   * user's language (with a captcha when the policy asks for one).
   */
  function formRoute(
    run: (step: FormStep) => Promise<Response>,
    /** How a refusal is shown; by default the form's own view again, with what was typed. */
    showRefusal?: (step: FormStep, error: string, captcha: PageCaptcha | undefined) => Promise<Response>,
  ) {
    return async (c: Context<Env>) => {
      const posted = await readPost(c);
      if ("expired" in posted) return send(c, errorPage(languageOf(c), pageTexts(languageOf(c)).formExpired), 403);
      if ("requestError" in posted) return refusal(c, posted.requestError);
      const { step } = posted;
      const { form, request, query, caller, view } = step;
      try {
        return await run(step);
      } catch (error) {
        if (error instanceof AuthorizationRequestError) return refusal(c, error);
        // The first factor was right: the second step's page.
        if (error instanceof MfaRequiredError) return showMfa(step, error.mfaToken);
        if (!(error instanceof IdentityError)) {
          log.error({ err: error }, "hosted login form failed");
          throw error;
        }
        const language = languageOf(c, request);
        const needsCaptcha = error instanceof CaptchaRequiredError || error instanceof CaptchaIncorrectError;
        const issued = needsCaptcha ? await identity.passcodeOperations.issueCaptcha(caller) : null;
        const captcha = issued ? pageCaptchaOf(issued) : undefined;
        if (showRefusal) return showRefusal(step, messageOf(error, language), captcha);
        return showView(c, request, query, view, {
          values: typedValues(form),
          error: messageOf(error, language),
          captcha,
        });
      }
    };
  }

  /** A page script's call (a passkey's options): the core's answer as JSON, a refusal as GenAuth's envelope. */
  function scriptRoute(run: (step: FormStep) => Promise<unknown>) {
    return async (c: Context<Env>) => {
      const posted = await readPost(c);
      const language = "step" in posted ? languageOf(c, posted.step.request) : languageOf(c);
      if ("expired" in posted) return c.json({ statusCode: 403, message: pageTexts(language).formExpired }, 403);
      if ("requestError" in posted) {
        if (!(posted.requestError instanceof AuthorizationRequestError)) throw posted.requestError;
        return c.json({ statusCode: 400, message: posted.requestError.description }, 400);
      }
      try {
        return c.json(await run(posted.step));
      } catch (error) {
        if (!(error instanceof IdentityError)) throw error;
        const envelope = envelopeOf(error, { language, requestId: posted.step.caller.requestId });
        return c.json(envelope, error.statusCode as 400);
      }
    };
  }

  /** A form that signs the browser in: the sign-in cookie kept, then the code (or consent) for the request. */
  const signInRoute = (signIn: (step: FormStep) => Promise<{ browserToken: string; next: NextStep }>) =>
    formRoute(async (step) => {
      const signedIn = await signIn(step);
      keepSignedIn(step.c, signedIn.browserToken);
      return proceed(step.c, step.request, step.query, signedIn.next);
    });

  /** The second step of a sign-in: the answers the user has, or the authenticator to enrol first. */
  async function showMfa(
    step: FormStep,
    mfaToken: string,
    extra: { error?: string; notice?: string; captcha?: PageCaptcha } = {},
  ) {
    const { c, request, query, caller } = step;
    const { kinds, enrolment } = await identity.hostedLogin.mfaStep(caller, request, mfaToken);
    const page = mfaPage({
      language: languageOf(c, request),
      base: baseOf(c),
      applicationName: request.application.name,
      authorizationRequest: query,
      redirectUri: request.redirectUri,
      csrfToken: issueCsrfToken(c),
      mfaToken,
      kinds,
      passkeys,
      enrolment: enrolment && { qrCodeSvg: enrolment.qrCodeSvg, secret: enrolment.secret },
      ...extra,
    });
    return send(c, page, extra.error ? 400 : 200);
  }

  /** Shows the second step again after a refusal, or, when the sign-in itself is over, the first step. */
  async function mfaRefusal(step: FormStep, error: string, captcha: PageCaptcha | undefined) {
    const mfaToken = step.form.get("mfa_token") ?? "";
    try {
      return await showMfa(step, mfaToken, { error, captcha });
    } catch {
      return showView(step.c, step.request, step.query, "password", { error });
    }
  }

  app.post(
    "/login/mfa/send",
    formRoute(async (step) => {
      const mfaToken = step.form.get("mfa_token") ?? "";
      const type = step.form.get("send") === "EMAIL" ? "EMAIL" : "SMS";
      await identity.mfa.sendMfaCode(step.caller, { mfaToken, type, captcha: captchaOf(step.form) });
      return showMfa(step, mfaToken, { notice: pageTexts(languageOf(step.c, step.request)).mfaCodeSent });
    }, mfaRefusal),
  );

  app.post(
    "/login/mfa",
    formRoute(async (step) => {
      const posted = step.form.get("kind");
      const kind =
        posted === "RECOVERY_CODE" || posted === "SMS" || posted === "EMAIL" || posted === "WEBAUTHN" ? posted : "OTP";
      const signedIn = await identity.hostedLogin.verifyMfa(step.caller, step.request, {
        mfaToken: step.form.get("mfa_token") ?? "",
        kind,
        // A passkey's answer is the JSON the page's script posts.
        code: kind === "WEBAUTHN" ? (step.form.get("passkey_response") ?? "") : field(step.form, "code"),
        captcha: captchaOf(step.form),
      });
      keepSignedIn(step.c, signedIn.browserToken);
      if (!signedIn.recoveryCodes) return proceed(step.c, step.request, step.query, signedIn.next);
      // A first enrolment: its recovery codes, shown once, then on (to the code, or back for consent).
      const next = signedIn.next;
      const onward =
        next.kind === "code"
          ? onwardOf(step.request, { code: next.code })
          : { method: "get" as const, url: `${baseOf(step.c)}/auth?${step.query}` };
      return send(step.c, recoveryCodesPage(languageOf(step.c, step.request), signedIn.recoveryCodes, onward));
    }, mfaRefusal),
  );

  app.post(
    "/login/mfa/passkey/options",
    scriptRoute(({ form, caller }) => {
      const input = { mfaToken: form.get("mfa_token") ?? "" };
      return form.get("ceremony") === "create"
        ? identity.mfa.mfaPasskeyEnrolmentOptions(caller, input)
        : identity.mfa.mfaPasskeyOptions(caller, input);
    }),
  );

  app.post(
    "/login/passkey/options",
    scriptRoute(({ caller }) => identity.mfa.passkeySignInOptions(caller)),
  );

  app.post(
    "/login/passkey",
    signInRoute(({ form, request, caller }) =>
      identity.hostedLogin.signInWithPasskey(caller, request, { response: form.get("passkey_response") ?? "" }),
    ),
  );

  const field = (form: URLSearchParams, name: string) => form.get(name)?.trim() ?? "";
  const captchaOf = (form: URLSearchParams) => ({
    captchaCode: form.get("captchaCode"),
    captchaToken: form.get("captchaToken"),
  });
  /** An email, or a phone number (with its country code, else the pool's), as the passcode forms name them. */
  function recipientOf(form: URLSearchParams, view: LoginView): PasscodeRecipient {
    if (view === "email") return { transport: "email", email: field(form, "email") };
    if (view === "sms")
      return {
        transport: "sms",
        phone: field(form, "phone"),
        phoneCountryCode: field(form, "phoneCountryCode") || null,
      };
    const account = field(form, "account");
    return account.includes("@") ? { transport: "email", email: account } : { transport: "sms", phone: account };
  }
  const recipientText = (recipient: PasscodeRecipient) =>
    recipient.transport === "email" ? recipient.email : `${recipient.phoneCountryCode ?? ""} ${recipient.phone}`.trim();

  /** Sends a passcode for a channel and shows the form again, now waiting for the code. */
  async function sendPasscode(step: FormStep, channel: "CHANNEL_LOGIN" | "CHANNEL_RESET_PASSWORD") {
    const recipient = recipientOf(step.form, step.view);
    const captcha = captchaOf(step.form);
    if (recipient.transport === "email")
      await identity.passcodeOperations.sendEmail(step.caller, { channel, email: recipient.email, ...captcha });
    else
      await identity.passcodeOperations.sendSms(step.caller, {
        channel,
        phoneNumber: recipient.phone,
        phoneCountryCode: recipient.phoneCountryCode,
        ...captcha,
      });
    const t = pageTexts(languageOf(step.c, step.request));
    return showView(step.c, step.request, step.query, step.view, {
      values: typedValues(step.form),
      notice: t.codeSent.replace("{recipient}", recipientText(recipient)),
    });
  }

  app.post(
    "/login",
    signInRoute(({ form, request, caller }) =>
      identity.hostedLogin.signInWithPassword(caller, request, {
        account: form.get("account") ?? "",
        password: form.get("password") ?? "",
        ...captchaOf(form),
      }),
    ),
  );

  app.post(
    "/login/passcode/send",
    formRoute((step) => sendPasscode(step, "CHANNEL_LOGIN")),
  );

  app.post(
    "/login/passcode",
    signInRoute(({ form, request, caller, view }) =>
      identity.hostedLogin.signInWithPasscode(caller, request, {
        recipient: recipientOf(form, view),
        passCode: field(form, "passCode"),
      }),
    ),
  );

  app.post(
    "/signup",
    signInRoute(({ form, request, caller }) =>
      identity.hostedLogin.signUpWithPassword(caller, request, {
        account: field(form, "account"),
        password: form.get("password") ?? "",
      }),
    ),
  );

  app.post(
    "/password/send",
    formRoute((step) => sendPasscode(step, "CHANNEL_RESET_PASSWORD")),
  );

  app.post(
    "/password/reset",
    formRoute(async ({ c, form, request, query, caller }) => {
      const recipient = recipientOf(form, "forgot");
      const ticket = await identity.myAccount.verifyResetPasswordRequest(caller, {
        verifyMethod: recipient.transport === "email" ? "EMAIL_PASSCODE" : "PHONE_PASSCODE",
        ...(recipient.transport === "email" ? { email: recipient.email } : { phoneNumber: recipient.phone }),
        passCode: field(form, "passCode"),
      });
      await identity.myAccount.resetPassword(caller, {
        password: form.get("password") ?? "",
        passwordResetToken: ticket.token,
      });
      const t = pageTexts(languageOf(c, request));
      return showView(c, request, query, "password", {
        values: { account: recipientText(recipient) },
        notice: t.passwordChanged,
      });
    }),
  );

  app.post(
    "/consent",
    formRoute(async ({ c, form, request, query }) => {
      const next = await identity.hostedLogin.answerConsent(request, getCookie(c, ssoCookie) ?? null, {
        approved: form.get("decision") === "allow",
        sessionId: form.get("session"),
      });
      return next ? proceed(c, request, query, next) : showFirstView(c, request, query);
    }),
  );

  /** Where a finished logout sends the user: the registered post-logout URI with the state, or the gateway's page. */
  function signedOut(c: Context<Env>, redirectUri: string | null, state: string | null) {
    deleteCookie(c, ssoCookie, { path: "/" });
    if (!redirectUri) return send(c, signedOutPage(languageOf(c)));
    const target = new URL(redirectUri);
    if (state) target.searchParams.set("state", state);
    return c.redirect(target.toString(), 302);
  }

  /** OIDC RP-Initiated Logout: with a hint that proves the client at once, otherwise after the user confirms. */
  const endSession = async (c: Context<Env>, params: URLSearchParams, confirmed: boolean) => {
    const input = {
      idTokenHint: param(params, "id_token_hint"),
      clientId: param(params, "client_id"),
      postLogoutRedirectUri: param(params, "post_logout_redirect_uri"),
    };
    let checked: Awaited<ReturnType<typeof identity.hostedLogin.checkLogout>>;
    try {
      checked = await identity.hostedLogin.checkLogout(input);
    } catch (error) {
      return refusal(c, error);
    }
    const state = param(params, "state");
    if (!checked.hint && !confirmed) {
      const csrfToken = issueCsrfToken(c);
      const fields = Object.fromEntries(
        Object.entries({
          client_id: input.clientId,
          post_logout_redirect_uri: input.postLogoutRedirectUri,
          state,
        }).filter((entry): entry is [string, string] => entry[1] !== null),
      );
      return send(c, signOutPage(languageOf(c), csrfToken, fields));
    }
    await identity.hostedLogin.endSession(getCookie(c, ssoCookie) ?? null, checked.hint);
    return signedOut(c, checked.redirectUri, state);
  };
  app.get("/session/end", (c) => endSession(c, new URL(c.req.url).searchParams, false));
  app.post("/session/end", async (c) => {
    const form = await formParams(c.req.raw).catch(() => new URLSearchParams());
    // A form post is the user's confirmation only when it comes from the gateway's own page.
    const confirmed = sameToken(getCookie(c, csrfCookie), form.get("csrf_token"));
    if (!confirmed && !form.get("id_token_hint"))
      return send(c, errorPage(languageOf(c), pageTexts(languageOf(c)).formExpired), 403);
    return endSession(c, form, confirmed);
  });

  return app;
}
