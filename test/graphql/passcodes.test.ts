import { createHash, randomBytes } from "node:crypto";
import { passcodeDigest, passcodeDigestKey } from "../../src/identity/passcodes/passcode-service.ts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { MessageCatchers } from "../helpers/message-catchers.ts";
import {
  GenericSignUp,
  SendEmail,
  SendSms,
  SignInByEmailPasscode,
  SignInByPhonePasscode,
  SignUpByEmailPasscode,
  SignUpByPhonePasscode,
} from "./passcode-documents.ts";

let gateway: TestGateway;
let catchers: MessageCatchers;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));

beforeAll(async () => {
  catchers = await MessageCatchers.start();
  gateway = await TestGateway.start({ clock, delivery: (db) => catchers.delivery(db) });
});
afterAll(async () => {
  await gateway.close();
  await catchers.close();
});
beforeEach(() => {
  catchers.failing = false;
  // Each test starts after every earlier send window and hourly window has passed.
  clock.advance(2 * 3_600_000);
});

const passcodeRows = (recipient: string) =>
  gateway.db.passcode.count({ where: { userPoolId: gateway.pool.id, recipient } });

describe("sendEmail over SMTP", () => {
  it("delivers a 6-digit code in text and HTML, in the caller's language, stored only as a hash", async () => {
    const { data } = await gateway.execute(SendEmail, { channel: "CHANNEL_REGISTER", email: "Kim@Example.com" });
    expect(data.sendEmail).toEqual({ __typename: "PasscodeSent", expiresIn: 60 });
    const mail = catchers.emails.at(-1)!;
    expect(mail.to).toBe("kim@example.com");
    expect(mail.subject).toMatch(/^Your code to create your account: \d{6}$/);
    const code = catchers.emailCode("kim@example.com");
    expect(mail.html).toContain(`<strong style="font-size:1.4em;letter-spacing:0.2em">${code}</strong>`);
    const rows = await gateway.db.passcode.findMany({ where: { recipient: "kim@example.com" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).not.toContain(code);
    // A keyed digest: the salt and the code alone (what a leaked table gives) do not reproduce it.
    const [, salt] = rows[0]!.codeHash.split("$");
    const unkeyed = createHash("sha256").update(`${salt}:${code}`).digest("base64url");
    expect(rows[0]!.codeHash).not.toContain(unkeyed);
    expect(rows[0]!.codeHash).not.toBe(passcodeDigest(passcodeDigestKey(randomBytes(32)), salt!, code));
    expect(rows[0]!.codeHash).toBe(passcodeDigest(passcodeDigestKey(null), salt!, code));

    await gateway.execute(
      SendEmail,
      { channel: "CHANNEL_LOGIN", email: "lee@example.com" },
      { "x-authing-lang": "zh-CN" },
    );
    expect(catchers.emails.at(-1)!.text).toMatch(/^您正在登录，验证码为 \d{6}，60 秒内有效。/);
  });

  it("signUpByEmailPasscode registers a verified user with the code, which then is spent", async () => {
    await gateway.execute(SendEmail, { channel: "CHANNEL_REGISTER", email: "mia@example.com" });
    const passCode = catchers.emailCode("mia@example.com");
    const { data } = await gateway.execute(SignUpByEmailPasscode, {
      email: "mia@example.com",
      passCode,
      profile: { nickname: "Mia" },
    });
    expect(data.signUpByEmailPasscode).toMatchObject({
      __typename: "User",
      email: "mia@example.com",
      emailVerified: true,
      nickname: "Mia",
    });
    // The spent code is refused before anything is said about the address.
    const again = await gateway.execute(SignUpByEmailPasscode, { email: "mia@example.com", passCode });
    expect(again.data.signUpByEmailPasscode).toMatchObject({ __typename: "PasscodeIncorrectError", apiCode: 2301 });
  });

  it("a failed SMTP delivery is a typed error (2021) and leaves no code behind", async () => {
    catchers.failing = true;
    const { data } = await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "nobody@example.com" });
    expect(data.sendEmail).toMatchObject({ __typename: "DeliveryFailedError", apiCode: 2021, statusCode: 502 });
    expect(await passcodeRows("nobody@example.com")).toBe(0);
    catchers.failing = false;
    // Not counted as a send: the user may retry at once.
    const retry = await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "nobody@example.com" });
    expect(retry.data.sendEmail.__typename).toBe("PasscodeSent");
  });
});

