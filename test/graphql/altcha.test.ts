// A pool can ask for an ALTCHA proof of work instead of an image: the client's browser (or altcha-lib) finds the
// number, and the gateway verifies it with its own key. Single use, bound to the challenge it answers.
import { solveChallenge } from "altcha-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { GetCaptchaChallenge } from "./attack-documents.ts";
import { SignInForPolicy } from "./security-documents.ts";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start({
    altchaMaxNumber: 2000,
    pool: { captchaKind: "altcha", captchaAfterFailures: 1, lockAfterFailures: 50 },
  });
  await createUser(gateway, { username: "worker" });
});
afterAll(() => gateway?.close());

async function challenge() {
  const { data } = await gateway.execute(GetCaptchaChallenge);
  if (data.getCaptchaCode.__typename !== "Captcha") throw new Error(JSON.stringify(data));
  expect(data.getCaptchaCode.kind).toBe("altcha");
  const issued = data.getCaptchaCode.altchaChallenge as {
    algorithm: string;
    challenge: string;
    salt: string;
    signature: string;
    maxnumber: number;
  };
  return { token: data.getCaptchaCode.captchaToken, issued };
}

async function solved(
  issued: { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number },
  number?: number,
) {
  const solution = await solveChallenge(issued.challenge, issued.salt, issued.algorithm, issued.maxnumber).promise;
  const payload = {
    algorithm: issued.algorithm,
    challenge: issued.challenge,
    salt: issued.salt,
    signature: issued.signature,
    number: number ?? solution!.number,
  };
  return Buffer.from(JSON.stringify(payload)).toString("base64");
}

const signIn = (options: Record<string, string> = {}) =>
  gateway
    .execute(SignInForPolicy, { account: "worker", password: defaultPassword, options })
    .then((r) => r.data.signInByAccountPassword.__typename);

describe("ALTCHA proof of work", () => {
  it("is asked for after the failures, and a solved challenge lets the password through once", async () => {
    await gateway.execute(SignInForPolicy, { account: "worker", password: "a wrong passphrase" });
    expect(await signIn()).toBe("CaptchaRequiredError");
    const { token, issued } = await challenge();
    const captchaCode = await solved(issued);
    expect(await signIn({ captchaToken: token, captchaCode })).toBe("SignInSuccess");
    // Spent: the same solution does not work twice.
    await gateway.execute(SignInForPolicy, { account: "worker", password: "a wrong passphrase" });
    expect(await signIn({ captchaToken: token, captchaCode })).toBe("CaptchaIncorrectError");
  });

  it("refuses a wrong number, a solution of another challenge, and garbage", async () => {
    const first = await challenge();
    const second = await challenge();
    const third = await challenge();
    const wrong = await solved(first.issued, 0);
    expect(await signIn({ captchaToken: first.token, captchaCode: wrong })).toBe("CaptchaIncorrectError");
    expect(await signIn({ captchaToken: second.token, captchaCode: await solved(third.issued) })).toBe(
      "CaptchaIncorrectError",
    );
    expect(await signIn({ captchaToken: third.token, captchaCode: "not base64 json" })).toBe("CaptchaIncorrectError");
  });
});
