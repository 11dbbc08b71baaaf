// The whole authorization-code flow as a certified relying party (openid-client) drives it against a gateway on a
// real port: discovery, the authorization URL, the sign-in form, consent, the code exchanged with PKCE, the
// id_token checked (iss, aud, nonce, at_hash), userinfo, refresh, introspection, revocation and RP-Initiated
// Logout; consent remembered, refused and impossible under prompt=none; and the client_credentials grant.
import { createHash } from "node:crypto";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuer } from "../helpers/gateway.ts";
import {
  answerConsent,
  atGateway,
  authorizationUrl,
  Browser,
  callbackOf,
  discoveredRelyingParty,
  signInThroughPage,
} from "../helpers/hosted-browser.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
const redirectUri = "https://rp.example.com/callback";
const loggedOutUri = "https://rp.example.com/signed-out";
const password = "a long enough passphrase";
let client: { appId: string; appSecret: string };

beforeAll(async () => {
  sdk = await startSdkGateway();
  await sdk.gateway.db.application.update({
    where: { id: sdk.gateway.application.id },
    data: { redirectUris: [redirectUri], postLogoutRedirectUris: [loggedOutUri] },
  });
  client = { appId: sdk.gateway.application.appId, appSecret: sdk.gateway.applicationSecret };
});
afterAll(() => sdk?.close());

const atHashOf = (accessToken: string) =>
  createHash("sha256").update(accessToken).digest().subarray(0, 16).toString("base64url");

