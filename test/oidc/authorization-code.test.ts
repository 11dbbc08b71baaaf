// The authorization-code grant at /oidc/token, driven by openid-client (PKCE S256, nonce, id_token checks) and
// by GenAuth's Node SDK (confidential client, client_secret_post, no PKCE). The code is issued by the core as the
// hosted login page issues it after a browser sign-in (the page itself is tested with a browser).
import { AuthenticationClient } from "authing-node-sdk";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeChallengeMethod } from "../../src/identity/grants/authorization-codes.ts";
import type { Scope } from "../../src/identity/tokens/scopes.ts";
import { issuer } from "../helpers/gateway.ts";
import { answerConsent, Browser, callbackOf, signInThroughPage } from "../helpers/hosted-browser.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
const redirectUri = "https://rp.example.com/callback";
const loggedOutUri = "https://rp.example.com/signed-out";
beforeAll(async () => {
  sdk = await startSdkGateway();
  await sdk.gateway.db.application.update({
    where: { id: sdk.gateway.application.id },
    data: { redirectUris: [redirectUri], postLogoutRedirectUris: [loggedOutUri] },
  });
});
afterAll(() => sdk?.close());

const password = "a long enough passphrase";

/** What the login page does once the browser has signed in: a browser session and a code for the request. */
async function signedInCode(
  username: string,
  request: { nonce?: string; codeChallenge?: string; codeChallengeMethod?: CodeChallengeMethod; scope?: string } = {},
  application = sdk.gateway.application,
) {
  const [userId] = await sdk.createUsers(password, username);
  const user = await sdk.gateway.db.user.findUniqueOrThrow({ where: { id: userId } });
  const { session } = await sdk.gateway.identity.browserSessions.openBrowserSession(user);
  const code = await sdk.gateway.identity.authorizationCodes.issueCode({
    pool: sdk.gateway.pool,
    application,
    user,
    browserSession: session,
    redirectUri,
    scopes: (request.scope ?? "openid profile email offline_access").split(" ") as Scope[],
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
  });
  return { code, user, browserSession: session };
}

function relyingParty() {
  const config = new oidc.Configuration(
    {
      issuer,
      token_endpoint: `${sdk.origin}/oidc/token`,
      userinfo_endpoint: `${sdk.origin}/oidc/me`,
      jwks_uri: `${sdk.origin}/oidc/.well-known/jwks.json`,
    },
    sdk.gateway.application.appId,
    sdk.gateway.applicationSecret,
  );
  oidc.allowInsecureRequests(config);
  return config;
}

const callback = (code: string, state = "the-state") => new URL(`${redirectUri}?code=${code}&state=${state}`);

