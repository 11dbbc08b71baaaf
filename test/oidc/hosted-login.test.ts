// The authorization endpoint and the hosted sign-in page, driven by openid-client (authorization URL, code
// exchange with PKCE, nonce and state) with the page's form submitted as a browser would (its cookies kept by
// hand): single sign-on into a second application, prompt and max_age, form_post, CSRF, errors that must not be
// redirected, and the page's security headers. Browser-driven tests of the same pages come with playwright.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuer } from "../helpers/gateway.ts";
import {
  Browser,
  authorizationUrl as hostedAuthorizationUrl,
  hiddenFields,
  signInThroughPage as signInAs,
} from "../helpers/hosted-browser.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
const redirectUri = "https://rp.example.com/callback";
const loggedOutUri = "https://rp.example.com/signed-out";
const password = "a long enough passphrase";
let second: { appId: string; appSecret: string };

beforeAll(async () => {
  sdk = await startSdkGateway();
  await sdk.gateway.db.application.update({
    where: { id: sdk.gateway.application.id },
    data: { redirectUris: [redirectUri], postLogoutRedirectUris: [loggedOutUri] },
  });
  const created = await sdk.management().createApplication({ appName: "Second app", redirectUris: [redirectUri] });
  second = created.data as typeof created.data & { appSecret: string };
});
afterAll(() => sdk?.close());

function relyingParty(client = { appId: sdk.gateway.application.appId, appSecret: sdk.gateway.applicationSecret }) {
  const config = new oidc.Configuration(
    {
      issuer,
      authorization_endpoint: `${sdk.origin}/oidc/auth`,
      token_endpoint: `${sdk.origin}/oidc/token`,
      userinfo_endpoint: `${sdk.origin}/oidc/me`,
      jwks_uri: `${sdk.origin}/oidc/.well-known/jwks.json`,
    },
    client.appId,
    client.appSecret,
  );
  oidc.allowInsecureRequests(config);
  return config;
}

const authorizationUrl = (config: oidc.Configuration, extra: Record<string, string> = {}) =>
  hostedAuthorizationUrl(config, redirectUri, extra);
const signInThroughPage = (browser: Browser, url: URL, account: string, secret = password) =>
  signInAs(browser, url, account, secret);

