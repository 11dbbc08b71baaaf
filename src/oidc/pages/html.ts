// What every hosted page shares: escaping, the document with its language, and the headers that keep it from
// being framed, sniffed, cached or made to run anything but its own nonce'd style and script.
import { randomBytes } from "node:crypto";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

/** The scripts a page runs, joined (each keeps to its own elements). */
export const scripts = (...parts: (string | undefined)[]) => parts.filter(Boolean).join("\n") || undefined;

/** A hidden form field (with an id when a script fills it). */
export const hidden = (name: string, value: string, id?: string) =>
  `<input type="hidden"${id ? ` id="${id}"` : ""} name="${name}" value="${escapeHtml(value)}">`;

const style = `
  body { font-family: system-ui, sans-serif; margin: 0; min-height: 100vh; display: grid; place-items: center;
    background: #f4f5f7; color: #1d1f23; }
  main { background: #fff; width: min(26rem, 100% - 2rem); padding: 2rem; border-radius: 0.75rem;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
  p { margin: 0 0 1rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input { box-sizing: border-box; width: 100%; padding: 0.6rem; font-size: 1rem; border: 1px solid #8a8f98;
    border-radius: 0.375rem; }
  input:focus, button:focus { outline: 3px solid #2f6fed; outline-offset: 1px; }
  button { margin-top: 1.5rem; width: 100%; padding: 0.7rem; font-size: 1rem; font-weight: 600; color: #fff;
    background: #2f6fed; border: 0; border-radius: 0.375rem; cursor: pointer; }
  button.secondary { color: #1d1f23; background: #e6e8ec; margin-top: 0.75rem; }
  .error { color: #a4161a; background: #fdecea; border-radius: 0.375rem; padding: 0.75rem; }
  .notice { color: #0b5a2a; background: #e6f4ea; border-radius: 0.375rem; padding: 0.75rem; }
  nav { margin-top: 1.5rem; border-top: 1px solid #e6e8ec; }
  nav h2 { font-size: 0.9rem; margin: 1rem 0 0.5rem; color: #4a4f57; }
  nav ul, main ul { margin: 0; padding-left: 1.25rem; }
  nav li { margin: 0.35rem 0; }
  a { color: #1f57c7; }
  a:focus { outline: 3px solid #2f6fed; outline-offset: 1px; }
  a.button { display: block; box-sizing: border-box; margin-top: 1.5rem; padding: 0.7rem; text-align: center;
    font-weight: 600; color: #fff; background: #2f6fed; border-radius: 0.375rem; text-decoration: none; }
  ul.codes { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 0.4rem 1rem; }
  ul.codes code, #totp-secret { font-size: 0.95rem; word-break: break-all; }
  fieldset { border: 0; padding: 0; margin: 1rem 0 0; }
  fieldset label { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: 400; margin: 0 1rem 0 0; }
  fieldset input { width: auto; }
  legend { font-weight: 600; padding: 0; }
`;

/**
 * CSP form-action also governs where a form's answer redirects, so a page whose form answers the client with a
 * redirect must allow the client's redirect URI as well as the gateway (a native app's scheme is its source).
 */
function formAction(target: string | undefined): string {
  if (!target) return "'self'";
  const url = new URL(target);
  return `'self' ${url.origin === "null" ? url.protocol : url.origin}`;
}

export interface Page {
  html: string;
  headers: Record<string, string>;
}

/**
 * A whole document; `script` (if any) runs under the page's nonce, nothing else does, and its forms may post (or
 * be redirected) only to the gateway itself or to `formTarget` (the client's redirect URI). `connect` lets the
 * script call the gateway (a passkey's options), nothing else.
 */
export function document(
  lang: string,
  title: string,
  body: string,
  options: { script?: string; formTarget?: string; connect?: boolean } = {},
): Page {
  const { script, formTarget, connect } = options;
  const nonce = randomBytes(16).toString("base64");
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${style}</style>
</head>
<body>
${body}
${script ? `<script nonce="${nonce}">${script}</script>` : ""}
</body>
</html>`;
  return {
    html,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';${connect ? " connect-src 'self';" : ""} img-src data:; form-action ${formAction(formTarget)}; frame-ancestors 'none'; base-uri 'none'`,
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store",
    },
  };
}
