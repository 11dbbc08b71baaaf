// A stolen access token must not become a permanent account takeover: what would make it permanent (a first
// password, a new address, an address change) needs a recent sign-in or a proof of the old address, and a password
// change ends every other session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { BindEmail, UpdatePassword, VerifyUpdateEmailRequest } from "./account-documents.ts";
import { Me, SignInByAccountPassword } from "./documents.ts";
import { DevOutbox, SendEmail, SignInByEmailPasscode } from "./passcode-documents.ts";
import { RefreshToken } from "./session-documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-12-01T10:00:00Z"));
const elevenMinutes = 11 * 60_000;

beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
});
afterAll(() => gateway?.close());

async function code(channel: string, email: string) {
  clock.advance(61_000);
  const sent = await gateway.execute(SendEmail, { channel: channel as never, email });
  if (sent.data.sendEmail.__typename !== "PasscodeSent") throw new Error(JSON.stringify(sent.data));
  const outbox = await gateway.execute(DevOutbox, { recipient: email });
  if (outbox.data.devOutbox.__typename !== "DevOutbox") throw new Error("no outbox");
  return /(\d{6})/.exec(outbox.data.devOutbox.messages[0]!.text)![1]!;
}

async function passwordSession(account: string, password = defaultPassword) {
  const { data } = await gateway.execute(SignInByAccountPassword, {
    account,
    password,
    options: { scope: "openid offline_access" },
  });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
  return data.signInByAccountPassword.tokenSet;
}

describe("a stolen session", () => {
  it("cannot set a first password on a passcode-only account unless it signed in within the last minutes", async () => {
    await createUser(gateway, { email: "passcode-only@example.com", password: null });
    const passCode = await code("CHANNEL_LOGIN", "passcode-only@example.com");
    const { data } = await gateway.execute(SignInByEmailPasscode, { email: "passcode-only@example.com", passCode });
    if (data.signInByEmailPasscode.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    const stolen = { authorization: data.signInByEmailPasscode.tokenSet.access_token };
    clock.advance(elevenMinutes);
    const attack = await gateway.execute(UpdatePassword, { newPassword: "the thief's passphrase" }, stolen);
    expect(attack.data.updatePassword).toMatchObject({
      __typename: "ReauthenticationRequiredError",
      apiCode: 2213,
      statusCode: 403,
    });
    const me = await gateway.db.user.findFirstOrThrow({
      where: { userPoolId: gateway.pool.id, email: "passcode-only@example.com" },
    });
    expect(me.passwordHash).toBeNull();
  });

  it("cannot bind the thief's email to an account that has none", async () => {
    await createUser(gateway, { username: "no-email-yet" });
    const stolen = { authorization: (await passwordSession("no-email-yet")).access_token };
    clock.advance(elevenMinutes);
    const passCode = await code("CHANNEL_BIND_EMAIL", "thief@example.com");
    const attack = await gateway.execute(BindEmail, { email: "thief@example.com", passCode }, stolen);
    expect(attack.data.bindEmail).toMatchObject({ __typename: "ReauthenticationRequiredError" });
    // Signed in just now, the owner binds an address of their own.
    const fresh = { authorization: (await passwordSession("no-email-yet")).access_token };
    const ownCode = await code("CHANNEL_BIND_EMAIL", "owner@example.com");
    const own = await gateway.execute(BindEmail, { email: "owner@example.com", passCode: ownCode }, fresh);
    expect(own.data.bindEmail).toMatchObject({ __typename: "User", email: "owner@example.com" });
  });

  it("cannot move the email to the thief's address without a passcode to the old one (on by default)", async () => {
    await createUser(gateway, { username: "has-email", email: "has-email@example.com" });
    const stolen = { authorization: (await passwordSession("has-email")).access_token };
    const passCode = await code("CHANNEL_UPDATE_EMAIL", "thief2@example.com");
    const attack = await gateway.execute(
      VerifyUpdateEmailRequest,
      { newEmail: "thief2@example.com", newEmailPassCode: passCode },
      stolen,
    );
    expect(attack.data.verifyUpdateEmailRequest).toMatchObject({
      __typename: "InvalidInputError",
      field: "oldEmailPassCode",
    });
  });

  it("is signed out when the owner changes the password; the owner's own session stays", async () => {
    await createUser(gateway, { username: "changes-password" });
    const thief = await passwordSession("changes-password");
    const owner = await passwordSession("changes-password");
    const changed = await gateway.execute(
      UpdatePassword,
      { newPassword: "a new long passphrase", oldPassword: defaultPassword },
      { authorization: owner.access_token },
    );
    expect(changed.data.updatePassword.__typename).toBe("Success");
    expect((await gateway.execute(Me, undefined, { authorization: thief.access_token })).data.me).toMatchObject({
      __typename: "NotAuthenticatedError",
      reason: "revoked",
    });
    expect(
      (await gateway.execute(RefreshToken, { refreshToken: thief.refresh_token! })).data.refreshToken.__typename,
    ).toBe("InvalidGrantError");
    expect((await gateway.execute(Me, undefined, { authorization: owner.access_token })).data.me.__typename).toBe(
      "User",
    );
    expect(
      (await gateway.execute(RefreshToken, { refreshToken: owner.refresh_token! })).data.refreshToken.__typename,
    ).toBe("TokenSet");
  });
});
