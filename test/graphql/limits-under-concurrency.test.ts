// Attacks on the limits, sent as bursts of parallel requests: a limit that only holds one request at a time is
// no limit. Each burst puts the right secret last, where a read-then-write counter lets it through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingHasher, TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";
import { DevOutbox, SendEmail, SignInByEmailPasscode, SignUpByEmailPasscode } from "./passcode-documents.ts";
import { UpdatePassword, VerifyDeleteAccountRequest } from "./account-documents.ts";
import { GetCaptchaCode, SignInForPolicy } from "./security-documents.ts";
import { SendEmailWithCaptcha, UpdatePasswordWithCaptcha } from "./attack-documents.ts";

const captchaText = "K7PQ2";
const burst = <T>(n: number, attempt: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => attempt(i)));
function typenames(results: { __typename: string }[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const { __typename } of results) tally[__typename] = (tally[__typename] ?? 0) + 1;
  return tally;
}

async function solvedCaptcha(gateway: TestGateway) {
  const { data } = await gateway.execute(GetCaptchaCode);
  if (data.getCaptchaCode.__typename !== "Captcha") throw new Error(JSON.stringify(data));
  return { captchaToken: data.getCaptchaCode.captchaToken, captchaCode: captchaText };
}

async function latestCode(gateway: TestGateway, email: string): Promise<string> {
  const outbox = await gateway.execute(DevOutbox, { recipient: email });
  if (outbox.data.devOutbox.__typename !== "DevOutbox") throw new Error("no outbox");
  return /(\d{6})/.exec(outbox.data.devOutbox.messages[0]!.text)![1]!;
}

