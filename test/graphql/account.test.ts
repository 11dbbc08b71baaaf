import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { MessageCatchers } from "../helpers/message-catchers.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import {
  BindEmail,
  BindPhone,
  DeleteAccount,
  ResetPassword,
  UnbindEmail,
  UnbindPhone,
  UpdateEmail,
  UpdatePassword,
  UpdatePhone,
  UpdateProfile,
  VerifyDeleteAccountRequest,
  VerifyResetPasswordRequest,
  VerifyUpdateEmailRequest,
  VerifyUpdatePhoneRequest,
} from "./account-documents.ts";
import { Me, SignInByAccountPassword } from "./documents.ts";
import { DevOutbox, SendEmail, SendSms, SignInByEmailPasscode, SignUpByEmailPasscode } from "./passcode-documents.ts";

let gateway: TestGateway;
let catchers: MessageCatchers;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));

beforeAll(async () => {
  catchers = await MessageCatchers.start();
  // Old-address proofs are off here (the default is on), so each flow's own steps are tested alone; with them
  // off, identifier changes need a recent sign-in, which signIn() before each change provides.
  gateway = await TestGateway.start({
    clock,
    delivery: (db) => catchers.delivery(db),
    pool: { verifyOldIdentifierOnUpdate: false },
  });
});
afterAll(async () => {
  await gateway.close();
  await catchers.close();
});
beforeEach(() => clock.advance(2 * 3_600_000));

async function signIn(account: string, password = defaultPassword) {
  const { data } = await gateway.execute(SignInByAccountPassword, {
    account,
    password,
    options: { scope: "openid profile offline_access" },
  });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess")
    throw new Error(`sign-in failed: ${JSON.stringify(data)}`);
  return { authorization: data.signInByAccountPassword.tokenSet.access_token };
}

async function emailCode(channel: string, email: string) {
  const { data } = await gateway.execute(SendEmail, { channel: channel as never, email });
  if (data.sendEmail.__typename !== "PasscodeSent") throw new Error(`send failed: ${JSON.stringify(data)}`);
  return catchers.emailCode(email.toLowerCase());
}

async function smsCode(channel: string, phoneNumber: string) {
  const { data } = await gateway.execute(SendSms, { channel: channel as never, phoneNumber });
  if (data.sendSms.__typename !== "PasscodeSent") throw new Error(`send failed: ${JSON.stringify(data)}`);
  return catchers.smsCode(phoneNumber);
}

describe("email and phone bindings", () => {
  it("binds an email proven by a passcode, and refuses one another account has proven (only once the code is right)", async () => {
    await createUser(gateway, { username: "sam" });
    await createUser(gateway, { username: "taken", email: "taken@example.com", verified: { email: true } });
    const auth = await signIn("sam");

    // A wrong code says nothing about the address.
    const probe = await gateway.execute(BindEmail, { email: "taken@example.com", passCode: "000000" }, auth);
    expect(probe.data.bindEmail).toMatchObject({ __typename: "PasscodeIncorrectError" });

    const takenCode = await emailCode("CHANNEL_BIND_EMAIL", "taken@example.com");
    const refused = await gateway.execute(BindEmail, { email: "taken@example.com", passCode: takenCode }, auth);
    expect(refused.data.bindEmail).toMatchObject({ __typename: "UserExistsError", apiCode: 2026 });

    const passCode = await emailCode("CHANNEL_BIND_EMAIL", "sam@example.com");
    const bound = await gateway.execute(BindEmail, { email: "Sam@Example.com", passCode }, auth);
    expect(bound.data.bindEmail).toMatchObject({ __typename: "User", email: "sam@example.com", emailVerified: true });

    const again = await gateway.execute(BindEmail, { email: "other@example.com", passCode: "123456" }, auth);
    expect(again.data.bindEmail).toMatchObject({ __typename: "AlreadyBoundError", apiCode: 2035 });
  });

  it("needs a signed-in user", async () => {
    const { data } = await gateway.execute(BindEmail, { email: "x@example.com", passCode: "123456" });
    expect(data.bindEmail).toMatchObject({ __typename: "NotAuthenticatedError", statusCode: 401, apiCode: 2020 });
  });

  it("binds and unbinds a phone; unbinding the only sign-in method is refused", async () => {
    await gateway.execute(SendEmail, { channel: "CHANNEL_REGISTER", email: "uma@example.com" });
    const registered = await gateway.execute(SignUpByEmailPasscode, {
      email: "uma@example.com",
      passCode: catchers.emailCode("uma@example.com"),
    });
    expect(registered.data.signUpByEmailPasscode.__typename).toBe("User");
    // Uma has no password: she signs in with an email passcode.
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "uma@example.com" });
    const { data: signedIn } = await gateway.execute(SignInByEmailPasscode, {
      email: "uma@example.com",
      passCode: catchers.emailCode("uma@example.com"),
    });
    if (signedIn.signInByEmailPasscode.__typename !== "SignInSuccess") throw new Error(JSON.stringify(signedIn));
    const auth = { authorization: signedIn.signInByEmailPasscode.tokenSet.access_token };

    const onlyWayIn = await gateway.execute(
      UnbindEmail,
      { passCode: await emailCode("CHANNEL_UNBIND_EMAIL", "uma@example.com") },
      auth,
    );
    expect(onlyWayIn.data.unbindEmail).toMatchObject({ __typename: "LastSignInMethodError", apiCode: 2310 });

    const bound = await gateway.execute(
      BindPhone,
      { phoneNumber: "13600000001", passCode: await smsCode("CHANNEL_BIND_PHONE", "13600000001") },
      auth,
    );
    expect(bound.data.bindPhone).toMatchObject({
      __typename: "User",
      phone: "13600000001",
      phoneCountryCode: "+86",
      phoneVerified: true,
    });

    clock.advance(61_000);
    const unboundEmail = await gateway.execute(
      UnbindEmail,
      { passCode: await emailCode("CHANNEL_UNBIND_EMAIL", "uma@example.com") },
      auth,
    );
    expect(unboundEmail.data.unbindEmail).toMatchObject({ __typename: "User", email: null, emailVerified: false });

    const lastPhone = await gateway.execute(
      UnbindPhone,
      { passCode: await smsCode("CHANNEL_UNBIND_PHONE", "13600000001") },
      auth,
    );
    expect(lastPhone.data.unbindPhone).toMatchObject({ __typename: "LastSignInMethodError" });
    const stillThere = await gateway.db.user.findFirstOrThrow({ where: { phone: "13600000001" } });
    expect(stillThere.phoneVerified).toBe(true);
  });
});

