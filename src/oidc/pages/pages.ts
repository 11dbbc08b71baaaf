// The hosted pages: sign-in (account and password, or an email or SMS passcode, with the captcha when the policy
// asks for it), sign-up, forgotten password, consent, sign-out, the error page shown when a request cannot be
// sent back to its client, and the form_post answer (OAuth 2.0 Form Post Response Mode) that carries the code to
// the client's redirect URI.
import type { Language } from "../../identity/i18n/messages.ts";
import type { Scope } from "../../identity/tokens/scopes.ts";
import { captchaField, type PageCaptcha } from "./captcha-field.ts";
import { document, escapeHtml, hidden, type Page, scripts } from "./html.ts";
import { passkeyField } from "./passkey-field.ts";
import { pageTexts } from "./texts.ts";

/** The hosted pages a user moves between while answering one authorization request. */
export type LoginView = "password" | "email" | "sms" | "signup" | "forgot";
export const loginViews: readonly LoginView[] = ["password", "email", "sms", "signup", "forgot"];

export interface LoginPage {
  language: Language;
  view: LoginView;
  applicationName: string;
  /** Where the pages are mounted (/oidc or /oauth): every form and link stays under it. */
  base: string;
  /** The authorization request's query string, posted back with the form so the request is checked again. */
  authorizationRequest: string;
  /** Where the form's answer may redirect: the request's (registered) redirect URI. */
  redirectUri: string;
  csrfToken: string;
  /** What the user typed, given back (never a password or a code). */
  values?: Partial<Record<"account" | "email" | "phone" | "phoneCountryCode", string>>;
  error?: string;
  notice?: string;
  /** The captcha (an image to read, or a proof of work the page solves) once the form needs one. */
  captcha?: PageCaptcha;
  /** Whether browsers can use passkeys at the gateway's public URL. */
  passkeys?: boolean;
}

/** Each parameter as a hidden field, carried by a form to where it posts. */
const hiddenInputs = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([name, value]) => hidden(name, value))
    .join("\n  ");

type Texts = ReturnType<typeof pageTexts>;

export interface Field {
  name: string;
  label: string;
  type?: "text" | "password" | "email" | "tel";
  autocomplete: string;
  required?: boolean;
  value?: string;
  inputmode?: "numeric";
}