describe("discovery", () => {
  it("lists exactly what the endpoints serve, the issuer being the public URL + /oidc, at both paths", async () => {
    const config = await discoveredRelyingParty(sdk, client);
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(issuer);
    expect(metadata).toMatchObject({
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/me`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      end_session_endpoint: `${issuer}/session/end`,
      introspection_endpoint: `${issuer}/token/introspection`,
      revocation_endpoint: `${issuer}/token/revocation`,
      response_types_supported: ["code"],
      response_modes_supported: ["query", "form_post"],
      grant_types_supported: ["authorization_code", "refresh_token", "client_credentials"],
      code_challenge_methods_supported: ["S256", "plain"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic", "none"],
      subject_types_supported: ["public"],
      request_parameter_supported: false,
      claims_parameter_supported: false,
    });
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(["openid", "offline_access", "roles"]));
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(["sub", "email", "phone_number", "address"]));
    const root = await fetch(`${sdk.origin}/.well-known/openid-configuration`);
    expect(await root.json()).toEqual(metadata);
    const underApp = await fetch(`${sdk.origin}/${client.appId}/oidc/.well-known/openid-configuration`);
    expect((await underApp.json()).issuer).toBe(issuer);
    // Every endpoint it names answers (none is a 404).
    for (const endpoint of [metadata.jwks_uri!, `${issuer}/me`]) {
      expect((await fetch(atGateway(sdk, endpoint))).status).not.toBe(404);
    }
  });
});

describe("the authorization-code flow through openid-client", () => {
  it("discovery, sign-in, consent, code with PKCE, checked id_token, userinfo, refresh, introspection, revocation, logout", async () => {
    const [userId] = await sdk.createUsers(password, "flow-alice");
    const config = await discoveredRelyingParty(sdk, client);
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, {
      scope: "openid profile email offline_access",
      prompt: "consent",
    });
    const signedIn = await signInThroughPage(browser, url, "flow-alice", password);
    // offline_access asks the user: the consent page lists what the application gets, in words.
    const consentHtml = await signedIn.clone().text();
    expect(consentHtml).toContain('data-scope="offline_access"');
    expect(consentHtml).toContain("flow-alice");
    const answered = await answerConsent(browser, signedIn);
    expect(answered.status).toBe(302);
    const tokens = await oidc.authorizationCodeGrant(config, callbackOf(answered), {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: issuer, aud: client.appId, sub: userId, nonce: checks.nonce });
    expect(claims.at_hash).toBe(atHashOf(tokens.access_token));
    expect(tokens.refresh_token).toEqual(expect.any(String));
    expect(tokens.scope?.split(" ").sort()).toEqual(["email", "offline_access", "openid", "profile"]);

    expect(await oidc.fetchUserInfo(config, tokens.access_token, userId!)).toMatchObject({
      sub: userId,
      email_verified: false,
    });

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()!.sub).toBe(userId);

    const live = await oidc.tokenIntrospection(config, refreshed.access_token);
    expect(live).toMatchObject({ active: true, sub: userId, client_id: client.appId });
    await oidc.tokenRevocation(config, refreshed.refresh_token!);
    expect((await oidc.tokenIntrospection(config, refreshed.access_token)).active).toBe(false);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({
      error: "invalid_grant",
    });

    // The same request again: the consent is remembered (no prompt=consent), so the code comes at once.
    const again = await authorizationUrl(config, redirectUri, { scope: "openid profile email offline_access" });
    const silent = await browser.get(again.url);
    expect(silent.status).toBe(302);
    const second = await oidc.authorizationCodeGrant(config, callbackOf(silent), {
      pkceCodeVerifier: again.checks.verifier,
      expectedState: again.checks.state,
      expectedNonce: again.checks.nonce,
    });
    expect(second.refresh_token).toEqual(expect.any(String));

    const logout = oidc.buildEndSessionUrl(config, {
      id_token_hint: second.id_token!,
      post_logout_redirect_uri: loggedOutUri,
      state: "bye",
    });
    const ended = await browser.get(logout);
    expect(ended.headers.get("location")).toBe(`${loggedOutUri}?state=bye`);
    await expect(oidc.refreshTokenGrant(config, second.refresh_token!)).rejects.toMatchObject({
      error: "invalid_grant",
    });
    expect((await browser.get(again.url)).status).toBe(200);
  });

  it("answers access_denied when the user refuses, and consent_required under prompt=none", async () => {
    await sdk.createUsers(password, "flow-refuser");
    const config = await discoveredRelyingParty(sdk, client);
    const browser = new Browser(sdk);
    const { url, checks } = await authorizationUrl(config, redirectUri, { scope: "openid offline_access" });
    const consent = await signInThroughPage(browser, url, "flow-refuser", password);
    const refused = await answerConsent(browser, consent, "deny");
    const callback = callbackOf(refused);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe(checks.state);

    // prompt=none cannot ask: an offline_access never agreed to is dropped (OIDC Core 11), the rest is granted.
    const none = await authorizationUrl(config, redirectUri, { scope: "openid offline_access", prompt: "none" });
    const answered = await browser.get(none.url);
    const tokens = await oidc.authorizationCodeGrant(config, callbackOf(answered), {
      pkceCodeVerifier: none.checks.verifier,
      expectedState: none.checks.state,
      expectedNonce: none.checks.nonce,
    });
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope).toBe("openid");

    // A third-party application asks for every scope: prompt=none cannot, so consent_required.
    await sdk.gateway.db.application.update({
      where: { id: sdk.gateway.application.id },
      data: { consentRequired: true },
    });
    try {
      const third = await authorizationUrl(config, redirectUri, { scope: "openid email", prompt: "none" });
      const denied = callbackOf(await browser.get(third.url));
      expect(denied.searchParams.get("error")).toBe("consent_required");
      const asked = await browser.get((await authorizationUrl(config, redirectUri, { scope: "openid email" })).url);
      expect(await asked.text()).toContain('data-scope="email"');
    } finally {
      await sdk.gateway.db.application.update({
        where: { id: sdk.gateway.application.id },
        data: { consentRequired: false },
      });
    }
  });

  it("refuses a consent form posted from elsewhere or without a sign-in", async () => {
    await sdk.createUsers(password, "flow-forged-consent");
    const config = await discoveredRelyingParty(sdk, client);
    const browser = new Browser(sdk);
    const { url } = await authorizationUrl(config, redirectUri, { scope: "openid offline_access" });
    const consent = await signInThroughPage(browser, url, "flow-forged-consent", password);
    const html = await consent.text();
    const fields = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    ) as Record<string, string>;
    // Another browser (no CSRF cookie, no sign-in) posting the same form gets nothing.
    const forged = await new Browser(sdk).post("/oidc/consent", { ...fields, decision: "allow" });
    expect(forged.status).toBe(403);
    expect(forged.headers.get("location")).toBeNull();
  });
});

describe("the client_credentials grant", () => {
  it("gives a confidential machine client a token of its registered scopes, which passes for no user", async () => {
    const created = await sdk.adminGraphql(
      `mutation { createApplication(input: { name: "Machine", grantTypes: [client_credentials],
        tokenEndpointAuthMethod: client_secret_basic, clientCredentialsScopes: ["orders:read", "orders:write"] }) {
        ... on ApplicationWithSecret { application { appId } appSecret } } }`,
    );
    const machine = (created as unknown as { createApplication: { application: { appId: string }; appSecret: string } })
      .createApplication;
    const config = await discoveredRelyingParty(sdk, {
      appId: machine.application.appId,
      appSecret: machine.appSecret,
    });
    const all = await oidc.clientCredentialsGrant(config);
    expect(all.scope).toBe("orders:read orders:write");
    expect(all.refresh_token).toBeUndefined();
    const narrow = await oidc.clientCredentialsGrant(config, { scope: "orders:read" });
    expect(narrow.scope).toBe("orders:read");
    await expect(oidc.clientCredentialsGrant(config, { scope: "orders:delete" })).rejects.toMatchObject({
      error: "invalid_scope",
    });

    const introspected = await oidc.tokenIntrospection(config, narrow.access_token);
    expect(introspected).toMatchObject({
      active: true,
      sub: machine.application.appId,
      client_id: machine.application.appId,
      scope: "orders:read",
      gty: "client_credentials",
    });
    // The token names no user: userinfo, GraphQL me and REST refuse it.
    const userinfo = await fetch(`${sdk.origin}/oidc/me`, {
      headers: { authorization: `Bearer ${narrow.access_token}` },
    });
    expect(userinfo.status).toBe(401);
    const me = await fetch(`${sdk.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${narrow.access_token}` },
      body: JSON.stringify({ query: "{ me { __typename ... on NotAuthenticatedError { apiCode } } }" }),
    });
    expect(JSON.stringify(await me.json())).toContain("NotAuthenticatedError");

    // Applications without the grant, and a wrong secret, get nothing.
    const userApp = await discoveredRelyingParty(sdk, client);
    await expect(oidc.clientCredentialsGrant(userApp)).rejects.toMatchObject({ error: "unauthorized_client" });
    const wrong = await discoveredRelyingParty(sdk, { appId: machine.application.appId, appSecret: "wrong" });
    await expect(oidc.clientCredentialsGrant(wrong)).rejects.toMatchObject({ error: "invalid_client" });
  });

  it("refuses a user's scope among a machine client's scopes", async () => {
    const refused = await sdk.adminGraphql(
      `mutation { createApplication(input: { name: "Bad machine", clientCredentialsScopes: ["openid"] }) {
        __typename ... on InvalidInputError { field } } }`,
    );
    expect(refused).toEqual({
      createApplication: { __typename: "InvalidInputError", field: "clientCredentialsScopes" },
    });
  });
});