describe("changing email and phone", () => {
  it("verifyUpdateEmailRequest then updateEmail; the token is single use", async () => {
    await createUser(gateway, { username: "vera", email: "vera@example.com" });
    const auth = await signIn("vera");
    const passCode = await emailCode("CHANNEL_UPDATE_EMAIL", "vera.new@example.com");
    const wrongCode = await gateway.execute(
      VerifyUpdateEmailRequest,
      { newEmail: "vera.new@example.com", newEmailPassCode: "000000" },
      auth,
    );
    expect(wrongCode.data.verifyUpdateEmailRequest.__typename).toBe("PasscodeIncorrectError");
    const ticket = await gateway.execute(
      VerifyUpdateEmailRequest,
      { newEmail: "vera.new@example.com", newEmailPassCode: passCode },
      auth,
    );
    if (ticket.data.verifyUpdateEmailRequest.__typename !== "UpdateEmailTicket")
      throw new Error(JSON.stringify(ticket.data));
    expect(ticket.data.verifyUpdateEmailRequest.tokenExpiresIn).toBe(600);
    const { updateEmailToken } = ticket.data.verifyUpdateEmailRequest;
    const updated = await gateway.execute(UpdateEmail, { updateEmailToken }, auth);
    expect(updated.data.updateEmail).toMatchObject({
      __typename: "User",
      email: "vera.new@example.com",
      emailVerified: true,
    });
    const replay = await gateway.execute(UpdateEmail, { updateEmailToken }, auth);
    expect(replay.data.updateEmail).toMatchObject({ __typename: "VerificationTicketError", apiCode: 2311 });
  });

  it("asks for the old email's passcode too when the pool requires it; a ticket expires", async () => {
    await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { verifyOldIdentifierOnUpdate: true } });
    try {
      await createUser(gateway, { username: "wes", email: "wes@example.com" });
      const auth = await signIn("wes");
      const newCode = await emailCode("CHANNEL_UPDATE_EMAIL", "wes.new@example.com");
      const withoutOld = await gateway.execute(
        VerifyUpdateEmailRequest,
        { newEmail: "wes.new@example.com", newEmailPassCode: newCode },
        auth,
      );
      expect(withoutOld.data.verifyUpdateEmailRequest).toMatchObject({
        __typename: "InvalidInputError",
        field: "oldEmailPassCode",
      });
      const oldCode = await emailCode("CHANNEL_UPDATE_EMAIL", "wes@example.com");
      const ticket = await gateway.execute(
        VerifyUpdateEmailRequest,
        { newEmail: "wes.new@example.com", newEmailPassCode: newCode, oldEmailPassCode: oldCode },
        auth,
      );
      if (ticket.data.verifyUpdateEmailRequest.__typename !== "UpdateEmailTicket")
        throw new Error(JSON.stringify(ticket.data));
      clock.advance(601_000);
      const late = await gateway.execute(
        UpdateEmail,
        { updateEmailToken: ticket.data.verifyUpdateEmailRequest.updateEmailToken },
        await signIn("wes"),
      );
      expect(late.data.updateEmail).toMatchObject({ __typename: "VerificationTicketError" });
    } finally {
      await gateway.db.userPool.update({
        where: { id: gateway.pool.id },
        data: { verifyOldIdentifierOnUpdate: false },
      });
    }
  });

  it("verifyUpdatePhoneRequest then updatePhone; another user's token is refused", async () => {
    await createUser(gateway, { username: "xena", phone: "13600000002" });
    await createUser(gateway, { username: "yuri" });
    const auth = await signIn("xena");
    const ticket = await gateway.execute(
      VerifyUpdatePhoneRequest,
      { newPhoneNumber: "13600000003", newPhonePassCode: await smsCode("CHANNEL_UPDATE_PHONE", "13600000003") },
      auth,
    );
    if (ticket.data.verifyUpdatePhoneRequest.__typename !== "UpdatePhoneTicket")
      throw new Error(JSON.stringify(ticket.data));
    const { updatePhoneToken } = ticket.data.verifyUpdatePhoneRequest;
    const stolen = await gateway.execute(UpdatePhone, { updatePhoneToken }, await signIn("yuri"));
    expect(stolen.data.updatePhone).toMatchObject({ __typename: "VerificationTicketError" });
    const updated = await gateway.execute(UpdatePhone, { updatePhoneToken }, auth);
    expect(updated.data.updatePhone).toMatchObject({ __typename: "User", phone: "13600000003", phoneVerified: true });
  });
});

