// The OAuth/OIDC protocol endpoints on the core's own sessions: refresh at /oidc/token (and /oauth/token),
// userinfo, introspection and revocation, driven by openid-client (a certified relying-party library, given the
// endpoints by hand until discovery is served) and by GenAuth's Node SDK, with RFC 6749's error answers.
import { AuthenticationClient } from "authing-node-sdk";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuer } from "../helpers/gateway.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
beforeAll(async () => {
  sdk = await startSdkGateway();
});
afterAll(() => sdk?.close());

const password = "a long enough passphrase";
const scope = "openid profile email offline_access";

/** A user signed in through REST with a refresh token: the token set as GenAuth's sign-in returns it. */
async function signedIn(username: string) {
  await sdk.createUsers(password, username);
  const signIn = await sdk.authentication().signInByUsernamePassword({ username, password, options: { scope } });
  expect(signIn.statusCode).toBe(200);
  return signIn.data as { access_token: string; refresh_token: string; id_token: string };
}

function relyingParty(clientAuthentication = oidc.ClientSecretPost(sdk.gateway.applicationSecret)) {
  const endpoint = (path: string) => `${sdk.origin}/oidc${path}`;
  const config = new oidc.Configuration(
    {
      issuer,
      token_endpoint: endpoint("/token"),
      userinfo_endpoint: endpoint("/me"),
      introspection_endpoint: endpoint("/token/introspection"),
      revocation_endpoint: endpoint("/token/revocation"),
      jwks_uri: endpoint("/.well-known/jwks.json"),
    },
    sdk.gateway.application.appId,
    undefined,
    clientAuthentication,
  );
  oidc.allowInsecureRequests(config);
  return config;
}

async function postForm(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${sdk.origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

describe("openid-client against the protocol endpoints", () => {
  it("refreshes a REST sign-in's token (rotating it, id_token checked), reads userinfo, introspects and revokes", async () => {
    const tokens = await signedIn("oidc-rp");
    const config = relyingParty();
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token);
    expect(refreshed.refresh_token).toBeDefined();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.token_type).toBe("bearer");
    const claims = refreshed.claims()!;
    expect(claims).toMatchObject({ iss: issuer, aud: sdk.gateway.application.appId });

    const info = await oidc.fetchUserInfo(config, refreshed.access_token, claims.sub);
    expect(info).toMatchObject({ sub: claims.sub, email_verified: false });

    const live = await oidc.tokenIntrospection(config, refreshed.access_token);
    expect(live).toMatchObject({ active: true, sub: claims.sub, client_id: sdk.gateway.application.appId });

    await oidc.tokenRevocation(config, refreshed.refresh_token!);
    expect((await oidc.tokenIntrospection(config, refreshed.access_token)).active).toBe(false);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({
      error: "invalid_grant",
    });
  });

  it("authenticates by HTTP Basic too, and narrows the scope of a refreshed access token", async () => {
    const tokens = await signedIn("oidc-basic");
    const config = relyingParty(oidc.ClientSecretBasic(sdk.gateway.applicationSecret));
    const narrowed = await oidc.refreshTokenGrant(config, tokens.refresh_token, { scope: "openid" });
    expect(narrowed.scope).toBe("openid");
    const info = await oidc.fetchUserInfo(config, narrowed.access_token, oidc.skipSubjectCheck);
    expect(info.email).toBeUndefined();
    // The grant keeps its scopes: the next refresh may ask for all of them again.
    const again = await oidc.refreshTokenGrant(config, narrowed.refresh_token!);
    expect(again.scope).toBe(scope);
    await expect(oidc.refreshTokenGrant(config, again.refresh_token!, { scope: "openid roles" })).rejects.toMatchObject(
      {
        error: "invalid_scope",
      },
    );
  });
});