describe("the hosted sign-in through openid-client", () => {
  it("signs in on the page, answers a code, and the code gives checked tokens; then SSO into a second app", async () => {
    await sdk.createUsers(password, "hosted-alice");
    const browser = new Browser(sdk);
    const config = relyingParty();
    const { url, checks } = await authorizationUrl(config);
    const answered = await signInThroughPage(browser, url, "hosted-alice");
    expect(answered.status).toBe(302);
    expect(browser.cookies.get("gw_sso")).toEqual(expect.any(String));
    const tokens = await oidc.authorizationCodeGrant(config, new URL(answered.headers.get("location")!), {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const sub = tokens.claims()!.sub;
    expect(await oidc.fetchUserInfo(config, tokens.access_token, sub)).toMatchObject({ sub });
    const history = await sdk.management().getUserLoginHistory({ userId: sub });
    expect(history.data.totalCount).toBe(1);

    // The second application: no page, a code at once for the same user.
    const secondConfig = relyingParty(second);
    const sso = await authorizationUrl(secondConfig);
    const immediate = await browser.get(sso.url);
    expect(immediate.status).toBe(302);
    const secondTokens = await oidc.authorizationCodeGrant(secondConfig, new URL(immediate.headers.get("location")!), {
      pkceCodeVerifier: sso.checks.verifier,
      expectedState: sso.checks.state,
      expectedNonce: sso.checks.nonce,
    });
    expect(secondTokens.claims()!.sub).toBe(sub);
    expect(secondTokens.claims()!.auth_time).toBe(tokens.claims()!.auth_time);

    // prompt=login asks again; prompt=none answers from the sign-in.
    const again = await browser.get((await authorizationUrl(secondConfig, { prompt: "login" })).url);
    expect(again.status).toBe(200);
    const silent = await browser.get((await authorizationUrl(secondConfig, { prompt: "none" })).url);
    expect(new URL(silent.headers.get("location")!).searchParams.get("code")).toEqual(expect.any(String));

    // A kick ends the browser's sign-in: the next request shows the page again.
    await sdk.management().kickUsers({ userId: sub, appIds: [] });
    expect((await browser.get((await authorizationUrl(config)).url)).status).toBe(200);
  });

  it("answers login_required to prompt=none without a sign-in, and form_post when asked", async () => {
    const config = relyingParty();
    const none = await new Browser(sdk).get((await authorizationUrl(config, { prompt: "none" })).url);
    expect(none.status).toBe(302);
    const location = new URL(none.headers.get("location")!);
    expect(location.origin + location.pathname).toBe(redirectUri);
    expect(location.searchParams.get("error")).toBe("login_required");
    expect(location.searchParams.get("state")).toEqual(expect.any(String));

    await sdk.createUsers(password, "hosted-form-post");
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, { response_mode: "form_post" });
    const answered = await signInThroughPage(browser, url, "hosted-form-post");
    expect(answered.status).toBe(200);
    const html = await answered.text();
    expect(html).toContain(`action="${redirectUri}"`);
    expect(hiddenFields(html)).toEqual({ code: expect.any(String), state: checks.state });
    expect(answered.headers.get("content-security-policy")).toContain("form-action 'self' https://rp.example.com");
  });
});

describe("the hosted page refuses", () => {
  it("a wrong password with the page again and its error, announced, and nothing issued", async () => {
    await sdk.createUsers(password, "hosted-wrong");
    const browser = new Browser(sdk);
    const { url } = await authorizationUrl(relyingParty());
    const refused = await signInThroughPage(browser, url, "hosted-wrong", "not the password");
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    expect(browser.cookies.has("gw_sso")).toBe(false);
  });

  it("a form posted without its CSRF cookie or token", async () => {
    await sdk.createUsers(password, "hosted-csrf");
    const { url } = await authorizationUrl(relyingParty());
    const page = await new Browser(sdk).get(url);
    const fields = hiddenFields(await page.text());
    const attacker = new Browser(sdk);
    const forged = await attacker.post(`${sdk.origin}/oidc/login`, { ...fields, account: "hosted-csrf", password });
    expect(forged.status).toBe(403);
    const browser = new Browser(sdk);
    await browser.get(url);
    const tokenless = await browser.post(`${sdk.origin}/oidc/login`, {
      authorization_request: fields.authorization_request!,
      account: "hosted-csrf",
      password,
    });
    expect(tokenless.status).toBe(403);
    expect(tokenless.headers.get("location")).toBeNull();
  });

  it("to redirect for an unregistered redirect URI or an unknown client, and sends the page's security headers", async () => {
    const config = relyingParty();
    const foreign = oidc.buildAuthorizationUrl(config, {
      redirect_uri: "https://evil.example.com/callback",
      scope: "openid",
      state: "s",
    });
    const refused = await new Browser(sdk).get(foreign);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("location")).toBeNull();
    expect(await refused.text()).toContain('role="alert"');
    const unknown = await new Browser(sdk).get(
      `${sdk.origin}/oidc/auth?client_id=nobody&redirect_uri=${redirectUri}&response_type=code&scope=openid`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("location")).toBeNull();

    const implicit = await new Browser(sdk).get(
      oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid",
        response_type: "token",
        state: "s",
      }),
    );
    expect(new URL(implicit.headers.get("location")!).searchParams.get("error")).toBe("unsupported_response_type");

    const page = await new Browser(sdk).get((await authorizationUrl(config)).url);
    expect(page.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    // The form's answer redirects to the client: form-action governs that redirect too, in a browser.
    expect(page.headers.get("content-security-policy")).toContain("form-action 'self' https://rp.example.com;");
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    // At a plain-http public URL no browser runs a passkey ceremony: no button, and no script may call out.
    expect(page.headers.get("content-security-policy")).not.toContain("connect-src");
    expect(await page.clone().text()).not.toContain("passkey-form");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("cache-control")).toBe("no-store");
    const csrf = page.headers.getSetCookie().find((line) => line.startsWith("gw_csrf="))!;
    expect(csrf).toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/SameSite=Strict/i);
  });

  it("in the user's language, from ui_locales or Accept-Language", async () => {
    const config = relyingParty();
    const zh = await new Browser(sdk).get((await authorizationUrl(config, { ui_locales: "zh-CN" })).url);
    const html = await zh.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain("登录");
    const ja = await fetch((await authorizationUrl(config)).url, { headers: { "accept-language": "ja-JP,ja;q=0.9" } });
    expect(await ja.text()).toContain("サインイン");
  });
});

