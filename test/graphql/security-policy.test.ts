import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { GetCaptchaCode, SignInForPolicy, SignUpForPolicy } from "./security-documents.ts";

let gateway: TestGateway;
let backend: Record<string, string>;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
const captchaAnswer = "K7PQ2";

beforeAll(async () => {
  gateway = await TestGateway.start({
    clock,
    captchaGenerator: () => ({ text: captchaAnswer, data: "<svg>test</svg>" }),
    pool: { captchaAfterFailures: 3, lockAfterFailures: 8, captchaAfterIpFailures: 4, registrationsPerIpPerHour: 3 },
  });
  backend = { "x-authing-app-secret": gateway.applicationSecret };
});
afterAll(() => gateway.close());

const signIn = (
  account: string,
  password: string,
  options: Record<string, string> = {},
  headers: Record<string, string> = {},
) =>
  gateway.execute(SignInForPolicy, { account, password, options }, headers).then((r) => r.data.signInByAccountPassword);

async function captcha() {
  const { data } = await gateway.execute(GetCaptchaCode);
  if (data.getCaptchaCode.__typename !== "Captcha") throw new Error(JSON.stringify(data));
  return data.getCaptchaCode;
}

describe("captcha after repeated failures", () => {
  it("asks for a captcha after the pool's limit, checks it once, and lets the right answer through", async () => {
    await createUser(gateway, { username: "cap" });
    for (let i = 0; i < 3; i++)
      expect((await signIn("cap", `wrong passphrase ${i}`)).__typename).toBe("InvalidCredentialsError");
    const required = await signIn("cap", defaultPassword);
    expect(required).toMatchObject({ __typename: "CaptchaRequiredError", apiCode: 2000, statusCode: 400 });

    const first = await captcha();
    expect(first.expiresIn).toBe(300);
    const wrong = await signIn("cap", defaultPassword, { captchaToken: first.captchaToken, captchaCode: "nope" });
    expect(wrong).toMatchObject({ __typename: "CaptchaIncorrectError", apiCode: 2001 });
    // Spent by the wrong answer: the right one no longer helps.
    const replay = await signIn("cap", defaultPassword, {
      captchaToken: first.captchaToken,
      captchaCode: captchaAnswer,
    });
    expect(replay).toMatchObject({ __typename: "CaptchaIncorrectError" });

    const second = await captcha();
    const ok = await signIn("cap", defaultPassword, {
      captchaToken: second.captchaToken,
      captchaCode: captchaAnswer.toLowerCase(),
    });
    expect(ok.__typename).toBe("SignInSuccess");
    expect((await signIn("cap", defaultPassword)).__typename).toBe("SignInSuccess");
  });

  it("treats an unknown account the same way (no existence oracle)", async () => {
    for (let i = 0; i < 3; i++) await signIn("ghost-account", `wrong passphrase ${i}`);
    expect(await signIn("ghost-account", defaultPassword)).toMatchObject({ __typename: "CaptchaRequiredError" });
  });

  it("an expired captcha is refused", async () => {
    for (let i = 0; i < 3; i++) await signIn("ghost-two", `wrong passphrase ${i}`);
    const challenge = await captcha();
    clock.advance(301_000);
    expect(
      await signIn("ghost-two", defaultPassword, { captchaToken: challenge.captchaToken, captchaCode: captchaAnswer }),
    ).toMatchObject({
      __typename: "CaptchaIncorrectError",
    });
  });

  it("counts failures per IP across accounts: that address then needs a captcha, others do not", async () => {
    await createUser(gateway, { username: "ipvictim" });
    const from = (ip: string) => ({ clientIp: ip });
    for (let i = 0; i < 4; i++) {
      expect((await signIn(`sprayed-${i}`, "wrong passphrase", from("203.0.113.50"), backend)).__typename).toBe(
        "InvalidCredentialsError",
      );
    }
    expect(await signIn("ipvictim", defaultPassword, from("203.0.113.50"), backend)).toMatchObject({
      __typename: "CaptchaRequiredError",
    });
    expect((await signIn("ipvictim", defaultPassword, from("203.0.113.51"), backend)).__typename).toBe("SignInSuccess");
  });

  it("returns a real SVG image by default", async () => {
    const plain = await TestGateway.start();
    try {
      const { data } = await plain.execute(GetCaptchaCode);
      expect(data.getCaptchaCode).toMatchObject({ __typename: "Captcha" });
      if (data.getCaptchaCode.__typename === "Captcha")
        expect(data.getCaptchaCode.captchaCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    } finally {
      await plain.close();
    }
  });
});

describe("lockout", () => {
  it("101 wrong passwords spread over 101 IPs never get in: the account locks after the pool's limit", async () => {
    await gateway.db.userPool.update({
      where: { id: gateway.pool.id },
      data: { captchaAfterFailures: 1000, captchaAfterIpFailures: 1000 },
    });
    try {
      await createUser(gateway, { username: "target" });
      const outcomes: string[] = [];
      for (let i = 0; i < 101; i++) {
        const result = await signIn("target", `guess number ${i}`, { clientIp: `198.51.100.${i + 1}` }, backend);
        outcomes.push(result.__typename);
      }
      expect(outcomes.slice(0, 8).every((name) => name === "InvalidCredentialsError")).toBe(true);
      expect(outcomes.slice(8).every((name) => name === "AccountLockedError")).toBe(true);
      const locked = await signIn("target", defaultPassword, { clientIp: "192.0.2.1" }, backend);
      expect(locked).toMatchObject({ __typename: "AccountLockedError", apiCode: 2005, retryAfterSeconds: 900 });
      // Only eight passwords were ever checked, whatever the number of addresses.
      const checked = await gateway.db.loginHistory.count({ where: { user: { username: "target" }, apiCode: 2333 } });
      expect(checked).toBe(8);
    } finally {
      await gateway.db.userPool.update({
        where: { id: gateway.pool.id },
        data: { captchaAfterFailures: 3, captchaAfterIpFailures: 4 },
      });
    }
  });
});

describe("registration limits", () => {
  it("refuses the fourth registration from one IP in an hour (2100), not from another IP, and not after the hour", async () => {
    const from = (ip: string) => ({ clientIp: ip });
    for (let i = 0; i < 3; i++) {
      const ok = await gateway.execute(
        SignUpForPolicy,
        { username: `reg-${i}`, password: defaultPassword, options: from("203.0.113.90") },
        backend,
      );
      expect(ok.data.signUpByUsernamePassword.__typename).toBe("User");
      clock.advance(60_000);
    }
    const refused = await gateway.execute(
      SignUpForPolicy,
      { username: "reg-3", password: defaultPassword, options: from("203.0.113.90") },
      backend,
    );
    expect(refused.data.signUpByUsernamePassword).toMatchObject({
      __typename: "RegistrationTooFrequentError",
      apiCode: 2100,
      retryAfterSeconds: 3600 - 180,
    });
    expect(await gateway.db.user.count({ where: { username: "reg-3" } })).toBe(0);
    const elsewhere = await gateway.execute(
      SignUpForPolicy,
      { username: "reg-3", password: defaultPassword, options: from("203.0.113.91") },
      backend,
    );
    expect(elsewhere.data.signUpByUsernamePassword.__typename).toBe("User");
    clock.advance(3600_000);
    const later = await gateway.execute(
      SignUpForPolicy,
      { username: "reg-4", password: defaultPassword, options: from("203.0.113.90") },
      backend,
    );
    expect(later.data.signUpByUsernamePassword.__typename).toBe("User");
  });
});
