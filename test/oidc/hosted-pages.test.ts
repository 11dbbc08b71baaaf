// The hosted login's other pages, submitted as a browser would: sign-in by an email or SMS passcode (the code
// read from the development outbox), sign-up, the forgotten-password reset, login_hint and id_token_hint, the
// captcha when the policy asks for it, and the forms' CSRF binding. Each page calls the core's operations, so its
// limits and records are those of GraphQL and REST.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authorizationUrl,
  Browser,
  callbackOf,
  discoveredRelyingParty,
  hiddenFields,
  signInThroughPage,
} from "../helpers/hosted-browser.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
let config: oidc.Configuration;
const redirectUri = "https://rp.example.com/callback";
const password = "a long enough passphrase";
const captchaText = "K7PQ";

beforeAll(async () => {
  sdk = await startSdkGateway({ captchaGenerator: () => ({ text: captchaText, data: "<svg/>" }) });
  await sdk.gateway.db.application.update({
    where: { id: sdk.gateway.application.id },
    data: { redirectUris: [redirectUri] },
  });
  config = await discoveredRelyingParty(sdk, {
    appId: sdk.gateway.application.appId,
    appSecret: sdk.gateway.applicationSecret,
  });
});
afterAll(() => sdk?.close());

/** Opens a view of the request's pages through its link on the first page. */
async function openView(browser: Browser, url: URL, view: string) {
  const first = await (await browser.get(url)).text();
  const link = new RegExp(`href="(/oidc/login/${view}\\?[^"]+)"`).exec(first)?.[1];
  expect(link, `a link to the ${view} page`).toBeDefined();
  const page = await browser.get(`${sdk.origin}${link!.replace(/&amp;/g, "&")}`);
  expect(page.status).toBe(200);
  return page.text();
}

async function redeem(answered: Response, checks: { verifier: string; state: string; nonce: string }) {
  expect(answered.status, await answered.clone().text()).toBe(302);
  return oidc.authorizationCodeGrant(config, callbackOf(answered), {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
  });
}

describe("the passcode pages", () => {
  it("sign in by an email passcode: the code sent, then the sign-in, the address proven", async () => {
    const created = await sdk.management().createUser({ email: "pages-email@example.com", password } as never);
    const userId = (created.data as { userId: string }).userId;
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri);
    const page = await openView(browser, url, "email");
    expect(page).toContain('autocomplete="one-time-code"');
    const fields = { ...hiddenFields(page), email: "pages-email@example.com" };
    const sent = await browser.post("/oidc/login/passcode/send", fields);
    expect(sent.status).toBe(200);
    const notice = await sent.text();
    expect(notice).toContain('role="status"');
    const code = await sdk.latestPasscode("pages-email@example.com");
    const wrong = await browser.post("/oidc/login/passcode", {
      ...hiddenFields(notice),
      email: fields.email,
      passCode: "000000",
    });
    expect(wrong.status).toBe(400);
    const answered = await browser.post("/oidc/login/passcode", {
      ...hiddenFields(await wrong.text()),
      email: fields.email,
      passCode: code,
    });
    const tokens = await redeem(answered, checks);
    expect(tokens.claims()).toMatchObject({ sub: userId, email: "pages-email@example.com", email_verified: true });
  });

  it("sign in by an SMS passcode with the pool's default country code", async () => {
    await sdk.management().createUser({ phone: "13800138123", password } as never);
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid phone" });
    const page = await openView(browser, url, "sms");
    const sent = await browser.post("/oidc/login/passcode/send", { ...hiddenFields(page), phone: "13800138123" });
    expect(sent.status).toBe(200);
    const code = await sdk.latestPasscode("13800138123");
    const answered = await browser.post("/oidc/login/passcode", {
      ...hiddenFields(await sent.text()),
      phone: "13800138123",
      passCode: code,
    });
    const tokens = await redeem(answered, checks);
    expect(tokens.claims()).toMatchObject({ phone_number: "+8613800138123", phone_number_verified: true });
  });
});