describe("password and profile", () => {
  it("updatePassword needs the current password (2203) and applies the policy", async () => {
    await createUser(gateway, { username: "zoe" });
    const auth = await signIn("zoe");
    const missing = await gateway.execute(UpdatePassword, { newPassword: "another long passphrase" }, auth);
    expect(missing.data.updatePassword).toMatchObject({ __typename: "InvalidInputError" });
    const wrong = await gateway.execute(
      UpdatePassword,
      { newPassword: "another long passphrase", oldPassword: "not my password" },
      auth,
    );
    expect(wrong.data.updatePassword).toMatchObject({ __typename: "OldPasswordIncorrectError", apiCode: 2203 });
    const weak = await gateway.execute(UpdatePassword, { newPassword: "password", oldPassword: defaultPassword }, auth);
    expect(weak.data.updatePassword).toMatchObject({ __typename: "PasswordPolicyError" });
    const ok = await gateway.execute(
      UpdatePassword,
      { newPassword: "another long passphrase", oldPassword: defaultPassword },
      auth,
    );
    expect(ok.data.updatePassword).toEqual({ __typename: "Success", success: true });
    await signIn("zoe", "another long passphrase");
  });

  it("updateProfile changes editable fields, validates them and keeps usernames unique", async () => {
    await createUser(gateway, { username: "abe", email: "abe@example.com" });
    await createUser(gateway, { username: "abe-taken" });
    const auth = await signIn("abe");
    const ok = await gateway.execute(
      UpdateProfile,
      { profile: { nickname: "Abe", birthdate: "1980-01-31", gender: "M", website: "https://abe.example" } },
      auth,
    );
    expect(ok.data.updateProfile).toMatchObject({
      __typename: "User",
      nickname: "Abe",
      birthdate: "1980-01-31",
      gender: "M",
      email: "abe@example.com",
    });
    const bad = await gateway.execute(UpdateProfile, { profile: { birthdate: "31/01/1980" } }, auth);
    expect(bad.data.updateProfile).toMatchObject({ __typename: "InvalidInputError", field: "birthdate" });
    const taken = await gateway.execute(UpdateProfile, { profile: { username: "abe-taken" } }, auth);
    expect(taken.data.updateProfile).toMatchObject({ __typename: "UserExistsError", apiCode: 2034 });
    const unchanged = await gateway.db.user.findFirstOrThrow({ where: { username: "abe" } });
    expect(unchanged.nickname).toBe("Abe");
  });
});

