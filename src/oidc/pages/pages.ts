// The hosted pages: sign-in (account and password, with the captcha when the policy asks for it), the error
// page shown when a request cannot be sent back to its client, and the form_post answer (OAuth 2.0 Form Post
// Response Mode) that carries the code to the client's redirect URI.
import type { Language } from "../../identity/i18n/messages.ts";
import { document, escapeHtml, type Page } from "./html.ts";
import { pageTexts } from "./texts.ts";

export interface SignInPage {
  language: Language;
  applicationName: string;
  /** The authorization request's query string, posted back with the form so the request is checked again. */
  authorizationRequest: string;
  csrfToken: string;
  account?: string;
  error?: string;
  /** A captcha image (data URL) and its token, once the sign-in needs one. */
  captcha?: { image: string; token: string };
}

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

/** Each parameter as a hidden field, carried by a form to where it posts. */
const hiddenInputs = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([name, value]) => hidden(name, value))
    .join("\n  ");

export function signInPage(page: SignInPage): Page {
  const t = pageTexts(page.language);
  const errorId = "sign-in-error";
  const described = page.error ? ` aria-describedby="${errorId}" aria-invalid="true"` : "";
  const captcha = page.captcha
    ? `<label for="captcha">${escapeHtml(t.captcha)}</label>
  <img src="${escapeHtml(page.captcha.image)}" alt="${escapeHtml(t.captcha)}" width="150" height="50">
  <input id="captcha" name="captchaCode" autocomplete="off" required>
  ${hidden("captchaToken", page.captcha.token)}`
    : "";
  const body = `<main>
<h1>${escapeHtml(t.signInTitle)}</h1>
<p>${escapeHtml(t.signInTo.replace("{app}", page.applicationName))}</p>
${page.error ? `<p id="${errorId}" class="error" role="alert">${escapeHtml(page.error)}</p>` : ""}
<form method="post" action="login">
  ${hidden("csrf_token", page.csrfToken)}
  ${hidden("authorization_request", page.authorizationRequest)}
  <label for="account">${escapeHtml(t.account)}</label>
  <input id="account" name="account" autocomplete="username" required autofocus value="${escapeHtml(page.account ?? "")}"${described}>
  <label for="password">${escapeHtml(t.password)}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required${described}>
  ${captcha}
  <button type="submit">${escapeHtml(t.submit)}</button>
</form>
</main>`;
  return document(page.language, t.signInTitle, body);
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
  return document(language, t.signOutTitle, body);
}

export function signedOutPage(language: Language): Page {
  const t = pageTexts(language);
  return document(language, t.signOutTitle, `<main>\n<h1>${escapeHtml(t.signedOut)}</h1>\n</main>`);
}