describe("RP-Initiated Logout at /oidc/session/end", () => {
  async function signedInBrowser(username: string) {
    await sdk.createUsers(password, username);
    const browser = new Browser(sdk);
    const config = relyingParty();
    const { url, checks } = await authorizationUrl(config, { scope: "openid profile" });
    const answered = await signInThroughPage(browser, url, username);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(answered.headers.get("location")!), {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
    });
    return { browser, config, tokens };
  }

  it("with an id_token_hint: ends the browser's sign-in and the session, then returns to the registered URI", async () => {
    const { browser, config, tokens } = await signedInBrowser("logout-hint");
    const end = new URL(`${sdk.origin}/oidc/session/end`);
    end.searchParams.set("id_token_hint", tokens.id_token!);
    end.searchParams.set("post_logout_redirect_uri", loggedOutUri);
    end.searchParams.set("state", "bye");
    const answered = await browser.get(end);
    expect(answered.status).toBe(302);
    expect(answered.headers.get("location")).toBe(`${loggedOutUri}?state=bye`);
    expect(answered.headers.getSetCookie().some((line) => /^gw_sso=;/.test(line))).toBe(true);
    const client = sdk.authentication();
    client.setAccessToken(tokens.access_token);
    expect((await client.getProfile({})).statusCode).toBe(401);
    expect((await browser.get((await authorizationUrl(config)).url)).status).toBe(200);
  });

  it("refuses an unregistered post-logout URI and a forged hint, without redirecting or signing out", async () => {
    const { browser, config, tokens } = await signedInBrowser("logout-refused");
    const foreign = await browser.get(
      `${sdk.origin}/oidc/session/end?id_token_hint=${tokens.id_token}&post_logout_redirect_uri=https://evil.example.com/`,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get("location")).toBeNull();
    const forged = await browser.get(`${sdk.origin}/oidc/session/end?id_token_hint=${tokens.access_token}x`);
    expect(forged.status).toBe(400);
    const stillSignedIn = await browser.get((await authorizationUrl(config)).url);
    expect(stillSignedIn.status).toBe(302);
  });

  it("without a hint: asks the user, refuses a confirmation from elsewhere, and signs out on the page's own form", async () => {
    const { browser, config } = await signedInBrowser("logout-confirm");
    const asked = await browser.get(`${sdk.origin}/oidc/session/end`);
    expect(asked.status).toBe(200);
    const fields = hiddenFields(await asked.text());
    expect(await new Browser(sdk).post(`${sdk.origin}/oidc/session/end`, fields)).toMatchObject({ status: 403 });
    expect((await browser.get((await authorizationUrl(config)).url)).status).toBe(302);
    const confirmed = await browser.post(`${sdk.origin}/oidc/session/end`, fields);
    expect(confirmed.status).toBe(200);
    expect((await browser.get((await authorizationUrl(config)).url)).status).toBe(200);
  });
});