async function redeem(form: Record<string, string>) {
  const response = await fetch(`${sdk.origin}/oidc/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      redirect_uri: redirectUri,
      client_id: sdk.gateway.application.appId,
      client_secret: sdk.gateway.applicationSecret,
      ...form,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe("the authorization-code grant through openid-client", () => {
  it("redeems a code with PKCE S256 and a nonce, its id_token checked, then userinfo and refresh", async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const { code, user } = await signedInCode("code-rp", {
      nonce,
      codeChallenge: await oidc.calculatePKCECodeChallenge(verifier),
      codeChallengeMethod: "S256",
    });
    const config = relyingParty();
    const tokens = await oidc.authorizationCodeGrant(config, callback(code), {
      pkceCodeVerifier: verifier,
      expectedNonce: nonce,
      expectedState: "the-state",
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: issuer, aud: sdk.gateway.application.appId, sub: user.id, nonce });
    expect(claims.at_hash).toEqual(expect.any(String));
    expect(claims.auth_time).toEqual(expect.any(Number));
    expect(await oidc.fetchUserInfo(config, tokens.access_token, user.id)).toMatchObject({ sub: user.id });
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });

  it("refuses a replayed code and revokes what its first redemption issued", async () => {
    const { code } = await signedInCode("code-replay");
    const first = await redeem({ code });
    expect(first.status).toBe(200);
    expect(await redeem({ code })).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const refresh = await fetch(`${sdk.origin}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: first.body.refresh_token!,
        client_id: sdk.gateway.application.appId,
        client_secret: sdk.gateway.applicationSecret,
      }),
    });
    expect(refresh.status).toBe(400);
    const client = sdk.authentication();
    client.setAccessToken(first.body.access_token!);
    expect((await client.getProfile({})).statusCode).toBe(401);
  });

  it("redeems a code once when a burst of 30 presents it at the same moment, and revokes what that one got", async () => {
    const { code } = await signedInCode("code-burst");
    const answers = await Promise.all(Array.from({ length: 30 }, () => redeem({ code })));
    const won = answers.filter((answer) => answer.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.error === "invalid_grant")).toHaveLength(29);
    // The others presented it again: whoever they are, the one redemption's session does not stand.
    const client = sdk.authentication();
    client.setAccessToken(won[0]!.body.access_token!);
    expect((await client.getProfile({})).statusCode).toBe(401);
    expect(await sdk.gateway.db.session.count({ where: { user: { username: "code-burst" }, revokedAt: null } })).toBe(
      0,
    );
  });

  it("refuses a missing or wrong PKCE verifier, another redirect URI, another client, an ended sign-in and an expired code", async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const challenge = await oidc.calculatePKCECodeChallenge(verifier);
    const pkce = { codeChallenge: challenge, codeChallengeMethod: "S256" as const };
    const missing = await signedInCode("code-missing", pkce);
    expect(await redeem({ code: missing.code })).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const wrong = await signedInCode("code-wrong", pkce);
    const otherVerifier = oidc.randomPKCECodeVerifier();
    expect(await redeem({ code: wrong.code, code_verifier: otherVerifier })).toMatchObject({
      body: { error: "invalid_grant" },
    });
    // A wrong attempt spends nothing the attacker could use, and the right verifier then works... once.
    expect((await redeem({ code: wrong.code, code_verifier: verifier })).status).toBe(200);

    const unasked = await signedInCode("code-unasked");
    expect(await redeem({ code: unasked.code, code_verifier: verifier })).toMatchObject({
      body: { error: "invalid_grant" },
    });
    const elsewhere = await signedInCode("code-elsewhere");
    expect(await redeem({ code: elsewhere.code, redirect_uri: "https://rp.example.com/other" })).toMatchObject({
      body: { error: "invalid_grant" },
    });

    const created = await sdk.management().createApplication({ appName: "Code thief" });
    const { appId, appSecret } = created.data as typeof created.data & { appSecret: string };
    const stolen = await signedInCode("code-stolen");
    expect(await redeem({ code: stolen.code, client_id: appId, client_secret: appSecret })).toMatchObject({
      body: { error: "invalid_grant" },
    });
    expect((await redeem({ code: stolen.code })).status).toBe(200);

    const ended = await signedInCode("code-ended");
    await sdk.gateway.identity.browserSessions.endBrowserSession(ended.browserSession.id);
    expect(await redeem({ code: ended.code })).toMatchObject({ body: { error: "invalid_grant" } });

    const expired = await signedInCode("code-expired");
    await sdk.gateway.db.authorizationCode.updateMany({
      where: { userId: expired.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await redeem({ code: expired.code })).toMatchObject({ body: { error: "invalid_grant" } });
  });

  it("requires PKCE of a public client", async () => {
    const created = await sdk.management().createApplication({
      appName: "Single-page app",
      redirectUris: [redirectUri],
      oidcConfig: { token_endpoint_auth_method: "none", grant_types: ["authorization_code", "refresh_token"] } as never,
    });
    const application = await sdk.gateway.db.application.findUniqueOrThrow({ where: { appId: created.data.appId } });
    const withoutPkce = await signedInCode("code-public", {}, application);
    const refused = await redeem({ code: withoutPkce.code, client_id: application.appId, client_secret: "" });
    expect(refused).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const verifier = oidc.randomPKCECodeVerifier();
    const withPkce = await signedInCode(
      "code-public-pkce",
      { codeChallenge: await oidc.calculatePKCECodeChallenge(verifier), codeChallengeMethod: "S256" },
      application,
    );
    const redeemed = await redeem({
      code: withPkce.code,
      client_id: application.appId,
      client_secret: "",
      code_verifier: verifier,
    });
    expect(redeemed.status).toBe(200);
  });
});

describe("the authorization-code grant as GenAuth's Node SDK drives it", () => {
  it("trades a code for tokens with client_secret_post and no PKCE", async () => {
    const { code, user } = await signedInCode("code-sdk", { scope: "openid profile email phone address" });
    const client = new AuthenticationClient({
      appId: sdk.gateway.application.appId,
      appSecret: sdk.gateway.applicationSecret,
      appHost: sdk.origin,
      redirectUri,
    });
    const tokens = await client.getAccessTokenByCode(code);
    expect(tokens).toMatchObject({
      access_token: expect.any(String),
      id_token: expect.any(String),
      token_type: "Bearer",
    });
    expect(await client.getUserInfoByAccessToken(tokens.access_token)).toMatchObject({ sub: user.id });
  });

  it("the whole flow of buildAuthorizeUrl, the hosted page, getAccessTokenByCode, refresh, introspection and buildLogoutUrl", async () => {
    const [userId] = await sdk.createUsers(password, "code-sdk-whole");
    const client = new AuthenticationClient({
      appId: sdk.gateway.application.appId,
      appSecret: sdk.gateway.applicationSecret,
      appHost: sdk.origin,
      redirectUri,
      logoutRedirectUri: loggedOutUri,
    });
    // The SDK asks prompt=consent itself for offline_access.
    const { url, state } = client.buildAuthorizeUrl({ scope: "openid profile offline_access" }) as {
      url: string;
      state: string;
    };
    expect(new URL(url).searchParams.get("prompt")).toBe("consent");
    const browser = new Browser(sdk);
    const consent = await signInThroughPage(browser, url, "code-sdk-whole", password);
    const callback = callbackOf(await answerConsent(browser, consent));
    expect(callback.searchParams.get("state")).toBe(state);
    const tokens = await client.getAccessTokenByCode(callback.searchParams.get("code")!);
    expect(tokens.refresh_token).toEqual(expect.any(String));
    expect(await client.getUserInfoByAccessToken(tokens.access_token)).toMatchObject({ sub: userId });
    const refreshed = await client.getNewAccessTokenByRefreshToken(tokens.refresh_token!);
    expect(await client.introspectToken(refreshed.access_token)).toMatchObject({ active: true, sub: userId });
    const logout = client.buildLogoutUrl({ idToken: tokens.id_token, state: "bye" } as never) as string;
    const ended = await browser.get(logout);
    expect(ended.headers.get("location")).toBe(`${loggedOutUri}?state=bye`);
    expect(await client.introspectToken(refreshed.access_token)).toMatchObject({ active: false });
  });
});