describe("sendSms through the signed webhook", () => {
  it("posts a signed JSON body; signInByPhonePasscode with autoRegister creates a verified account", async () => {
    const { data } = await gateway.execute(SendSms, { channel: "CHANNEL_LOGIN", phoneNumber: "137 0000 0001" });
    expect(data.sendSms.__typename).toBe("PasscodeSent");
    const sms = catchers.sms.at(-1)!;
    expect(sms.signatureValid).toBe(true);
    expect(sms.body).toMatchObject({
      type: "passcode",
      phoneNumber: "13700000001",
      phoneCountryCode: "+86",
      channel: "CHANNEL_LOGIN",
    });
    expect(sms.body.text).toContain(sms.body.code);

    const passCode = catchers.smsCode("13700000001");
    const refused = await gateway.execute(SignInByPhonePasscode, { phone: "13700000001", passCode: "000000" });
    expect(refused.data.signInByPhonePasscode.__typename).toBe("PasscodeIncorrectError");
    const signedIn = await gateway.execute(SignInByPhonePasscode, {
      phone: "13700000001",
      passCode,
      options: { autoRegister: true },
    });
    expect(signedIn.data.signInByPhonePasscode).toMatchObject({
      __typename: "SignInSuccess",
      user: { phone: "13700000001", phoneVerified: true },
    });
  });

  it("without autoRegister an unknown phone cannot sign in, even with a right code", async () => {
    await gateway.execute(SendSms, { channel: "CHANNEL_LOGIN", phoneNumber: "13700000002" });
    const { data } = await gateway.execute(SignInByPhonePasscode, {
      phone: "13700000002",
      passCode: catchers.smsCode("13700000002"),
    });
    expect(data.signInByPhonePasscode).toMatchObject({ __typename: "InvalidCredentialsError", apiCode: 2333 });
  });

  it("signUpByPhonePasscode with another country code is another number", async () => {
    await gateway.execute(SendSms, { channel: "CHANNEL_REGISTER", phoneNumber: "2025550100", phoneCountryCode: "+1" });
    const passCode = catchers.smsCode("2025550100");
    const wrongCountry = await gateway.execute(SignUpByPhonePasscode, { phone: "2025550100", passCode });
    expect(wrongCountry.data.signUpByPhonePasscode.__typename).toBe("PasscodeIncorrectError");
    const { data } = await gateway.execute(SignUpByPhonePasscode, {
      phone: "2025550100",
      phoneCountryCode: "1",
      passCode,
    });
    expect(data.signUpByPhonePasscode).toMatchObject({
      __typename: "User",
      phoneCountryCode: "+1",
      phoneVerified: true,
    });
  });

  it("a failing webhook is a typed error and leaves no code behind", async () => {
    catchers.failing = true;
    const { data } = await gateway.execute(SendSms, { channel: "CHANNEL_LOGIN", phoneNumber: "13700000003" });
    expect(data.sendSms).toMatchObject({ __typename: "DeliveryFailedError", apiCode: 2021 });
    expect(await passcodeRows("+86 13700000003")).toBe(0);
  });

  it("refuses a channel for the other transport, and malformed recipients", async () => {
    const wrongChannel = await gateway.execute(SendSms, { channel: "CHANNEL_BIND_EMAIL", phoneNumber: "13700000004" });
    expect(wrongChannel.data.sendSms).toMatchObject({ __typename: "InvalidInputError", field: "channel" });
    const badPhone = await gateway.execute(SendSms, { channel: "CHANNEL_LOGIN", phoneNumber: "12ab" });
    expect(badPhone.data.sendSms).toMatchObject({
      __typename: "InvalidInputError",
      field: "phoneNumber",
      apiCode: 2028,
    });
    const badEmail = await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "no-at-sign" });
    expect(badEmail.data.sendEmail).toMatchObject({ __typename: "InvalidInputError", apiCode: 2003 });
    const unknownChannel = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
      body: JSON.stringify({
        query: 'mutation { sendSms(channel: CHANNEL_NOPE, phoneNumber: "13700000004") { __typename } }',
      }),
    });
    expect(unknownChannel.status).toBeLessThan(500);
    expect(await unknownChannel.text()).toMatch(/CHANNEL_NOPE/);
    expect(await passcodeRows("+86 13700000004")).toBe(0);
  });
});