describe("password guessing in bursts", () => {
  const { hasher, counts } = countingHasher();
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({
      hasher,
      captchaGenerator: () => ({ text: captchaText, data: "<svg/>" }),
      pool: { captchaAfterFailures: 5, lockAfterFailures: 10, captchaAfterIpFailures: 1000 },
    });
  });
  afterAll(() => gateway?.close());

  it("60 parallel sign-ins without captchas: at most 5 passwords are checked, and the right one (last) is refused", async () => {
    await createUser(gateway, { username: "burst-victim" });
    counts.verified = 0;
    const results = await burst(60, (i) =>
      gateway
        .execute(SignInForPolicy, {
          account: "burst-victim",
          password: i === 59 ? defaultPassword : `wrong guess ${i}`,
        })
        .then((r) => r.data.signInByAccountPassword),
    );
    const tally = typenames(results);
    expect(counts.verified).toBeLessThanOrEqual(5);
    expect(tally.SignInSuccess).toBeUndefined();
    expect(tally.InvalidCredentialsError).toBe(counts.verified);
    expect(tally.CaptchaRequiredError).toBe(60 - counts.verified);
  });

  it("60 parallel sign-ins, each with a solved captcha: at most 10 passwords are checked, then the account is locked", async () => {
    await createUser(gateway, { username: "captcha-victim" });
    const captchas = await burst(60, () => solvedCaptcha(gateway));
    counts.verified = 0;
    const results = await burst(60, (i) =>
      gateway
        .execute(SignInForPolicy, {
          account: "captcha-victim",
          password: i === 59 ? defaultPassword : `wrong guess ${i}`,
          options: captchas[i]!,
        })
        .then((r) => r.data.signInByAccountPassword),
    );
    const tally = typenames(results);
    expect(counts.verified).toBeLessThanOrEqual(10);
    expect(tally.SignInSuccess).toBeUndefined();
    expect(tally.AccountLockedError).toBeGreaterThanOrEqual(50);
    const afterwards = await gateway.execute(SignInForPolicy, {
      account: "captcha-victim",
      password: defaultPassword,
      options: await solvedCaptcha(gateway),
    });
    expect(afterwards.data.signInByAccountPassword.__typename).toBe("AccountLockedError");
  });

  it("an unknown account answers alike whichever field named it (no existence oracle)", async () => {
    await createUser(gateway, { username: "known-name" });
    for (const name of ["known-name", "unknown-name"]) {
      for (let i = 0; i < 5; i++) {
        await gateway.execute(SignInForPolicy, { account: name, password: `wrong ${i}` });
      }
    }
    const byUsernameField = async (username: string) => {
      const response = await gateway.app.fetch("http://gateway.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
        body: JSON.stringify({
          query: `mutation { signInByUsernamePassword(username: "${username}", password: "wrong again") { __typename } }`,
        }),
      });
      return ((await response.json()) as { data: { signInByUsernamePassword: { __typename: string } } }).data
        .signInByUsernamePassword.__typename;
    };
    expect(await byUsernameField("known-name")).toBe("CaptchaRequiredError");
    expect(await byUsernameField("unknown-name")).toBe("CaptchaRequiredError");
  });

  it("60 parallel updatePassword calls with wrong old passwords: the same counter, captcha and lock as signing in", async () => {
    await createUser(gateway, { username: "session-thief" });
    const signedIn = await gateway.execute(SignInByAccountPassword, {
      account: "session-thief",
      password: defaultPassword,
    });
    if (signedIn.data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("no sign-in");
    const auth = { authorization: signedIn.data.signInByAccountPassword.tokenSet.access_token };
    counts.verified = 0;
    const results = await burst(60, (i) =>
      gateway
        .execute(
          UpdatePassword,
          { newPassword: "a brand new passphrase", oldPassword: i === 59 ? defaultPassword : `wrong old ${i}` },
          auth,
        )
        .then((r) => r.data.updatePassword),
    );
    const tally = typenames(results);
    expect(counts.verified).toBeLessThanOrEqual(5);
    expect(tally.Success).toBeUndefined();
    expect(tally.OldPasswordIncorrectError).toBe(counts.verified);
    expect(tally.CaptchaRequiredError).toBe(60 - counts.verified);
    // The account's counter is the sign-in counter: signing in now needs a captcha too.
    const next = await gateway.execute(SignInForPolicy, { account: "session-thief", password: defaultPassword });
    expect(next.data.signInByAccountPassword.__typename).toBe("CaptchaRequiredError");
    // With a solved captcha the right old password still works, and ends the run of failures.
    const solved = await gateway.execute(
      UpdatePasswordWithCaptcha,
      { newPassword: "a brand new passphrase", oldPassword: defaultPassword, ...(await solvedCaptcha(gateway)) },
      auth,
    );
    expect(solved.data.updatePassword.__typename).toBe("Success");
    const again = await gateway.execute(SignInForPolicy, {
      account: "session-thief",
      password: "a brand new passphrase",
    });
    expect(again.data.signInByAccountPassword.__typename).toBe("SignInSuccess");
  });

  it("verifyDeleteAccountRequest(PASSWORD) counts against the same counter", async () => {
    await createUser(gateway, { username: "delete-target" });
    const signedIn = await gateway.execute(SignInByAccountPassword, {
      account: "delete-target",
      password: defaultPassword,
    });
    if (signedIn.data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("no sign-in");
    const auth = { authorization: signedIn.data.signInByAccountPassword.tokenSet.access_token };
    counts.verified = 0;
    const results = await burst(30, (i) =>
      gateway
        .execute(
          VerifyDeleteAccountRequest,
          { verifyMethod: "PASSWORD", password: i === 29 ? defaultPassword : `wrong ${i}` },
          auth,
        )
        .then((r) => r.data.verifyDeleteAccountRequest),
    );
    expect(counts.verified).toBeLessThanOrEqual(5);
    expect(typenames(results).DeleteAccountTicket).toBeUndefined();
  });
});