describe("password reset", () => {
  it("resets by email passcode and signs the user out everywhere", async () => {
    const user = await createUser(gateway, { username: "bea", email: "bea@example.com" });
    const before = await signIn("bea");
    expect((await gateway.execute(Me, undefined, before)).data.me.__typename).toBe("User");

    const passCode = await emailCode("CHANNEL_RESET_PASSWORD", "bea@example.com");
    const ticket = await gateway.execute(VerifyResetPasswordRequest, {
      verifyMethod: "EMAIL_PASSCODE",
      email: "bea@example.com",
      passCode,
    });
    if (ticket.data.verifyResetPasswordRequest.__typename !== "PasswordResetTicket")
      throw new Error(JSON.stringify(ticket.data));
    const { passwordResetToken } = ticket.data.verifyResetPasswordRequest;

    // A weak password is refused without spending the ticket.
    const weak = await gateway.execute(ResetPassword, { password: "short", passwordResetToken });
    expect(weak.data.resetPassword).toMatchObject({ __typename: "PasswordPolicyError", reason: "TOO_SHORT" });
    const reset = await gateway.execute(ResetPassword, { password: "a brand new passphrase", passwordResetToken });
    expect(reset.data.resetPassword).toEqual({ __typename: "Success", success: true });
    const replay = await gateway.execute(ResetPassword, { password: "yet another passphrase", passwordResetToken });
    expect(replay.data.resetPassword).toMatchObject({ __typename: "VerificationTicketError", apiCode: 2311 });

    const after = await gateway.execute(Me, undefined, before);
    expect(after.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "revoked" });
    expect(await gateway.db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await gateway.db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const oldPassword = await gateway.execute(SignInByAccountPassword, { account: "bea", password: defaultPassword });
    expect(oldPassword.data.signInByAccountPassword.__typename).toBe("InvalidCredentialsError");
    const fresh = await signIn("bea", "a brand new passphrase");
    expect((await gateway.execute(Me, undefined, fresh)).data.me.__typename).toBe("User");
  });

  it("a reset for an address with no account is a typed error after the code", async () => {
    const passCode = await smsCode("CHANNEL_RESET_PASSWORD", "13600000009");
    const { data } = await gateway.execute(VerifyResetPasswordRequest, {
      verifyMethod: "PHONE_PASSCODE",
      phoneNumber: "13600000009",
      passCode,
    });
    expect(data.verifyResetPasswordRequest).toMatchObject({ __typename: "UserNotFoundError", apiCode: 2004 });
  });
});

describe("account deletion", () => {
  it("verifyDeleteAccountRequest with the password, then deleteAccount; tokens stop working", async () => {
    const user = await createUser(gateway, { username: "cy" });
    const auth = await signIn("cy");
    const wrong = await gateway.execute(
      VerifyDeleteAccountRequest,
      { verifyMethod: "PASSWORD", password: "not it at all" },
      auth,
    );
    expect(wrong.data.verifyDeleteAccountRequest).toMatchObject({ __typename: "OldPasswordIncorrectError" });
    const ticket = await gateway.execute(
      VerifyDeleteAccountRequest,
      { verifyMethod: "PASSWORD", password: defaultPassword },
      auth,
    );
    if (ticket.data.verifyDeleteAccountRequest.__typename !== "DeleteAccountTicket")
      throw new Error(JSON.stringify(ticket.data));
    const deleted = await gateway.execute(
      DeleteAccount,
      { deleteAccountToken: ticket.data.verifyDeleteAccountRequest.deleteAccountToken },
      auth,
    );
    expect(deleted.data.deleteAccount).toEqual({ __typename: "Success", success: true });
    expect(await gateway.db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await gateway.db.refreshToken.count({ where: { userId: user.id } })).toBe(0);
    expect((await gateway.execute(Me, undefined, auth)).data.me).toMatchObject({ __typename: "NotAuthenticatedError" });
  });

  it("by email passcode", async () => {
    await createUser(gateway, { username: "dee", email: "dee@example.com" });
    const auth = await signIn("dee");
    const passCode = await emailCode("CHANNEL_DELETE_ACCOUNT", "dee@example.com");
    const ticket = await gateway.execute(
      VerifyDeleteAccountRequest,
      { verifyMethod: "EMAIL_PASSCODE", passCode },
      auth,
    );
    expect(ticket.data.verifyDeleteAccountRequest.__typename).toBe("DeleteAccountTicket");
  });
});

describe("devOutbox", () => {
  it("reads the development outbox when delivery is the outbox, and is forbidden otherwise", async () => {
    const dev = await TestGateway.start();
    try {
      await dev.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "dev@example.com" });
      const { data } = await dev.execute(DevOutbox, { recipient: "dev@example.com" });
      expect(data.devOutbox).toMatchObject({
        __typename: "DevOutbox",
        messages: [{ transport: "EMAIL", channel: "CHANNEL_LOGIN" }],
      });
      if (data.devOutbox.__typename === "DevOutbox") expect(data.devOutbox.messages[0]!.text).toMatch(/\d{6}/);
    } finally {
      await dev.close();
    }
    const { createApp } = await import("../../src/app.ts");
    const { silentLog, testAppConfig } = await import("../helpers/gateway.ts");
    const production = createApp({
      config: { ...testAppConfig, devOutboxQuery: false },
      identity: gateway.identity,
      log: silentLog,
    });
    const response = await production.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
      body: JSON.stringify({
        query: 'query { devOutbox(recipient: "dev@example.com") { __typename ... on Error { apiCode } } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { devOutbox: { __typename: "ForbiddenError", apiCode: 1001 } } });
  });
});