describe("limits", () => {
  it("one send per minute per recipient and channel; a resend replaces the earlier code", async () => {
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "noa@example.com" });
    const first = catchers.emailCode("noa@example.com");
    clock.advance(30_000);
    const tooSoon = await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "noa@example.com" });
    expect(tooSoon.data.sendEmail).toMatchObject({
      __typename: "PasscodeSendLimitError",
      apiCode: 2303,
      retryAfterSeconds: 30,
    });
    const otherChannel = await gateway.execute(SendEmail, {
      channel: "CHANNEL_RESET_PASSWORD",
      email: "noa@example.com",
    });
    expect(otherChannel.data.sendEmail.__typename).toBe("PasscodeSent");
    clock.advance(31_000);
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "noa@example.com" });
    const second = catchers.emailCode("noa@example.com");
    await gateway.db.user.create({ data: { userPoolId: gateway.pool.id, email: "noa@example.com" } });
    if (first !== second) {
      const old = await gateway.execute(SignInByEmailPasscode, { email: "noa@example.com", passCode: first });
      expect(old.data.signInByEmailPasscode.__typename).toBe("PasscodeIncorrectError");
    }
    const current = await gateway.execute(SignInByEmailPasscode, { email: "noa@example.com", passCode: second });
    expect(current.data.signInByEmailPasscode).toMatchObject({
      __typename: "SignInSuccess",
      user: { emailVerified: true },
    });
  });

  it("an hourly cap per recipient across channels", async () => {
    await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { passcodeHourlySendLimit: 3 } });
    try {
      for (let i = 0; i < 3; i++) {
        const sent = await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "omar@example.com" });
        expect(sent.data.sendEmail.__typename).toBe("PasscodeSent");
        clock.advance(61_000);
      }
      const capped = await gateway.execute(SendEmail, { channel: "CHANNEL_REGISTER", email: "omar@example.com" });
      expect(capped.data.sendEmail).toMatchObject({ __typename: "PasscodeSendLimitError", apiCode: 2303 });
      if (capped.data.sendEmail.__typename === "PasscodeSendLimitError") {
        expect(capped.data.sendEmail.retryAfterSeconds).toBe(3600 - 3 * 61);
      }
    } finally {
      await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { passcodeHourlySendLimit: 10 } });
    }
  });

  it("a code expires after 60 s (2300)", async () => {
    await gateway.db.user.create({ data: { userPoolId: gateway.pool.id, email: "pia@example.com" } });
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "pia@example.com" });
    clock.advance(60_001);
    const { data } = await gateway.execute(SignInByEmailPasscode, {
      email: "pia@example.com",
      passCode: catchers.emailCode("pia@example.com"),
    });
    expect(data.signInByEmailPasscode).toMatchObject({
      __typename: "PasscodeExpiredError",
      apiCode: 2300,
      message: "The passcode has expired: request a new one.",
    });
  });

  it("a code is single use and bound to its channel and recipient", async () => {
    await gateway.db.user.create({ data: { userPoolId: gateway.pool.id, email: "quinn@example.com" } });
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "quinn@example.com" });
    const passCode = catchers.emailCode("quinn@example.com");
    const otherRecipient = await gateway.execute(SignInByEmailPasscode, { email: "never-sent@example.com", passCode });
    expect(otherRecipient.data.signInByEmailPasscode.__typename).toBe("PasscodeIncorrectError");
    const otherChannel = await gateway.execute(SignUpByEmailPasscode, { email: "quinn2@example.com", passCode });
    expect(otherChannel.data.signUpByEmailPasscode.__typename).toBe("PasscodeIncorrectError");
    const first = await gateway.execute(SignInByEmailPasscode, { email: "quinn@example.com", passCode });
    expect(first.data.signInByEmailPasscode.__typename).toBe("SignInSuccess");
    const replay = await gateway.execute(SignInByEmailPasscode, { email: "quinn@example.com", passCode });
    expect(replay.data.signInByEmailPasscode).toMatchObject({ __typename: "PasscodeIncorrectError", apiCode: 2301 });
  });

  it("five wrong guesses burn a code; the per-recipient hourly cap survives a resend", async () => {
    await gateway.db.user.create({ data: { userPoolId: gateway.pool.id, email: "ravi@example.com" } });
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "ravi@example.com" });
    const right = catchers.emailCode("ravi@example.com");
    const wrong = right === "111111" ? "222222" : "111111";
    for (let i = 0; i < 5; i++) {
      const guess = await gateway.execute(SignInByEmailPasscode, { email: "ravi@example.com", passCode: wrong });
      expect(guess.data.signInByEmailPasscode.__typename).toBe("PasscodeIncorrectError");
    }
    const burnt = await gateway.execute(SignInByEmailPasscode, { email: "ravi@example.com", passCode: right });
    expect(burnt.data.signInByEmailPasscode).toMatchObject({
      __typename: "PasscodeAttemptsExceededError",
      apiCode: 2302,
    });

    clock.advance(61_000);
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "ravi@example.com" });
    const fresh = catchers.emailCode("ravi@example.com");
    const wrongAgain = fresh === "111111" ? "222222" : "111111";
    for (let i = 0; i < 5; i++)
      await gateway.execute(SignInByEmailPasscode, { email: "ravi@example.com", passCode: wrongAgain });
    // Ten wrong guesses this hour for this address: even the right fresh code is refused until the hour has passed.
    const capped = await gateway.execute(SignInByEmailPasscode, { email: "ravi@example.com", passCode: fresh });
    expect(capped.data.signInByEmailPasscode).toMatchObject({ __typename: "PasscodeAttemptsExceededError" });
    if (capped.data.signInByEmailPasscode.__typename === "PasscodeAttemptsExceededError") {
      expect(capped.data.signInByEmailPasscode.retryAfterSeconds).toBe(3600 - 61);
    }
  });
});

describe("generic signUp", () => {
  it("PASSWORD with a password payload, PASSCODE with a passcode payload, and a missing payload is a typed error", async () => {
    const byPassword = await gateway.execute(GenericSignUp, {
      connection: "PASSWORD",
      passwordPayload: { username: "generic-user", password: "a long enough passphrase" },
    });
    expect(byPassword.data.signUp).toMatchObject({ __typename: "User", username: "generic-user" });

    await gateway.execute(SendEmail, { channel: "CHANNEL_REGISTER", email: "generic@example.com" });
    const byPasscode = await gateway.execute(GenericSignUp, {
      connection: "PASSCODE",
      passCodePayload: { email: "generic@example.com", passCode: catchers.emailCode("generic@example.com") },
    });
    expect(byPasscode.data.signUp).toMatchObject({
      __typename: "User",
      email: "generic@example.com",
      emailVerified: true,
    });

    const missing = await gateway.execute(GenericSignUp, { connection: "PASSCODE" });
    expect(missing.data.signUp).toMatchObject({ __typename: "InvalidInputError", field: "passCodePayload" });
  });
});
