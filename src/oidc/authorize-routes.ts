// The authorization endpoint, the hosted sign-in page and RP-Initiated Logout (mounted at /oidc and /oauth): GET
// /auth checks the request, answers at once from the browser's standing sign-in (single sign-on) or shows the
// page; POST /login signs in through the core and answers the code; /session/end ends the browser's sign-in. The page's form is bound to the browser by a CSRF cookie;
// the sign-in cookie is HttpOnly, SameSite=Lax (sent on the client's top-level redirect here) and Secure unless
// the gateway's public URL is plain http.
import { randomBytes } from "node:crypto";
import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ResolveCaller } from "../http/caller.ts";
import { messageOf } from "../http/errors.ts";
import { CaptchaIncorrectError, CaptchaRequiredError, IdentityError } from "../identity/errors.ts";
import {
  type AuthorizationRequest,
  AuthorizationRequestError,
  parseAuthorizationRequest,
} from "../identity/grants/authorization-requests.ts";
import { browserSessionLifetimeSecs } from "../identity/grants/browser-sessions.ts";
import { negotiateLanguage } from "../identity/i18n/localize.ts";
import type { Language } from "../identity/i18n/messages.ts";
import type { Identity } from "../identity/index.ts";
import { constantTimeEqual } from "../identity/secrets.ts";
import type { Logger } from "../logger.ts";
import { formParams, param } from "./form-body.ts";
import type { Page } from "./pages/html.ts";
import { errorPage, formPostPage, signedOutPage, signInPage, signOutPage } from "./pages/pages.ts";

type Env = { Bindings: Partial<HttpBindings> };

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
  function answer(
    c: Context<Env>,
    language: Language,
    destination: { redirectUri: string; responseMode: "query" | "form_post"; state: string | null },
    params: Record<string, string>,
  ) {
    const all = { ...params, ...(destination.state ? { state: destination.state } : {}) };
    if (destination.responseMode === "form_post") return send(c, formPostPage(language, destination.redirectUri, all));
    const target = new URL(destination.redirectUri);
    for (const [name, value] of Object.entries(all)) target.searchParams.set(name, value);
    return c.redirect(target.toString(), 302);
  }

  function refusal(c: Context<Env>, error: unknown) {
    if (!(error instanceof AuthorizationRequestError)) throw error;
    const language = languageOf(c);
    if (!error.destination) return send(c, errorPage(language, error.description), 400);
    return answer(c, language, error.destination, { error: error.error, error_description: error.description });
  }

  function showSignIn(
    c: Context<Env>,
    request: AuthorizationRequest,
    query: string,
    extra: { account?: string; error?: string; captcha?: { image: string; token: string } } = {},
  ) {
    const csrfToken = issueCsrfToken(c);
    const page = signInPage({
      language: languageOf(c, request),
      applicationName: request.application.name,
      authorizationRequest: query,
      csrfToken,
      ...extra,
    });
    return send(c, page, extra.error ? 400 : 200);
  }

  const authorize = async (c: Context<Env>) => {
    const query = new URL(c.req.url).search.slice(1);
    let request: AuthorizationRequest;
    try {
      request = await parseAuthorizationRequest(identity.applications, new URLSearchParams(query));
    } catch (error) {
      return refusal(c, error);
    }
    const code = await identity.hostedLogin.codeFromBrowserSession(request, getCookie(c, ssoCookie) ?? null);
    if (code) return answer(c, languageOf(c, request), request, { code });
    if (request.prompt.includes("none"))
      return answer(c, languageOf(c, request), request, {
        error: "login_required",
        error_description: "The user is not signed in.",
      });
    return showSignIn(c, request, query);
  };
  app.get("/auth", authorize);

  app.post("/login", async (c) => {
    const form = await formParams(c.req.raw).catch(() => new URLSearchParams());
    const language = languageOf(c);
    if (!sameToken(getCookie(c, csrfCookie), form.get("csrf_token")))
      return send(c, errorPage(language, "The sign-in form expired or did not come from this page: start again."), 403);
    const query = form.get("authorization_request") ?? "";
    let request: AuthorizationRequest;
    try {
      request = await parseAuthorizationRequest(identity.applications, new URLSearchParams(query));
    } catch (error) {
      return refusal(c, error);
    }
    const account = form.get("account") ?? "";
    const caller = await resolveCaller(c.req.raw, {
      remoteAddress: remoteAddressOf(c),
      client: { appId: request.application.appId },
    });
    try {
      const signedIn = await identity.hostedLogin.signInWithPassword(caller, request, {
        account,
        password: form.get("password") ?? "",
        captchaCode: form.get("captchaCode"),
        captchaToken: form.get("captchaToken"),
      });
      setCookie(c, ssoCookie, signedIn.browserToken, {
        ...cookieOptions,
        sameSite: "Lax",
        maxAge: browserSessionLifetimeSecs,
      });
      return answer(c, languageOf(c, request), request, { code: signedIn.code });
    } catch (error) {
      if (!(error instanceof IdentityError)) {
        log.error({ err: error }, "hosted sign-in failed");
        throw error;
      }
      const needsCaptcha = error instanceof CaptchaRequiredError || error instanceof CaptchaIncorrectError;
      const issued = needsCaptcha ? await identity.passcodeOperations.issueCaptcha(caller) : null;
      const captcha =
        issued?.kind === "image"
          ? {
              image: `data:image/svg+xml;base64,${Buffer.from(issued.captchaCodeSvg).toString("base64")}`,
              token: issued.captchaToken,
            }
          : undefined;
      return showSignIn(c, request, query, { account, error: messageOf(error, languageOf(c, request)), captcha });
    }
  });

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
      return send(c, errorPage(languageOf(c), "The sign-out form expired or did not come from this page."), 403);
    return endSession(c, form, confirmed);
  });

  return app;
}
