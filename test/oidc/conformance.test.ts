// The OpenID Foundation's Basic OP certification plan (code flow, client_secret_basic), reproduced module by
// module against a gateway on a real port: the official suite needs Java, MongoDB and container images that cannot
// be had here. Each test is named after its module and does what the module does, with openid-client as the relying
// party (discovery, PKCE where the module sends it, id_token checks of iss, aud, exp, iat, nonce) and the hosted
// page submitted as a browser would.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OffsetClock } from "../helpers/clock.ts";
import { issuer } from "../helpers/gateway.ts";
import {
  answerConsent,
  authorizationUrl,
  Browser,
  callbackOf,
  discoveredRelyingParty,
  signInThroughPage,
} from "../helpers/hosted-browser.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

const redirectUri = "https://rp.example.com/cb";
const password = "a long enough passphrase";
const clock = new OffsetClock();
let sdk: SdkGateway;
let config: oidc.Configuration;
let userId: string;
let other: { appId: string; appSecret: string };

beforeAll(async () => {
  sdk = await startSdkGateway({ clock });
  await sdk.gateway.db.application.update({
    where: { id: sdk.gateway.application.id },
    data: { redirectUris: [redirectUri], tokenEndpointAuthMethod: "client_secret_basic" },
  });
  [userId] = (await sdk.createUsers(password, "conformance")) as [string];
  await sdk.gateway.db.user.update({
    where: { id: userId },
    data: {
      name: "Conformance Tester",
      givenName: "Tester",
      familyName: "Conformance",
      email: "conformance@example.com",
      phone: "13800138000",
      phoneCountryCode: "+86",
      streetAddress: "1 Example Road",
      locality: "Shanghai",
      country: "CN",
      postalCode: "200000",
    },
  });
  const client = { appId: sdk.gateway.application.appId, appSecret: sdk.gateway.applicationSecret };
  config = await discoveredRelyingParty(sdk, client, oidc.ClientSecretBasic(client.appSecret));
  const created = await sdk.gateway.identity.applications.createApplication(sdk.gateway.pool.id, { name: "Other" });
  await sdk.gateway.db.application.update({
    where: { id: created.application.id },
    data: { redirectUris: [redirectUri] },
  });
  other = { appId: created.application.appId, appSecret: created.secret };
});
afterAll(() => sdk?.close());

type Checks = { verifier: string; state: string; nonce: string };

/** The code-flow answer as the module's client checks it. */
function redeem(answered: Response, checks: Checks, options: { nonce?: boolean } = {}) {
  expect(answered.status).toBe(302);
  return oidc.authorizationCodeGrant(config, callbackOf(answered), {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: options.nonce === false ? undefined : checks.nonce,
    idTokenExpected: true,
  });
}

/** A fresh browser signed in through the page for this request; the code's tokens. */
async function signedIn(extra: Record<string, string> = {}) {
  const browser = new Browser(sdk);
  const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid", ...extra });
  const tokens = await redeem(await signInThroughPage(browser, url, "conformance", password), checks);
  return { browser, tokens };
}

/** The same browser asks again: the gateway's answer (a page or a redirect) and the request's checks. */
async function askAgain(browser: Browser, extra: Record<string, string> = {}) {
  const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid", ...extra });
  return { answered: await browser.get(url), checks };
}

const callbackError = (answered: Response) => callbackOf(answered).searchParams.get("error");