describe("the sign-up and forgotten-password pages", () => {
  it("signs up with a username and password and is signed in at once; a taken name is the page with its error", async () => {
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid username" });
    const page = await openView(browser, url, "signup");
    const fields = hiddenFields(page);
    const weak = await browser.post("/oidc/signup", { ...fields, account: "pages-newcomer", password: "short" });
    expect(weak.status).toBe(400);
    expect(await weak.clone().text()).toContain('role="alert"');
    const answered = await browser.post("/oidc/signup", {
      ...hiddenFields(await weak.text()),
      account: "pages-newcomer",
      password,
    });
    const tokens = await redeem(answered, checks);
    expect(tokens.claims()!.username).toBe("pages-newcomer");

    const again = new Browser(sdk);
    const second = await authorizationUrl(config, redirectUri);
    const taken = await again.post("/oidc/signup", {
      ...hiddenFields(await openView(again, second.url, "signup")),
      account: "pages-newcomer",
      password,
    });
    expect(taken.status).toBe(400);
    expect(again.cookies.has("gw_sso")).toBe(false);
  });

  it("resets a forgotten password by an emailed code; the old password stops working and the new one signs in", async () => {
    await sdk.management().createUser({ email: "pages-forgot@example.com", password } as never);
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri);
    const page = await openView(browser, url, "forgot");
    const sent = await browser.post("/oidc/password/send", {
      ...hiddenFields(page),
      account: "pages-forgot@example.com",
    });
    expect(sent.status).toBe(200);
    const code = await sdk.latestPasscode("pages-forgot@example.com");
    const changed = await browser.post("/oidc/password/reset", {
      ...hiddenFields(await sent.text()),
      account: "pages-forgot@example.com",
      passCode: code,
      password: "another long passphrase",
    });
    expect(changed.status).toBe(200);
    const signInPage = await changed.text();
    expect(signInPage).toContain('role="status"');
    expect(signInPage).toContain('value="pages-forgot@example.com"');
    const old = await browser.post("/oidc/login", {
      ...hiddenFields(signInPage),
      account: "pages-forgot@example.com",
      password,
    });
    expect(old.status).toBe(400);
    const answered = await browser.post("/oidc/login", {
      ...hiddenFields(await old.text()),
      account: "pages-forgot@example.com",
      password: "another long passphrase",
    });
    await redeem(answered, checks);
  });
});

describe("hints and the captcha", () => {
  it("fills the account from login_hint, and signs in again when id_token_hint names another user", async () => {
    await sdk.createUsers(password, "pages-hint-a", "pages-hint-b");
    const browser = new Browser(sdk);
    const first = await authorizationUrl(config, redirectUri, { login_hint: "pages-hint-a" });
    expect(await (await browser.get(first.url)).text()).toContain('value="pages-hint-a"');
    const a = await redeem(await signInThroughPage(browser, first.url, "pages-hint-a", password), first.checks);

    const otherBrowser = new Browser(sdk);
    const second = await authorizationUrl(config, redirectUri);
    const b = await redeem(await signInThroughPage(otherBrowser, second.url, "pages-hint-b", password), second.checks);

    // Browser A holds A's sign-in: a hint for A answers at once, a hint for B asks to sign in.
    const forA = await authorizationUrl(config, redirectUri, { prompt: "none", id_token_hint: a.id_token! });
    expect(callbackOf(await browser.get(forA.url)).searchParams.get("code")).toEqual(expect.any(String));
    const forB = await authorizationUrl(config, redirectUri, { prompt: "none", id_token_hint: b.id_token! });
    expect(callbackOf(await browser.get(forB.url)).searchParams.get("error")).toBe("login_required");
  });

  it("asks for the captcha after repeated failures and signs in with its answer", async () => {
    await sdk.createUsers(password, "pages-captcha");
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri);
    let html = await (await browser.get(url)).text();
    let status = 0;
    for (let attempt = 0; attempt < 6 && !html.includes('name="captchaCode"'); attempt++) {
      const refused = await browser.post("/oidc/login", {
        ...hiddenFields(html),
        account: "pages-captcha",
        password: "wrong",
      });
      status = refused.status;
      html = await refused.text();
    }
    expect(status).toBe(400);
    expect(html).toContain('name="captchaCode"');
    expect(html).toContain("data:image/svg+xml;base64,");
    const fields = hiddenFields(html);
    const wrongAnswer = await browser.post("/oidc/login", {
      ...fields,
      account: "pages-captcha",
      password,
      captchaCode: "XXXX",
    });
    expect(wrongAnswer.status).toBe(400);
    const answered = await browser.post("/oidc/login", {
      ...hiddenFields(await wrongAnswer.text()),
      account: "pages-captcha",
      password,
      captchaCode: captchaText,
    });
    await redeem(answered, checks);
  });
});
