// What a relying party and a browser do against the hosted login, for tests without a real browser: an
// openid-client configuration found by discovery (the test gateway's issuer, http://gateway.test/oidc, is served
// at the listening origin), and a cookie jar that submits the pages' forms as a browser would.
import * as oidc from "openid-client";
import { expect } from "vitest";
import { issuer } from "./gateway.ts";
import type { SdkGateway } from "./sdk-gateway.ts";

export { authorizationUrl } from "./relying-party-server.ts";

const issuerOrigin = new URL(issuer).origin;

/** The URL at the listening gateway for one under the issuer's origin (other origins unchanged). */
export function atGateway(sdk: SdkGateway, url: string | URL): string {
  const text = url.toString();
  return text.startsWith(issuerOrigin) ? sdk.origin + text.slice(issuerOrigin.length) : text;
}

/** An openid-client configuration from the gateway's discovery document, as a relying party would make it. */
export async function discoveredRelyingParty(
  sdk: SdkGateway,
  client: { appId: string; appSecret?: string },
  auth?: oidc.ClientAuth,
): Promise<oidc.Configuration> {
  const customFetch: oidc.CustomFetch = (url, options) => fetch(atGateway(sdk, url), options as RequestInit);
  const config = await oidc.discovery(new URL(issuer), client.appId, client.appSecret, auth, {
    [oidc.customFetch]: customFetch,
    execute: [oidc.allowInsecureRequests],
  });
  config[oidc.customFetch] = customFetch;
  return config;
}

/** A browser's cookie jar, by name, for the gateway's origin. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(private readonly sdk: SdkGateway) {}
  keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  async get(url: string | URL, headers: Record<string, string> = {}) {
    return this.keep(
      await fetch(atGateway(this.sdk, url), { redirect: "manual", headers: { cookie: this.header(), ...headers } }),
    );
  }
  async post(url: string, form: Record<string, string>) {
    return this.keep(
      await fetch(atGateway(this.sdk, url.startsWith("/") ? this.sdk.origin + url : url), {
        method: "POST",
        redirect: "manual",
        headers: { cookie: this.header(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form),
      }),
    );
  }
}

export const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  // The passkey's own form is its script's to post.
  const forms = html.replace(/<form [^>]*id="passkey-form"[\s\S]*?<\/form>/, "");
  for (const match of forms.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[match[1]!] = unescapeHtml(match[2]!);
  return fields;
}

/** Opens the authorization URL and submits the password form: the gateway's answer (a redirect, or a page). */
export async function signInThroughPage(browser: Browser, url: URL | string, account: string, password: string) {
  const page = await browser.get(url);
  expect(page.status).toBe(200);
  const html = await page.text();
  return browser.post("/oidc/login", { ...hiddenFields(html), account, password });
}

/** Agrees on the consent page the response shows (or refuses it): the gateway's answer. */
export async function answerConsent(browser: Browser, consent: Response, decision: "allow" | "deny" = "allow") {
  expect(consent.status).toBe(200);
  const html = await consent.text();
  expect(html).toContain('action="/oidc/consent"');
  return browser.post("/oidc/consent", { ...hiddenFields(html), decision });
}

/** The code-flow answer a redirect carries, as openid-client reads it from the callback URL. */
export const callbackOf = (answered: Response) => new URL(answered.headers.get("location")!);
