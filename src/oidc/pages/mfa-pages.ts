// The hosted login's second step: the code of an authenticator app or a recovery code (with the authenticator's
// QR code and key when the user must enrol one first), and the recovery codes a first enrolment brings, shown
// once before the browser goes on to the client.
import type { Language } from "../../identity/i18n/messages.ts";
import { captchaField, type PageCaptcha } from "./captcha-field.ts";
import { document, escapeHtml, hidden, type Page, scripts } from "./html.ts";
import { passkeyField } from "./passkey-field.ts";
import { input } from "./pages.ts";
import { pageTexts } from "./texts.ts";

export interface MfaPage {
  language: Language;
  base: string;
  applicationName: string;
  authorizationRequest: string;
  redirectUri: string;
  csrfToken: string;
  mfaToken: string;
  /** The answers the user has (OTP, WEBAUTHN, RECOVERY_CODE, ...); with an enrolment, the new authenticator's. */
  kinds: string[];
  enrolment: { qrCodeSvg: string; secret: string } | null;
  /** Whether browsers can use passkeys at the gateway's public URL. */
  passkeys: boolean;
  error?: string;
  notice?: string;
  captcha?: PageCaptcha;
}

export function mfaPage(page: MfaPage): Page {
  const t = pageTexts(page.language);
  const errorId = "form-error";
  const described = page.error ? ` aria-describedby="${errorId}" aria-invalid="true"` : "";
  // A passkey answers by its own button; the other kinds by a code typed in the form.
  const kinds = page.enrolment ? ["OTP"] : page.kinds.filter((kind) => kind !== "WEBAUTHN");
  const passkey =
    page.passkeys && (page.enrolment || page.kinds.includes("WEBAUTHN"))
      ? passkeyField({
          ceremony: page.enrolment ? "create" : "get",
          label: page.enrolment ? t.passkeyEnrol : t.passkeyUse,
          failed: t.passkeyFailed,
          optionsUrl: `${page.base}/login/mfa/passkey/options`,
          action: `${page.base}/login/mfa`,
          fields: {
            csrf_token: page.csrfToken,
            authorization_request: page.authorizationRequest,
            mfa_token: page.mfaToken,
            kind: "WEBAUTHN",
          },
          primary: !page.enrolment,
        })
      : null;
  const kindLabels: Record<string, string> = {
    OTP: t.mfaWithApp,
    RECOVERY_CODE: t.mfaWithRecoveryCode,
    SMS: t.mfaWithSms,
    EMAIL: t.mfaWithEmail,
  };
  // A code by text or email is sent first, by its own button.
  const sendButtons = kinds
    .filter((kind) => kind === "SMS" || kind === "EMAIL")
    .map(
      (kind) =>
        `<button type="submit" class="secondary" name="send" value="${kind}" formaction="${page.base}/login/mfa/send" formnovalidate>${escapeHtml(kind === "SMS" ? t.mfaSendSms : t.mfaSendEmail)}</button>`,
    )
    .join("\n  ");
  // One answer kind: a hidden field; several: a choice, the authenticator first.
  const kindField =
    kinds.length === 1
      ? hidden("kind", kinds[0]!)
      : `<fieldset><legend>${escapeHtml(t.mfaAnswerWith)}</legend>
  ${kinds
    .map(
      (kind, index) =>
        `<label><input type="radio" name="kind" value="${kind}"${index === 0 ? " checked" : ""}> ${escapeHtml(kindLabels[kind] ?? kind)}</label>`,
    )
    .join("\n  ")}
  </fieldset>`;
  const enrolment = page.enrolment
    ? `<p>${escapeHtml(t.mfaEnrolIntro.replace("{app}", page.applicationName))}</p>
<img class="qr" alt="${escapeHtml(t.mfaKey)}: ${escapeHtml(page.enrolment.secret)}" width="200" height="200"
  src="data:image/svg+xml;base64,${Buffer.from(page.enrolment.qrCodeSvg).toString("base64")}">
<p>${escapeHtml(t.mfaKey)}: <code id="totp-secret">${escapeHtml(page.enrolment.secret)}</code></p>`
    : `<p>${escapeHtml(t.mfaIntro)}</p>`;
  const captcha = captchaField(page.captcha, t);
  const codeForm = `<form method="post" action="${page.base}/login/mfa">
  ${hidden("csrf_token", page.csrfToken)}
  ${hidden("authorization_request", page.authorizationRequest)}
  ${hidden("mfa_token", page.mfaToken)}
  ${kindField}
  ${input({ name: "code", label: t.mfaCode, autocomplete: "one-time-code" }, described, true)}
  ${captcha.html}
  <button type="submit">${escapeHtml(t.mfaVerify)}</button>
  ${sendButtons}
</form>`;
  const body = `<main>
<h1>${escapeHtml(t.mfaTitle)}</h1>
${enrolment}
${page.error ? `<p id="${errorId}" class="error" role="alert">${escapeHtml(page.error)}</p>` : ""}
${page.notice ? `<p class="notice" role="status">${escapeHtml(page.notice)}</p>` : ""}
${passkey && !page.enrolment ? passkey.html : ""}
${kinds.length ? codeForm : ""}
${passkey && page.enrolment ? passkey.html : ""}
</main>`;
  return document(page.language, t.mfaTitle, body, {
    formTarget: page.redirectUri,
    script: scripts(captcha.script, passkey?.script),
    connect: passkey !== null,
  });
}

/** The recovery codes of a first enrolment, then on to the client: a link, or the form_post answer's form. */
export function recoveryCodesPage(
  language: Language,
  codes: string[],
  next: { method: "get"; url: string } | { method: "post"; url: string; params: Record<string, string> },
): Page {
  const t = pageTexts(language);
  const onward =
    next.method === "get"
      ? `<p><a class="button" href="${escapeHtml(next.url)}">${escapeHtml(t.continue)}</a></p>`
      : `<form method="post" action="${escapeHtml(next.url)}">
  ${Object.entries(next.params)
    .map(([name, value]) => hidden(name, value))
    .join("\n  ")}
  <button type="submit">${escapeHtml(t.continue)}</button>
</form>`;
  const body = `<main>
<h1>${escapeHtml(t.recoveryTitle)}</h1>
<p>${escapeHtml(t.recoveryIntro)}</p>
<ul class="codes" aria-label="${escapeHtml(t.recoveryTitle)}">
${codes.map((code) => `<li><code>${escapeHtml(code)}</code></li>`).join("\n")}
</ul>
${onward}
</main>`;
  return document(language, t.recoveryTitle, body, { formTarget: next.url });
}