describe("GenAuth's Node SDK against the protocol endpoints", () => {
  it("refreshes, reads userinfo every way the SDK sends the token, introspects and revokes", async () => {
    const tokens = await signedIn("oidc-sdk");
    const client = sdk.authentication();
    client.setAccessToken(tokens.access_token);
    const refreshed = await client.getNewAccessTokenByRefreshToken(tokens.refresh_token);
    expect(refreshed).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String) });

    for (const options of [
      undefined,
      { method: "GET", tokenPlace: "query" },
      { method: "POST", tokenPlace: "header" },
      { method: "POST", tokenPlace: "body" },
      { method: "POST", tokenPlace: "query" },
    ] as const) {
      const info = await client.getUserInfoByAccessToken(refreshed.access_token, options as never);
      expect(info, JSON.stringify(options)).toMatchObject({ sub: expect.any(String), email_verified: false });
    }
    // The SDK attaches the token it holds, bare, to every call: the token it asks about is the one answered.
    const someoneElse = await signedIn("oidc-sdk-other");
    const otherInfo = await client.getUserInfoByAccessToken(someoneElse.access_token, {
      method: "GET",
      tokenPlace: "query",
    });
    const mine = await client.getUserInfoByAccessToken(refreshed.access_token);
    expect(otherInfo.sub).not.toBe(mine.sub);
    expect(await client.introspectToken(refreshed.access_token)).toMatchObject({ active: true });
    await client.revokeToken(refreshed.refresh_token);
    expect(await client.introspectToken(refreshed.access_token)).toMatchObject({ active: false });

    // The same endpoints under /oauth, and Basic without a Content-Type, as the SDK sends it.
    const basicClient = new AuthenticationClient({
      appId: sdk.gateway.application.appId,
      appSecret: sdk.gateway.applicationSecret,
      appHost: sdk.origin,
      protocol: "oauth",
      tokenEndPointAuthMethod: "client_secret_basic",
    });
    const other = await signedIn("oidc-sdk-basic");
    expect(await basicClient.getNewAccessTokenByRefreshToken(other.refresh_token)).toMatchObject({
      access_token: expect.any(String),
    });
  });

  it("accepts a token refreshed here wherever a sign-in's token is accepted", async () => {
    const tokens = await signedIn("oidc-everywhere");
    const { body } = await postForm("/oidc/token", {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      client_id: sdk.gateway.application.appId,
      client_secret: sdk.gateway.applicationSecret,
    });
    const client = sdk.authentication();
    client.setAccessToken(body.access_token as string);
    expect(await client.getProfile({})).toMatchObject({ statusCode: 200, data: { username: "oidc-everywhere" } });
    const me = await sdk.gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-authing-app-id": sdk.gateway.application.appId,
        authorization: `Bearer ${body.access_token}`,
      },
      body: JSON.stringify({ query: "{ me { __typename ... on User { username } } }" }),
    });
    expect(await me.json()).toMatchObject({ data: { me: { __typename: "User", username: "oidc-everywhere" } } });
    // A kick ends the session: its refresh token stops at the token endpoint.
    const { data: user } = await sdk.management().getUser({ userId: "oidc-everywhere", userIdType: "username" });
    await sdk.management().kickUsers({ userId: user.userId, appIds: [sdk.gateway.application.appId] });
    const after = await postForm("/oidc/token", {
      grant_type: "refresh_token",
      refresh_token: body.refresh_token as string,
      client_id: sdk.gateway.application.appId,
      client_secret: sdk.gateway.applicationSecret,
    });
    expect(after).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });
});

describe("RFC 6749 error answers", () => {
  it("refuses bad client authentication with invalid_client, and tells a Basic client the scheme", async () => {
    const tokens = await signedIn("oidc-errors");
    const appId = sdk.gateway.application.appId;
    const form = { grant_type: "refresh_token", refresh_token: tokens.refresh_token };
    const wrongPost = await postForm("/oidc/token", { ...form, client_id: appId, client_secret: "wrong" });
    expect(wrongPost).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(wrongPost.headers.get("www-authenticate")).toBeNull();
    expect(wrongPost.headers.get("cache-control")).toBe("no-store");
    const wrongBasic = await postForm("/oidc/token", form, { authorization: basic(appId, "wrong") });
    expect(wrongBasic).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(wrongBasic.headers.get("www-authenticate")).toMatch(/^Basic/);
    const anonymous = await postForm("/oidc/token", form);
    expect(anonymous).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    const unknown = await postForm("/oidc/token", { ...form, client_id: "no-such-app", client_secret: "x" });
    expect(unknown).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    const both = await postForm(
      "/oidc/token",
      { ...form, client_id: appId, client_secret: sdk.gateway.applicationSecret },
      { authorization: basic(appId, sdk.gateway.applicationSecret) },
    );
    expect(both).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    for (const path of ["/oidc/token/introspection", "/oidc/token/revocation"]) {
      const refused = await postForm(path, { token: tokens.access_token, client_id: appId, client_secret: "wrong" });
      expect(refused, path).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    }
    // None of these spent the refresh token.
    const ok = await postForm("/oidc/token", {
      ...form,
      client_id: appId,
      client_secret: sdk.gateway.applicationSecret,
    });
    expect(ok.status).toBe(200);
  });

  it("answers unsupported grants, missing and repeated parameters, other clients' tokens and bad access tokens", async () => {
    const tokens = await signedIn("oidc-grants");
    const client = { client_id: sdk.gateway.application.appId, client_secret: sdk.gateway.applicationSecret };
    expect(await postForm("/oidc/token", { ...client, grant_type: "password" })).toMatchObject({
      status: 400,
      body: { error: "unsupported_grant_type" },
    });
    expect(await postForm("/oidc/token", client)).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    expect(await postForm("/oidc/token", { ...client, grant_type: "refresh_token" })).toMatchObject({
      status: 400,
      body: { error: "invalid_request" },
    });
    const repeated = await fetch(`${sdk.origin}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `${new URLSearchParams({ ...client, grant_type: "refresh_token", refresh_token: tokens.refresh_token })}&grant_type=refresh_token`,
    });
    expect(repeated.status).toBe(400);
    expect(await repeated.json()).toMatchObject({ error: "invalid_request" });

    const created = await sdk.management().createApplication({ appName: "Other client" });
    const { appId, appSecret } = created.data as typeof created.data & { appSecret: string };
    const stolen = await postForm("/oidc/token", {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      client_id: appId,
      client_secret: appSecret,
    });
    expect(stolen).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const introspectedByOther = await postForm("/oidc/token/introspection", {
      token: tokens.access_token,
      client_id: appId,
      client_secret: appSecret,
    });
    expect(introspectedByOther).toMatchObject({ status: 200, body: { active: false } });

    const noToken = await fetch(`${sdk.origin}/oidc/me`);
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const garbage = await fetch(`${sdk.origin}/oidc/me`, { headers: { authorization: "Bearer not-a-token" } });
    expect(garbage.status).toBe(401);
    expect(await garbage.json()).toMatchObject({ error: "invalid_token" });
    const twoWays = await fetch(`${sdk.origin}/oidc/me?access_token=${tokens.access_token}`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(twoWays.status).toBe(400);
  });
});
