import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword } from "./documents.ts";
import { IntrospectToken, RefreshToken, RevokeToken } from "./session-documents.ts";

let gateway: TestGateway;
let userId: string;
let secretHeader: Record<string, string>;

beforeAll(async () => {
  gateway = await TestGateway.start();
  userId = (await createUser(gateway, { username: "ines" })).id;
  secretHeader = { "x-authing-app-secret": gateway.applicationSecret };
});
afterAll(() => gateway.close());

async function signIn() {
  const { data } = await gateway.execute(SignInByAccountPassword, {
    account: "ines",
    password: defaultPassword,
    options: { scope: "openid profile offline_access" },
  });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
  return data.signInByAccountPassword.tokenSet;
}

describe("introspectToken (RFC 7662)", () => {
  it("describes an active access token and an active refresh token", async () => {
    const tokens = await signIn();
    const access = await gateway.execute(IntrospectToken, { token: tokens.access_token }, secretHeader);
    const claims = decodeJwt(tokens.access_token);
    expect(access.data.introspectToken).toEqual({
      __typename: "TokenIntrospection",
      active: true,
      sub: userId,
      scope: "openid profile offline_access",
      exp: claims.exp,
      iat: claims.iat,
      client_id: gateway.application.appId,
      token_type: "Bearer",
      sid: claims.sid,
    });
    const refresh = await gateway.execute(
      IntrospectToken,
      { token: tokens.refresh_token!, tokenTypeHint: "refresh_token" },
      secretHeader,
    );
    expect(refresh.data.introspectToken).toMatchObject({
      active: true,
      sub: userId,
      token_type: "refresh_token",
      sid: claims.sid,
    });
    // A wrong hint does not hide a live token.
    const wrongHint = await gateway.execute(
      IntrospectToken,
      { token: tokens.access_token, tokenTypeHint: "refresh_token" },
      secretHeader,
    );
    expect(wrongHint.data.introspectToken).toMatchObject({ active: true });
  });

  it("answers only active: false for garbage, and for another application's token", async () => {
    const tokens = await signIn();
    expect((await gateway.execute(IntrospectToken, { token: "garbage" }, secretHeader)).data.introspectToken).toEqual({
      __typename: "TokenIntrospection",
      active: false,
      sub: null,
      scope: null,
      exp: null,
      iat: null,
      client_id: null,
      token_type: null,
      sid: null,
    });
    const other = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "other" });
    const foreign = await gateway.execute(
      IntrospectToken,
      { token: tokens.access_token },
      {
        "x-authing-app-id": other.application.appId,
        "x-authing-app-secret": other.secret,
      },
    );
    expect(foreign.data.introspectToken).toMatchObject({ active: false });
  });

  it("requires the application's secret, by header or HTTP Basic", async () => {
    const tokens = await signIn();
    const none = await gateway.execute(IntrospectToken, { token: tokens.access_token });
    expect(none.data.introspectToken).toMatchObject({
      __typename: "InvalidClientError",
      statusCode: 401,
      apiCode: 2330,
    });
    const wrong = await gateway.execute(
      IntrospectToken,
      { token: tokens.access_token },
      { "x-authing-app-secret": "nope" },
    );
    expect(wrong.data.introspectToken).toMatchObject({ __typename: "InvalidClientError" });
    const basic = Buffer.from(`${gateway.application.appId}:${gateway.applicationSecret}`).toString("base64");
    const viaBasic = await gateway.execute(
      IntrospectToken,
      { token: tokens.access_token },
      { "x-authing-app-id": "", authorization: `Basic ${basic}` },
    );
    expect(viaBasic.data.introspectToken).toMatchObject({ __typename: "TokenIntrospection", active: true });
  });

  it("a public application (auth method none) needs no secret", async () => {
    const publicApp = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "spa" });
    await gateway.db.application.update({
      where: { id: publicApp.application.id },
      data: { tokenEndpointAuthMethod: "none" },
    });
    const { data } = await gateway.execute(
      IntrospectToken,
      { token: "x" },
      { "x-authing-app-id": publicApp.application.appId },
    );
    expect(data.introspectToken).toMatchObject({ __typename: "TokenIntrospection", active: false });
  });
});

describe("revokeToken (RFC 7009)", () => {
  it("revoking the refresh token ends the grant: refresh, access token and introspection all stop", async () => {
    const tokens = await signIn();
    const revoked = await gateway.execute(
      RevokeToken,
      { token: tokens.refresh_token!, tokenTypeHint: "refresh_token" },
      secretHeader,
    );
    expect(revoked.data.revokeToken).toEqual({ __typename: "Success", success: true });
    expect(
      (await gateway.execute(RefreshToken, { refreshToken: tokens.refresh_token! })).data.refreshToken.__typename,
    ).toBe("InvalidGrantError");
    expect((await gateway.execute(Me, undefined, { authorization: tokens.access_token })).data.me).toMatchObject({
      reason: "revoked",
    });
    expect(
      (await gateway.execute(IntrospectToken, { token: tokens.access_token }, secretHeader)).data.introspectToken,
    ).toMatchObject({ active: false });
  });

  it("revoking an access token ends its session; unknown tokens succeed and change nothing", async () => {
    const tokens = await signIn();
    const other = await signIn();
    expect((await gateway.execute(RevokeToken, { token: "not-a-token" }, secretHeader)).data.revokeToken).toMatchObject(
      { success: true },
    );
    await gateway.execute(RevokeToken, { token: tokens.access_token }, secretHeader);
    expect((await gateway.execute(Me, undefined, { authorization: tokens.access_token })).data.me).toMatchObject({
      reason: "revoked",
    });
    expect((await gateway.execute(Me, undefined, { authorization: other.access_token })).data.me.__typename).toBe(
      "User",
    );
  });

  it("refuses a caller without the application's secret", async () => {
    const tokens = await signIn();
    const { data } = await gateway.execute(RevokeToken, { token: tokens.access_token });
    expect(data.revokeToken).toMatchObject({ __typename: "InvalidClientError" });
    expect((await gateway.execute(Me, undefined, { authorization: tokens.access_token })).data.me.__typename).toBe(
      "User",
    );
  });
});
