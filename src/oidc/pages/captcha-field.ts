// The captcha a form shows once the pool's policy asks for one: an image to read, or an ALTCHA proof of work that
// the page's own script solves (SHA-256 over salt + number, as altcha-lib verifies it) before the form is sent.
import type { Challenge } from "altcha-lib/types";
import type { IssuedCaptcha } from "../../identity/credentials/captcha.ts";
import { escapeHtml, hidden } from "./html.ts";
import type { pageTexts } from "./texts.ts";

export type PageCaptcha =
  | { kind: "image"; image: string; token: string }
  | { kind: "altcha"; challenge: Challenge; token: string };

/** The captcha the core issued, as the page shows it: an image as a data URL, or ALTCHA's challenge. */
export function pageCaptchaOf(issued: IssuedCaptcha): PageCaptcha {
  if (issued.kind === "altcha" && issued.altchaChallenge)
    return { kind: "altcha", challenge: issued.altchaChallenge, token: issued.captchaToken };
  return {
    kind: "image",
    image: `data:image/svg+xml;base64,${Buffer.from(issued.captchaCodeSvg).toString("base64")}`,
    token: issued.captchaToken,
  };
}

// Runs under the page's nonce: finds the number, fills captchaCode with the solution payload, and holds a submit
// made before it is found until it is.
const proofOfWorkScript = `
(() => {
  const challenge = JSON.parse(document.getElementById("altcha-challenge").textContent);
  const status = document.getElementById("altcha-status");
  const field = document.getElementById("captchaCode");
  const encoder = new TextEncoder();
  const solved = (async () => {
    for (let number = 0; number <= challenge.maxnumber; number++) {
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(challenge.salt + number)));
      const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
      if (hex === challenge.challenge) {
        const { algorithm, salt, signature } = challenge;
        field.value = btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
        status.textContent = status.dataset.done;
        return;
      }
    }
  })();
  field.form.addEventListener("submit", (event) => {
    if (field.value) return;
    event.preventDefault();
    solved.then(() => field.form.requestSubmit(event.submitter));
  });
})();`;

/** The captcha's fields, and the script the page must run for it (none for an image). */
export function captchaField(
  captcha: PageCaptcha | undefined,
  t: ReturnType<typeof pageTexts>,
): { html: string; script?: string } {
  if (!captcha) return { html: "" };
  if (captcha.kind === "image")
    return {
      html: `<label for="captcha">${escapeHtml(t.captcha)}</label>
  <img src="${escapeHtml(captcha.image)}" alt="${escapeHtml(t.captcha)}" width="150" height="50">
  <input id="captcha" name="captchaCode" autocomplete="off" required>
  ${hidden("captchaToken", captcha.token)}`,
    };
  // JSON in a non-executed script element; "<" escaped so no value can close it.
  const challenge = JSON.stringify(captcha.challenge).replace(/</g, "\\u003c");
  return {
    html: `<script type="application/json" id="altcha-challenge">${challenge}</script>
  <p id="altcha-status" role="status" data-done="${escapeHtml(t.proofOfWorkDone)}">${escapeHtml(t.proofOfWork)}</p>
  <noscript><p class="error">${escapeHtml(t.proofOfWorkNoScript)}</p></noscript>
  ${hidden("captchaCode", "", "captchaCode")}
  ${hidden("captchaToken", captcha.token)}`,
    script: proofOfWorkScript,
  };
}