/** A labelled input; with an error on the page, it is described by the error and marked invalid. */
export function input(field: Field, described: string, autofocus: boolean): string {
  const attributes = [
    `id="${field.name}"`,
    `name="${field.name}"`,
    `type="${field.type ?? "text"}"`,
    `autocomplete="${field.autocomplete}"`,
    field.inputmode ? `inputmode="${field.inputmode}"` : "",
    field.required === false ? "" : "required",
    autofocus ? "autofocus" : "",
    field.value ? `value="${escapeHtml(field.value)}"` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `<label for="${field.name}">${escapeHtml(field.label)}</label>
  <input ${attributes}${described}>`;
}

/** Each view's title, form target, fields and buttons (a send-code button posts the same form elsewhere). */
function viewOf(page: LoginPage, t: Texts) {
  const values = page.values ?? {};
  const passcode: Field = { name: "passCode", label: t.passcode, autocomplete: "one-time-code", inputmode: "numeric" };
  const send = (target: string) =>
    `<button type="submit" class="secondary" formaction="${page.base}/${target}" formnovalidate>${escapeHtml(t.sendCode)}</button>`;
  switch (page.view) {
    case "password":
      return {
        title: t.signInTitle,
        action: "login",
        fields: [
          { name: "account", label: t.account, autocomplete: "username", value: values.account },
          { name: "password", label: t.password, type: "password", autocomplete: "current-password" },
        ] as Field[],
        extra: "",
        submit: t.submit,
      };
    case "email":
      return {
        title: t.signInTitle,
        action: "login/passcode",
        fields: [
          { name: "email", label: t.email, type: "email", autocomplete: "email", value: values.email },
          passcode,
        ] as Field[],
        extra: send("login/passcode/send"),
        submit: t.submit,
      };
    case "sms":
      return {
        title: t.signInTitle,
        action: "login/passcode",
        fields: [
          {
            name: "phoneCountryCode",
            label: t.countryCode,
            type: "tel",
            autocomplete: "tel-country-code",
            required: false,
            value: values.phoneCountryCode,
          },
          { name: "phone", label: t.phone, type: "tel", autocomplete: "tel-national", value: values.phone },
          passcode,
        ] as Field[],
        extra: send("login/passcode/send"),
        submit: t.submit,
      };
    case "signup":
      return {
        title: t.signUpTitle,
        action: "signup",
        fields: [
          { name: "account", label: t.signUpAccount, autocomplete: "username", value: values.account },
          { name: "password", label: t.password, type: "password", autocomplete: "new-password" },
        ] as Field[],
        extra: "",
        submit: t.signUpButton,
      };
    case "forgot":
      return {
        title: t.forgotTitle,
        action: "password/reset",
        fields: [
          { name: "account", label: t.emailOrPhone, autocomplete: "username", value: values.account },
          passcode,
          { name: "password", label: t.newPassword, type: "password", autocomplete: "new-password" },
        ] as Field[],
        extra: send("password/send"),
        submit: t.resetButton,
      };
  }
}

/** Links to the other views of the same request: the ways to sign in, sign up, and reset a password. */
function otherViews(page: LoginPage, t: Texts): string {
  const link = (view: LoginView, label: string) =>
    `<li><a href="${page.base}/login/${view}?${new URLSearchParams({ authorization_request: page.authorizationRequest })}">${escapeHtml(label)}</a></li>`;
  const links: [LoginView, string][] = [
    ["password", t.withPassword],
    ["email", t.withEmailCode],
    ["sms", t.withSmsCode],
    ["signup", t.signUpLink],
    ["forgot", t.forgotLink],
  ];
  return `<nav aria-labelledby="other-ways"><h2 id="other-ways">${escapeHtml(t.otherWays)}</h2>
<ul>
${links
  .filter(([view]) => view !== page.view)
  .map(([view, label]) => link(view, label))
  .join("\n")}
</ul></nav>`;
}

/** A page of the hosted login: one form, its error or notice announced, and the ways to the other views. */
export function loginPage(page: LoginPage): Page {
  const t = pageTexts(page.language);
  const view = viewOf(page, t);
  const errorId = "form-error";
  const described = page.error ? ` aria-describedby="${errorId}" aria-invalid="true"` : "";
  // Focus goes to the first field to fill: after a sent code, the code; otherwise the first field.
  const focusIndex = page.notice ? view.fields.findIndex((field) => field.name === "passCode") : 0;
  const captcha = captchaField(page.captcha, t);
  // Every way to sign in also offers a passkey, which needs no account typed.
  const passkey =
    page.passkeys && ["password", "email", "sms"].includes(page.view)
      ? passkeyField({
          ceremony: "get",
          label: t.passkeySignIn,
          failed: t.passkeyFailed,
          optionsUrl: `${page.base}/login/passkey/options`,
          action: `${page.base}/login/passkey`,
          fields: { csrf_token: page.csrfToken, authorization_request: page.authorizationRequest, view: page.view },
          primary: false,
        })
      : null;
  const body = `<main>
<h1>${escapeHtml(view.title)}</h1>
<p>${escapeHtml(t.signInTo.replace("{app}", page.applicationName))}</p>
${page.error ? `<p id="${errorId}" class="error" role="alert">${escapeHtml(page.error)}</p>` : ""}
${page.notice ? `<p class="notice" role="status">${escapeHtml(page.notice)}</p>` : ""}
<form method="post" action="${page.base}/${view.action}">
  ${hidden("csrf_token", page.csrfToken)}
  ${hidden("authorization_request", page.authorizationRequest)}
  ${view.fields.map((field, index) => input(field, described, index === Math.max(focusIndex, 0))).join("\n  ")}
  ${hidden("view", page.view)}
  ${captcha.html}
  <button type="submit">${escapeHtml(view.submit)}</button>
  ${view.extra}
</form>
${passkey?.html ?? ""}
${otherViews(page, t)}
</main>`;
  return document(page.language, view.title, body, {
    formTarget: page.redirectUri,
    script: scripts(captcha.script, passkey?.script),
    connect: passkey !== null,
  });
}

const scopeWords: Record<Scope, keyof Texts> = {
  openid: "scopeOpenid",
  profile: "scopeProfile",
  username: "scopeUsername",
  email: "scopeEmail",
  phone: "scopePhone",
  address: "scopeAddress",
  offline_access: "scopeOfflineAccess",
  roles: "scopeRoles",
  external_id: "scopeExternalId",
  extended_fields: "scopeExtendedFields",
  tenant_id: "scopeTenantId",
};

/** The consent page: what the application asks, in words, for the signed-in user to allow or deny. */
export function consentPage(page: {
  language: Language;
  base: string;
  applicationName: string;
  userName: string;
  scopes: Scope[];
  authorizationRequest: string;
  redirectUri: string;
  csrfToken: string;
  sessionId: string | null;
}): Page {
  const t = pageTexts(page.language);
  const body = `<main>
<h1>${escapeHtml(t.consentTitle)}</h1>
<p>${escapeHtml(t.consentAs.replace("{user}", page.userName))}</p>
<p id="consent-intro">${escapeHtml(t.consentIntro.replace("{app}", page.applicationName))}</p>
<ul aria-labelledby="consent-intro">
${page.scopes.map((scope) => `<li data-scope="${scope}">${escapeHtml(t[scopeWords[scope]])}</li>`).join("\n")}
</ul>
<form method="post" action="${page.base}/consent">
  ${hidden("csrf_token", page.csrfToken)}
  ${hidden("authorization_request", page.authorizationRequest)}
  ${page.sessionId ? hidden("session", page.sessionId) : ""}
  <button type="submit" name="decision" value="allow">${escapeHtml(t.allow)}</button>
  <button type="submit" name="decision" value="deny" class="secondary">${escapeHtml(t.deny)}</button>
</form>
</main>`;
  return document(page.language, t.consentTitle, body, { formTarget: page.redirectUri });
}

export function errorPage(language: Language, detail: string): Page {
  const t = pageTexts(language);
  const body = `<main>
<h1>${escapeHtml(t.errorTitle)}</h1>
<p class="error" role="alert">${escapeHtml(detail)}</p>
<p>${escapeHtml(t.errorHint)}</p>
</main>`;
  return document(language, t.errorTitle, body);
}

/** The parameters posted to the client's redirect URI by the browser, at once (a button without script). */
export function formPostPage(language: Language, redirectUri: string, params: Record<string, string>): Page {
  const t = pageTexts(language);
  const body = `<main>
<p>${escapeHtml(t.redirecting)}</p>
<form method="post" action="${escapeHtml(redirectUri)}" id="answer">
  ${hiddenInputs(params)}
  <noscript><button type="submit">${escapeHtml(t.continue)}</button></noscript>
</form>
</main>`;
  return document(language, t.redirecting, body, {
    script: 'document.getElementById("answer").submit();',
    formTarget: redirectUri,
  });
}

/** RP-Initiated Logout without a hint that proves the client: the user confirms (a form, bound by CSRF). */
export function signOutPage(language: Language, csrfToken: string, fields: Record<string, string>): Page {
  const t = pageTexts(language);
  const body = `<main>
<h1>${escapeHtml(t.signOutTitle)}</h1>
<p>${escapeHtml(t.signOutQuestion)}</p>
<form method="post" action="end">
  ${hidden("csrf_token", csrfToken)}
  ${hiddenInputs(fields)}
  <button type="submit">${escapeHtml(t.signOutButton)}</button>
</form>
</main>`;
  // Its answer redirects to the (registered) post-logout URI, which form-action must allow.
  return document(language, t.signOutTitle, body, { formTarget: fields.post_logout_redirect_uri });
}

export function signedOutPage(language: Language): Page {
  const t = pageTexts(language);
  return document(language, t.signOutTitle, `<main>\n<h1>${escapeHtml(t.signedOut)}</h1>\n</main>`);
}