describe("OpenID Connect Basic OP certification plan", () => {
  it("oidcc-server: the code flow, the id_token's claims, and userinfo for its sub", async () => {
    const { tokens } = await signedIn();
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: issuer, aud: sdk.gateway.application.appId, sub: userId });
    expect(claims.exp).toBeGreaterThan(claims.iat);
    expect(typeof claims.auth_time).toBe("number");
    expect(tokens.token_type?.toLowerCase()).toBe("bearer");
    expect(await oidc.fetchUserInfo(config, tokens.access_token, userId)).toMatchObject({ sub: userId });
  });

  it("oidcc-response-type-missing: no response_type is invalid_request, sent back to the registered URI", async () => {
    const url = new URL(`${issuer}/auth`);
    for (const [name, value] of Object.entries({
      client_id: sdk.gateway.application.appId,
      redirect_uri: redirectUri,
      scope: "openid",
      state: "rtm",
    }))
      url.searchParams.set(name, value);
    const answered = await new Browser(sdk).get(url);
    expect(callbackError(answered)).toBe("invalid_request");
    expect(callbackOf(answered).searchParams.get("state")).toBe("rtm");
  });

  it("oidcc-userinfo-get: userinfo by GET with the token in the Authorization header", async () => {
    const { tokens } = await signedIn();
    const answer = await fetch(`${sdk.origin}/oidc/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(answer.status).toBe(200);
    expect((await answer.json()).sub).toBe(userId);
  });

  it("oidcc-userinfo-post-header: userinfo by POST with the token in the Authorization header", async () => {
    const { tokens } = await signedIn();
    const answer = await fetch(`${sdk.origin}/oidc/me`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect((await answer.json()).sub).toBe(userId);
  });

  it("oidcc-userinfo-post-body: userinfo by POST with the token in the form body", async () => {
    const { tokens } = await signedIn();
    const answer = await fetch(`${sdk.origin}/oidc/me`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ access_token: tokens.access_token }),
    });
    expect((await answer.json()).sub).toBe(userId);
  });

  it("oidcc-ensure-request-without-nonce-succeeds-for-code-flow: no nonce, and none in the id_token", async () => {
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid" });
    url.searchParams.delete("nonce");
    const tokens = await redeem(await signInThroughPage(browser, url, "conformance", password), checks, {
      nonce: false,
    });
    expect(tokens.claims()!.nonce).toBeUndefined();
  });

  it("oidcc-scope-profile: the profile scope's claims", async () => {
    const { tokens } = await signedIn({ scope: "openid profile" });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, userId);
    expect(info).toMatchObject({ name: "Conformance Tester", given_name: "Tester", family_name: "Conformance" });
    expect(typeof info.updated_at).toBe("number");
    expect(info.email).toBeUndefined();
  });

  it("oidcc-scope-email: the email scope's claims", async () => {
    const { tokens } = await signedIn({ scope: "openid email" });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, userId);
    expect(info).toMatchObject({ email: "conformance@example.com", email_verified: false });
    expect(info.name).toBeUndefined();
  });

  it("oidcc-scope-address: the address scope's claim", async () => {
    const { tokens } = await signedIn({ scope: "openid address" });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, userId);
    expect(info.address).toMatchObject({ street_address: "1 Example Road", locality: "Shanghai", country: "CN" });
  });

  it("oidcc-scope-phone: the phone scope's claims", async () => {
    const { tokens } = await signedIn({ scope: "openid phone" });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, userId);
    expect(info).toMatchObject({ phone_number: "+8613800138000", phone_number_verified: false });
  });

  it("oidcc-scope-all: every standard scope at once", async () => {
    const { tokens } = await signedIn({ scope: "openid profile email address phone" });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, userId);
    expect(Object.keys(info)).toEqual(expect.arrayContaining(["name", "email", "address", "phone_number"]));
  });

  it("oidcc-ensure-other-scope-order-succeeds: scopes in another order", async () => {
    const { tokens } = await signedIn({ scope: "email openid" });
    expect((await oidc.fetchUserInfo(config, tokens.access_token, userId)).email).toBe("conformance@example.com");
  });

  it("oidcc-display-page: display=page is accepted", async () => {
    const { tokens } = await signedIn({ display: "page" });
    expect(tokens.claims()!.sub).toBe(userId);
  });

  it("oidcc-display-popup: display=popup is accepted", async () => {
    const { tokens } = await signedIn({ display: "popup" });
    expect(tokens.claims()!.sub).toBe(userId);
  });

  it("oidcc-prompt-login: a signed-in browser is asked again, and the new auth_time is later", async () => {
    const { browser, tokens } = await signedIn();
    clock.advance(2_000);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid", prompt: "login" });
    const again = await signInThroughPage(browser, url, "conformance", password);
    const second = await redeem(again, checks);
    expect(second.claims()!.auth_time!).toBeGreaterThan(tokens.claims()!.auth_time!);
  });

  it("oidcc-prompt-none-not-logged-in: prompt=none without a sign-in is login_required", async () => {
    const { answered, checks } = await askAgain(new Browser(sdk), { prompt: "none" });
    expect(callbackError(answered)).toBe("login_required");
    expect(callbackOf(answered).searchParams.get("state")).toBe(checks.state);
  });

  it("oidcc-prompt-none-logged-in: prompt=none with a sign-in answers the code without a page", async () => {
    const { browser, tokens } = await signedIn();
    const { answered, checks } = await askAgain(browser, { prompt: "none" });
    const silent = await redeem(answered, checks);
    expect(silent.claims()!.sub).toBe(tokens.claims()!.sub);
  });

  it("oidcc-max-age-1: a sign-in older than max_age=1 asks again, and auth_time says when", async () => {
    const { browser, tokens } = await signedIn();
    clock.advance(2_000);
    const { answered } = await askAgain(browser, { max_age: "1" });
    expect(answered.status).toBe(200);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid", max_age: "1" });
    const second = await redeem(await signInThroughPage(browser, url, "conformance", password), checks);
    expect(second.claims()!.auth_time!).toBeGreaterThan(tokens.claims()!.auth_time!);
  });

  it("oidcc-max-age-10000: a recent sign-in satisfies max_age=10000, and auth_time is the first sign-in's", async () => {
    const { browser, tokens } = await signedIn();
    const { answered, checks } = await askAgain(browser, { max_age: "10000" });
    const second = await redeem(answered, checks);
    expect(second.claims()!.auth_time).toBe(tokens.claims()!.auth_time);
  });

  it("oidcc-ensure-request-with-unknown-parameter-succeeds: an unknown parameter is ignored", async () => {
    const { tokens } = await signedIn({ extra_parameter_of_nobody: "value" });
    expect(tokens.claims()!.sub).toBe(userId);
  });

  it("oidcc-id-token-hint: prompt=none with the id_token of the signed-in user answers at once", async () => {
    const { browser, tokens } = await signedIn();
    const { answered, checks } = await askAgain(browser, { prompt: "none", id_token_hint: tokens.id_token! });
    expect((await redeem(answered, checks)).claims()!.sub).toBe(userId);
  });

  it("oidcc-login-hint: login_hint fills the account on the page", async () => {
    const { answered } = await askAgain(new Browser(sdk), { login_hint: "conformance" });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toMatch(/id="account"[^>]*value="conformance"/);
  });

  it("oidcc-ui-locales: ui_locales picks the page's language; an unknown one falls back", async () => {
    const zh = await askAgain(new Browser(sdk), { ui_locales: "zh-TW se" });
    expect(await zh.answered.text()).toContain('lang="zh-TW"');
    const { tokens } = await signedIn({ ui_locales: "se" });
    expect(tokens.claims()!.sub).toBe(userId);
  });

  it("oidcc-claims-locales: claims_locales is accepted", async () => {
    const { tokens } = await signedIn({ claims_locales: "se", scope: "openid profile" });
    expect((await oidc.fetchUserInfo(config, tokens.access_token, userId)).name).toBe("Conformance Tester");
  });

  it("oidcc-ensure-request-with-acr-values-succeeds: acr_values is accepted", async () => {
    const { tokens } = await signedIn({ acr_values: "1 2" });
    expect(tokens.claims()!.sub).toBe(userId);
  });

  it("oidcc-codereuse: a code used twice is refused", async () => {
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid" });
    const answered = await signInThroughPage(browser, url, "conformance", password);
    const callback = callbackOf(answered);
    await redeem(answered, checks);
    await expect(
      oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: checks.verifier, expectedState: checks.state }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("oidcc-codereuse-30seconds: a code used again 30 s later is refused, and its first tokens are revoked", async () => {
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid" });
    const answered = await signInThroughPage(browser, url, "conformance", password);
    const code = callbackOf(answered).searchParams.get("code")!;
    const tokens = await redeem(answered, checks);
    clock.advance(30_000);
    const reuse = await fetch(`${sdk.origin}/oidc/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${sdk.gateway.application.appId}:${sdk.gateway.applicationSecret}`).toString("base64")}`,
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        code_verifier: checks.verifier,
      }),
    });
    expect(reuse.status).toBe(400);
    expect((await reuse.json()).error).toBe("invalid_grant");
    const userinfo = await fetch(`${sdk.origin}/oidc/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(401);
  });

  it("oidcc-ensure-registered-redirect-uri: an unregistered redirect URI is an error page, never a redirect", async () => {
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: "https://rp.example.com/cb/other",
      scope: "openid",
      state: "s",
    });
    const answered = await new Browser(sdk).get(url);
    expect(answered.status).toBe(400);
    expect(answered.headers.get("location")).toBeNull();
    expect(await answered.text()).toContain('role="alert"');
  });

  it("oidcc-unsigned-request-object-supported-correctly-or-rejected-as-unsupported: rejected as unsupported", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(
      JSON.stringify({ client_id: sdk.gateway.application.appId, response_type: "code", scope: "openid" }),
    ).toString("base64url");
    const { answered, checks } = await askAgain(new Browser(sdk), { request: `${header}.${body}.` });
    expect(callbackError(answered)).toBe("request_not_supported");
    expect(callbackOf(answered).searchParams.get("state")).toBe(checks.state);
    expect(config.serverMetadata().request_parameter_supported).toBe(false);
  });

  it("oidcc-claims-essential: a claims parameter asking for name is accepted (and not supported, as discovery says)", async () => {
    const claims = JSON.stringify({ userinfo: { name: { essential: true } } });
    const { tokens } = await signedIn({ claims, scope: "openid profile" });
    expect((await oidc.fetchUserInfo(config, tokens.access_token, userId)).name).toBe("Conformance Tester");
    expect(config.serverMetadata().claims_parameter_supported).toBe(false);
  });

  it("oidcc-ensure-request-object-with-redirect-uri: a request object naming another redirect URI never redirects there", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(JSON.stringify({ redirect_uri: "https://evil.example.com/cb" })).toString("base64url");
    const { answered } = await askAgain(new Browser(sdk), { request: `${header}.${body}.` });
    const location = callbackOf(answered);
    expect(location.origin + location.pathname).toBe(redirectUri);
    expect(location.searchParams.get("error")).toBe("request_not_supported");
  });

  it("oidcc-refresh-token: offline_access with consent gives a refresh token that refreshes, for this client only", async () => {
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, {
      scope: "openid offline_access",
      prompt: "consent",
    });
    const consent = await signInThroughPage(browser, url, "conformance", password);
    const tokens = await redeem(await answerConsent(browser, consent), checks);
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.claims()).toMatchObject({ iss: issuer, sub: userId, aud: sdk.gateway.application.appId });
    const otherClient = await discoveredRelyingParty(sdk, other);
    await expect(oidc.refreshTokenGrant(otherClient, refreshed.refresh_token!)).rejects.toMatchObject({
      error: "invalid_grant",
    });
    expect((await oidc.refreshTokenGrant(config, refreshed.refresh_token!)).access_token).toEqual(expect.any(String));
  });

  it("oidcc-ensure-request-with-valid-pkce-succeeds: a valid S256 verifier succeeds, a wrong one does not", async () => {
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid" });
    const answered = await signInThroughPage(browser, url, "conformance", password);
    const callback = callbackOf(answered);
    await expect(
      oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: oidc.randomPKCECodeVerifier(),
        expectedState: checks.state,
      }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
    const second = await authorizationUrl(config, redirectUri, { scope: "openid" });
    const tokens = await redeem(await browser.get(second.url), second.checks);
    expect(tokens.claims()!.sub).toBe(userId);
  });
});
