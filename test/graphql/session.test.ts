import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { InvalidGrantError } from "../../src/identity/errors.ts";
import { concurrentRefreshGraceMs } from "../../src/identity/tokens/token-service.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword } from "./documents.ts";
import { CheckLoginStatus, Logout, RefreshToken } from "./session-documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
let userId: string;

beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
  userId = (await createUser(gateway, { username: "rory" })).id;
});
afterAll(() => gateway.close());

async function signIn(scope = "openid profile offline_access") {
  const { data } = await gateway.execute(SignInByAccountPassword, {
    account: "rory",
    password: defaultPassword,
    options: { scope },
  });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
  return data.signInByAccountPassword.tokenSet;
}

async function refresh(refreshToken: string) {
  return (await gateway.execute(RefreshToken, { refreshToken })).data.refreshToken;
}

describe("refreshToken", () => {
  it("rotates: a new token set and refresh token each use, the same session, the old token spent", async () => {
    const first = await signIn();
    clock.advance(60_000);
    const second = await refresh(first.refresh_token!);
    if (second.__typename !== "TokenSet") throw new Error(JSON.stringify(second));
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.scope).toBe("openid profile offline_access");
    expect(decodeJwt(second.access_token).sid).toBe(decodeJwt(first.access_token).sid);
    expect(decodeJwt(second.access_token).iat).toBe(decodeJwt(first.access_token).iat! + 60);
    expect(decodeJwt(second.id_token).auth_time).toBe(decodeJwt(first.id_token).auth_time);
    const third = await refresh(second.refresh_token!);
    expect(third.__typename).toBe("TokenSet");
  });

  it("reuse of a spent token revokes the whole session: every refresh token and access token of it", async () => {
    const first = await signIn();
    const second = await refresh(first.refresh_token!);
    if (second.__typename !== "TokenSet") throw new Error(JSON.stringify(second));
    clock.advance(concurrentRefreshGraceMs);
    const replay = await refresh(first.refresh_token!);
    expect(replay).toMatchObject({ __typename: "InvalidGrantError", apiCode: 2206, statusCode: 400 });
    expect(await refresh(second.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
    const me = await gateway.execute(Me, undefined, { authorization: second.access_token });
    expect(me.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "revoked" });
    const other = await signIn();
    expect((await gateway.execute(Me, undefined, { authorization: other.access_token })).data.me.__typename).toBe(
      "User",
    );
  });

  it("a spent token replayed with a scope is still a replay: the session is revoked, not merely refused for its scope", async () => {
    const first = await signIn();
    const second = await refresh(first.refresh_token!);
    if (second.__typename !== "TokenSet") throw new Error(JSON.stringify(second));
    clock.advance(concurrentRefreshGraceMs);
    const replay = gateway.identity.tokens.refreshTokenSet(gateway.application, first.refresh_token!, [
      "openid",
      "roles",
    ]);
    await expect(replay).rejects.toBeInstanceOf(InvalidGrantError);
    expect(await refresh(second.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
  });

  it("a refresh that lost the race to a parallel one is refused and revokes nothing: the winner's tokens keep working", async () => {
    const first = await signIn();
    const winner = await refresh(first.refresh_token!);
    if (winner.__typename !== "TokenSet") throw new Error(JSON.stringify(winner));
    clock.advance(concurrentRefreshGraceMs - 1000);
    expect(await refresh(first.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
    expect((await gateway.execute(Me, undefined, { authorization: winner.access_token })).data.me.__typename).toBe(
      "User",
    );
    const next = await refresh(winner.refresh_token!);
    expect(next.__typename).toBe("TokenSet");
  });

  it("is refused for another application, an unknown token, and without offline_access there is none", async () => {
    const tokens = await signIn();
    const other = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "other app" });
    const foreign = await gateway.execute(
      RefreshToken,
      { refreshToken: tokens.refresh_token! },
      { "x-authing-app-id": other.application.appId },
    );
    expect(foreign.data.refreshToken).toMatchObject({ __typename: "InvalidGrantError" });
    expect(await refresh("not-a-token")).toMatchObject({ __typename: "InvalidGrantError" });
    expect(await refresh("")).toMatchObject({ __typename: "InvalidInputError" });
    expect((await signIn("openid profile")).refresh_token).toBeNull();
    // The foreign attempt did not spend the token.
    expect((await refresh(tokens.refresh_token!)).__typename).toBe("TokenSet");
  });

  it("expires after the idle lifetime, and never outlives the session's absolute lifetime", async () => {
    await gateway.db.application.update({
      where: { id: gateway.application.id },
      data: { refreshTokenIdleLifetimeSecs: 3600, refreshTokenLifetimeSecs: 3 * 3600 },
    });
    try {
      const idle = await signIn();
      clock.advance(3601_000);
      expect(await refresh(idle.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });

      let current = (await signIn()).refresh_token!;
      for (let hop = 0; hop < 5; hop++) {
        clock.advance(3000_000);
        const next = await refresh(current);
        if (hop < 3) {
          if (next.__typename !== "TokenSet") throw new Error(`hop ${hop}: ${JSON.stringify(next)}`);
          current = next.refresh_token!;
        } else {
          // 3 h after sign-in the session itself has ended, however often it was refreshed.
          expect(next).toMatchObject({ __typename: "InvalidGrantError" });
          break;
        }
      }
    } finally {
      await gateway.db.application.update({
        where: { id: gateway.application.id },
        data: { refreshTokenIdleLifetimeSecs: 1209600, refreshTokenLifetimeSecs: 2592000 },
      });
    }
  });

  it("stops working once the user is suspended", async () => {
    const tokens = await signIn();
    await gateway.db.user.update({ where: { id: userId }, data: { status: "Suspended" } });
    try {
      expect(await refresh(tokens.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
    } finally {
      await gateway.db.user.update({ where: { id: userId }, data: { status: "Activated" } });
    }
  });
});

describe("logout and checkLoginStatus", () => {
  it("checkLoginStatus says active for a good token and why not otherwise", async () => {
    const tokens = await signIn();
    const active = await gateway.execute(CheckLoginStatus, { token: tokens.access_token });
    expect(active.data.checkLoginStatus).toMatchObject({
      active: true,
      reason: null,
      sub: userId,
      clientId: gateway.application.appId,
      scope: "openid profile offline_access",
    });
    expect((await gateway.execute(CheckLoginStatus, { token: "garbage" })).data.checkLoginStatus).toMatchObject({
      active: false,
      reason: "invalid",
    });
    clock.advance(7201_000);
    expect(
      (await gateway.execute(CheckLoginStatus, { token: tokens.access_token })).data.checkLoginStatus,
    ).toMatchObject({ active: false, reason: "expired" });
  });

  it("logout ends the session: its access token and refresh token stop working; other sessions live on", async () => {
    const mine = await signIn();
    const elsewhere = await signIn();
    const out = await gateway.execute(Logout, undefined, { authorization: mine.access_token });
    expect(out.data.logout).toEqual({ __typename: "Success", success: true });
    expect((await gateway.execute(Me, undefined, { authorization: mine.access_token })).data.me).toMatchObject({
      reason: "revoked",
    });
    expect((await gateway.execute(CheckLoginStatus, { token: mine.access_token })).data.checkLoginStatus).toMatchObject(
      { active: false, reason: "revoked" },
    );
    expect(await refresh(mine.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
    expect((await gateway.execute(Me, undefined, { authorization: elsewhere.access_token })).data.me.__typename).toBe(
      "User",
    );
  });

  it("logout everywhere ends every session and refuses every earlier access token", async () => {
    const first = await signIn();
    const second = await signIn();
    clock.advance(1_000);
    const out = await gateway.execute(Logout, { everywhere: true }, { authorization: first.access_token });
    expect(out.data.logout).toEqual({ __typename: "Success", success: true });
    for (const tokens of [first, second]) {
      expect((await gateway.execute(Me, undefined, { authorization: tokens.access_token })).data.me).toMatchObject({
        reason: "revoked",
      });
      expect(await refresh(tokens.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
    }
    clock.advance(1_000);
    const fresh = await signIn();
    expect((await gateway.execute(Me, undefined, { authorization: fresh.access_token })).data.me.__typename).toBe(
      "User",
    );
  });

  it("a suspension refuses earlier tokens for good: re-activation does not revive them", async () => {
    const before = await signIn();
    await gateway.identity.sessions.setUserStatus(userId, "Suspended");
    expect((await gateway.execute(Me, undefined, { authorization: before.access_token })).data.me).toMatchObject({
      reason: "revoked",
    });
    clock.advance(1_000);
    await gateway.identity.sessions.setUserStatus(userId, "Activated");
    expect((await gateway.execute(Me, undefined, { authorization: before.access_token })).data.me).toMatchObject({
      reason: "revoked",
    });
    expect(await refresh(before.refresh_token!)).toMatchObject({ __typename: "InvalidGrantError" });
    clock.advance(1_000);
    const after = await signIn();
    expect((await gateway.execute(Me, undefined, { authorization: after.access_token })).data.me.__typename).toBe(
      "User",
    );
  });

  it("logout without a token is a typed error", async () => {
    const { data } = await gateway.execute(Logout);
    expect(data.logout).toMatchObject({ __typename: "NotAuthenticatedError", apiCode: 2020 });
  });
});