describe("passcodes in bursts", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({ pool: { passcodeMaxAttempts: 5, passcodeHourlyGuessLimit: 10 } });
  });
  afterAll(() => gateway?.close());

  it("30 parallel sends to one address: exactly one is sent, the others are a typed rate limit (never an internal error)", async () => {
    const responses = await burst(30, () =>
      gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "pumped@example.com" }),
    );
    expect(responses.filter((response) => response.status !== 200 || response.errors).map((r) => r.errors)).toEqual([]);
    const tally = typenames(responses.map((response) => response.data.sendEmail));
    expect(tally).toEqual({ PasscodeSent: 1, PasscodeSendLimitError: 29 });
    expect(
      await gateway.db.outboxMessage.count({ where: { userPoolId: gateway.pool.id, recipient: "pumped@example.com" } }),
    ).toBe(1);
  });

  it("300 parallel guesses on one code compare at most 5, and the right code (last) is refused", async () => {
    await createUser(gateway, { email: "guessed@example.com" });
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "guessed@example.com" });
    const code = await latestCode(gateway, "guessed@example.com");
    const wrong = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");
    const results = await burst(300, (i) =>
      gateway
        .execute(SignInByEmailPasscode, { email: "guessed@example.com", passCode: i === 299 ? code : wrong(i) })
        .then((r) => r.data.signInByEmailPasscode),
    );
    const tally = typenames(results);
    expect(tally.SignInSuccess).toBeUndefined();
    expect(tally.PasscodeIncorrectError).toBeLessThanOrEqual(5);
    expect(tally.PasscodeAttemptsExceededError).toBeGreaterThanOrEqual(295);
    const row = await gateway.db.passcode.findFirstOrThrow({
      where: { userPoolId: gateway.pool.id, recipient: "guessed@example.com" },
    });
    expect(row.attempts).toBeLessThanOrEqual(5);
  });

  it("a wrong code for a taken address answers like one for a free address (2301), never 2026", async () => {
    await createUser(gateway, { email: "taken@example.com" });
    const taken = await gateway.execute(SignUpByEmailPasscode, { email: "taken@example.com", passCode: "123456" });
    const free = await gateway.execute(SignUpByEmailPasscode, { email: "free@example.com", passCode: "123456" });
    expect(taken.data.signUpByEmailPasscode).toMatchObject({ __typename: "PasscodeIncorrectError", apiCode: 2301 });
    expect(free.data.signUpByEmailPasscode).toMatchObject({ __typename: "PasscodeIncorrectError", apiCode: 2301 });
  });
});

describe("passcode pumping from one address", () => {
  let gateway: TestGateway;
  const from = { "x-forwarded-for": "198.51.100.7" };
  beforeAll(async () => {
    gateway = await TestGateway.start({
      appConfig: { trustProxy: true },
      captchaGenerator: () => ({ text: captchaText, data: "<svg/>" }),
      pool: { captchaAfterIpPasscodeSends: 3, passcodeSendsPerIpPerHour: 6, passcodeSendsPerPoolPerHour: 1000 },
    });
  });
  afterAll(() => gateway?.close());

  it("after 3 sends an address needs a captcha for each send, and after 6 in the hour it gets none", async () => {
    const send = (i: number, captcha: { captchaCode?: string; captchaToken?: string } = {}) =>
      gateway
        .execute(SendEmailWithCaptcha, { channel: "CHANNEL_LOGIN", email: `pump-${i}@example.com`, ...captcha }, from)
        .then((r) => r.data.sendEmail);
    const first = await burst(20, (i) => send(i));
    expect(typenames(first)).toEqual({ PasscodeSent: 3, CaptchaRequiredError: 17 });
    for (let i = 20; i < 23; i++) expect((await send(i, await solvedCaptcha(gateway))).__typename).toBe("PasscodeSent");
    expect((await send(23, await solvedCaptcha(gateway))).__typename).toBe("PasscodeSendLimitError");
    // Another address is not affected.
    const other = await gateway.execute(
      SendEmail,
      { channel: "CHANNEL_LOGIN", email: "pump-other@example.com" },
      { "x-forwarded-for": "198.51.100.8" },
    );
    expect(other.data.sendEmail.__typename).toBe("PasscodeSent");
  });
});

describe("a pool's hourly send ceiling", () => {
  it("holds for a burst across recipients", async () => {
    const gateway = await TestGateway.start({ pool: { passcodeSendsPerPoolPerHour: 7 } });
    try {
      const results = await burst(25, (i) =>
        gateway
          .execute(SendEmail, { channel: "CHANNEL_LOGIN", email: `pool-${i}@example.com` })
          .then((r) => r.data.sendEmail),
      );
      expect(typenames(results)).toEqual({ PasscodeSent: 7, PasscodeSendLimitError: 18 });
    } finally {
      await gateway.close();
    }
  });
});
