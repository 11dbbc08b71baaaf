// A passkey button for a hosted page: its own small form, shown only where the browser has WebAuthn. The page's
// script asks the gateway for the ceremony's options (a CSRF-bound post, so only this page gets a challenge), runs
// navigator.credentials.get() or create(), and posts the answer as the JSON @simplewebauthn/server reads.
import { escapeHtml, hidden } from "./html.ts";

export interface PasskeyButton {
  /** get: sign in, or answer a second step, with a passkey; create: enrol one. */
  ceremony: "get" | "create";
  label: string;
  /** Said when the browser or the user gives no answer. */
  failed: string;
  /** Where the script asks for the options, and where the form posts the answer. */
  optionsUrl: string;
  action: string;
  fields: Record<string, string>;
  primary: boolean;
}

// Base64url both ways, then the options' byte fields decoded and the credential's encoded, by the page's nonce.
const passkeyScript = `
(() => {
  const form = document.getElementById("passkey-form");
  if (!window.PublicKeyCredential || !navigator.credentials) return;
  form.hidden = false;
  const button = document.getElementById("passkey-button");
  const failed = document.getElementById("passkey-error");
  const bytes = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
    return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  };
  const text = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
  const withIds = (list) => (list || []).map((credential) => ({ ...credential, id: bytes(credential.id) }));
  const common = (credential) => ({
    id: credential.id,
    rawId: text(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
  });
  async function create(options) {
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        challenge: bytes(options.challenge),
        user: { ...options.user, id: bytes(options.user.id) },
        excludeCredentials: withIds(options.excludeCredentials),
      },
    });
    const response = credential.response;
    return {
      ...common(credential),
      response: {
        clientDataJSON: text(response.clientDataJSON),
        attestationObject: text(response.attestationObject),
        transports: response.getTransports ? response.getTransports() : [],
      },
    };
  }
  async function get(options) {
    const credential = await navigator.credentials.get({
      publicKey: { ...options, challenge: bytes(options.challenge), allowCredentials: withIds(options.allowCredentials) },
    });
    const response = credential.response;
    return {
      ...common(credential),
      response: {
        clientDataJSON: text(response.clientDataJSON),
        authenticatorData: text(response.authenticatorData),
        signature: text(response.signature),
        userHandle: response.userHandle ? text(response.userHandle) : undefined,
      },
    };
  }
  button.addEventListener("click", async () => {
    failed.hidden = true;
    button.disabled = true;
    try {
      const asked = await fetch(button.dataset.options, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
      });
      if (!asked.ok) throw new Error("no options");
      const options = await asked.json();
      const answer = button.dataset.ceremony === "create" ? await create(options) : await get(options);
      document.getElementById("passkey-response").value = JSON.stringify(answer);
      // A captcha the page asks for (after wrong answers) goes with the passkey's answer too.
      for (const name of ["captchaCode", "captchaToken"]) {
        const source = document.querySelector('form:not(#passkey-form) [name="' + name + '"]');
        if (!source) continue;
        const copy = document.createElement("input");
        copy.type = "hidden";
        copy.name = name;
        copy.value = source.value;
        form.append(copy);
      }
      form.submit();
    } catch {
      failed.hidden = false;
      button.disabled = false;
    }
  });
})();`;

/** The passkey form (hidden until the script finds WebAuthn), and the script the page must run for it. */
export function passkeyField(button: PasskeyButton): { html: string; script: string } {
  const html = `<form method="post" action="${escapeHtml(button.action)}" id="passkey-form" hidden>
  ${Object.entries(button.fields)
    .map(([name, value]) => hidden(name, value))
    .join("\n  ")}
  ${hidden("ceremony", button.ceremony)}
  ${hidden("passkey_response", "", "passkey-response")}
  <button type="button" id="passkey-button"${button.primary ? "" : ' class="secondary"'} data-ceremony="${button.ceremony}" data-options="${escapeHtml(button.optionsUrl)}">${escapeHtml(button.label)}</button>
  <p id="passkey-error" class="error" role="alert" hidden>${escapeHtml(button.failed)}</p>
</form>`;
  return { html, script: passkeyScript };
}
