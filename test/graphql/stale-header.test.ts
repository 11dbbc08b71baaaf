// Clients attach their Authorization header to every call. An expired, revoked or garbage token must not block
// what needs no user (refreshing, signing in or up, getSystemInfo): exactly when a token expires, the client must
// be able to refresh it. Fields that need a user answer NotAuthenticatedError with the reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword, SignUpByUsernamePassword } from "./documents.ts";
import { RefreshToken } from "./session-documents.ts";
import { GetSystemInfo } from "./security-documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-12-01T15:00:00Z"));
beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
  await createUser(gateway, { username: "stale" });
});
afterAll(() => gateway?.close());

describe("a stale Authorization header", () => {
  it("does not block refreshing, signing in or up, or getSystemInfo; me says why it is refused", async () => {
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "stale",
      password: defaultPassword,
      options: { scope: "openid offline_access" },
    });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    const { access_token, refresh_token } = data.signInByAccountPassword.tokenSet;
    clock.advance(7201_000);
    for (const authorization of [`Bearer ${access_token}`, "Bearer garbage.token.here", access_token]) {
      const headers = { authorization };
      const me = await gateway.execute(Me, undefined, headers);
      expect(me.status).toBe(200);
      expect(me.data.me).toMatchObject({ __typename: "NotAuthenticatedError" });
      expect((await gateway.execute(GetSystemInfo, undefined, headers)).data.getSystemInfo.__typename).toBe(
        "SystemInfo",
      );
      const signIn = await gateway.execute(
        SignInByAccountPassword,
        { account: "stale", password: defaultPassword },
        headers,
      );
      expect(signIn.data.signInByAccountPassword.__typename).toBe("SignInSuccess");
    }
    const expired = { authorization: `Bearer ${access_token}` };
    expect((await gateway.execute(Me, undefined, expired)).data.me).toMatchObject({ reason: "expired", apiCode: 2206 });
    const refreshed = await gateway.execute(RefreshToken, { refreshToken: refresh_token! }, expired);
    expect(refreshed.status).toBe(200);
    expect(refreshed.data.refreshToken.__typename).toBe("TokenSet");
    const signUp = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "newcomer", password: defaultPassword },
      expired,
    );
    expect(signUp.data.signUpByUsernamePassword.__typename).toBe("User");
  });
});
