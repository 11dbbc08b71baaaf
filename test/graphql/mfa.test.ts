// Second factors through GraphQL, on a clock the test moves: TOTP enrolment and its first code, a sign-in that
// answers MfaRequired and finishes with verifyMfa, the TOTP window's edges, a code never accepted twice, recovery
// codes used once, the limiter counting wrong codes (a right password does not forgive them), the mfaToken bound
// to its application and used once, and the policies (OFF, REQUIRED with enrolment at sign-in, the last factor).
import { randomBytes } from "node:crypto";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCodeAt } from "../../src/identity/mfa/totp.ts";
import { adminHeaders } from "../helpers/admin.ts";
import { FakeClock } from "../helpers/clock.ts";
import { createArgon2Hasher } from "../../src/identity/credentials/hasher.ts";
import { fastHasher, TestGateway } from "../helpers/gateway.ts";
import { latestPasscode } from "../helpers/outbox.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";

type Answer = Record<string, unknown> & { __typename: string };

// On a step boundary plus a second, so that moving by whole steps lands where the test says.
const clock = new FakeClock(Math.ceil(Date.now() / 30_000) * 30_000 + 1_000);
let gateway: TestGateway;
let admin: { authorization: string };

async function call(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await gateway.app.fetch("http://gateway.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, Answer>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body));
  return Object.values(body.data)[0]!;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const signIn = (account: string, password = defaultPassword, appHeaders: Record<string, string> = {}) =>
  call(
    `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p, options: { scope: "openid offline_access" }) {
      __typename ... on SignInSuccess { tokenSet { access_token refresh_token id_token } }
      ... on MfaRequired { mfaToken factors expiresIn enrollmentRequired statusCode apiCode message }
      ... on AccountLockedError { retryAfterSeconds } } }`,
    { a: account, p: password },
    appHeaders,
  );

const verifyMfa = (mfaToken: string, kind: string, code: string, headers: Record<string, string> = {}) =>
  call(
    `mutation($t: String!, $k: MfaAnswerKind!, $c: String!) { verifyMfa(mfaToken: $t, kind: $k, code: $c) {
      __typename ... on VerifyMfaSuccess { tokenSet { access_token refresh_token id_token } user { username lastMfaTime } recoveryCodes }
      ... on Error { apiCode message } } }`,
    { t: mfaToken, k: kind, c: code },
    headers,
  );

const startEnrolment = (token: string) =>
  call(
    `mutation { startTotpEnrollment { __typename ... on TotpEnrollment { factorId secret otpauthUri qrCodeSvg } ... on Error { apiCode } } }`,
    {},
    bearer(token),
  );

const confirmEnrolment = (token: string, factorId: string, code: string) =>
  call(
    `mutation($f: String!, $c: String!) { confirmMfaFactorEnrollment(factorId: $f, code: $c) {
      __typename ... on ConfirmedMfaFactor { factor { factorId factorType } recoveryCodes } ... on Error { apiCode } } }`,
    { f: factorId, c: code },
    bearer(token),
  );

/** Signs a user in (no factor yet) and enrols an authenticator; returns its secret and the recovery codes. */
async function enrolledUser(username: string) {
  await createUser(gateway, { username });
  const signedIn = await signIn(username);
  const token = (signedIn.tokenSet as { access_token: string }).access_token;
  const enrolment = await startEnrolment(token);
  const secret = enrolment.secret as string;
  const confirmed = await confirmEnrolment(token, enrolment.factorId as string, totpCodeAt(secret, clock.now()));
  expect(confirmed.__typename).toBe("ConfirmedMfaFactor");
  return { token, secret, recoveryCodes: confirmed.recoveryCodes as string[] };
}

/** The mfaToken of a password sign-in that must answer MfaRequired. */
async function mfaTokenOf(username: string, headers: Record<string, string> = {}) {
  const answer = await signIn(username, defaultPassword, headers);
  expect(answer.__typename).toBe("MfaRequired");
  return answer.mfaToken as string;
}

beforeAll(async () => {
  gateway = await TestGateway.start({ clock, pool: { captchaAfterFailures: 5, lockAfterFailures: 8 } });
  admin = await adminHeaders(gateway);
});
afterAll(async () => {
  await gateway?.close();
});

describe("enrolling an authenticator app", () => {
  it("gives a secret, an otpauth URI and an SVG QR code, and confirms with the app's first code", async () => {
    await createUser(gateway, { username: "enrols" });
    const token = ((await signIn("enrols")).tokenSet as { access_token: string }).access_token;
    const enrolment = await startEnrolment(token);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/.+\?.*secret=[A-Z2-7]+/);
    expect(enrolment.otpauthUri).toContain("period=30");
    expect(enrolment.qrCodeSvg).toMatch(/^<svg[\s\S]+<\/svg>\s*$/);
    expect((await confirmEnrolment(token, enrolment.factorId as string, "000000")).__typename).toBe(
      "MfaCodeIncorrectError",
    );
    const confirmed = await confirmEnrolment(
      token,
      enrolment.factorId as string,
      totpCodeAt(enrolment.secret as string, clock.now()),
    );
    expect(confirmed.factor).toEqual({ factorId: enrolment.factorId, factorType: "OTP" });
    const codes = confirmed.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
    // Listed without its secret, on me and on the user's own list.
    const me = await call(`{ me { ... on User { mfaFactors { factorId factorType } } } }`, {}, bearer(token));
    expect(me.mfaFactors).toEqual([{ factorId: enrolment.factorId, factorType: "OTP" }]);
    const mine = await call(
      `{ myMfaFactors { ... on MyMfaFactors { recoveryCodesLeft factors { factorType } } } }`,
      {},
      bearer(token),
    );
    expect(mine).toEqual({ recoveryCodesLeft: 10, factors: [{ factorType: "OTP" }] });
    // The secret rests sealed? Without SECRETS_KEY it cannot be; the test gateway has none, so it is plain here.
    expect(JSON.stringify(me)).not.toContain(enrolment.secret as string);
  });

  it("needs a recent sign-in: a session older than the pool's reauthentication age cannot add a factor", async () => {
    await createUser(gateway, { username: "stale-session" });
    const token = ((await signIn("stale-session")).tokenSet as { access_token: string }).access_token;
    clock.advance(11 * 60_000);
    expect((await startEnrolment(token)).__typename).toBe("ReauthenticationRequiredError");
  });
});

describe("signing in with a second factor", () => {
  it("answers MfaRequired instead of tokens, then verifyMfa with the current code gives them", async () => {
    const { secret } = await enrolledUser("two-step");
    clock.advance(30_000);
    const answer = await signIn("two-step");
    expect(answer).toMatchObject({
      __typename: "MfaRequired",
      statusCode: 401,
      apiCode: 1635,
      factors: ["OTP", "RECOVERY_CODE"],
      expiresIn: 300,
      enrollmentRequired: false,
    });
    expect(answer).not.toHaveProperty("tokenSet");
    const verified = await verifyMfa(answer.mfaToken as string, "OTP", totpCodeAt(secret, clock.now()));
    expect(verified.__typename).toBe("VerifyMfaSuccess");
    expect(verified.tokenSet).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String) });
    expect(verified.user).toMatchObject({ username: "two-step", lastMfaTime: clock.now().toISOString() });
    // The id_token says how: a password, then a one-time code (RFC 8176); a plain sign-in says pwd only.
    const amrOf = (tokenSet: unknown) => decodeJwt((tokenSet as { id_token: string }).id_token).amr;
    expect(amrOf(verified.tokenSet)).toEqual(["pwd", "otp", "mfa"]);
    await createUser(gateway, { username: "one-step" });
    expect(amrOf((await signIn("one-step")).tokenSet)).toEqual(["pwd"]);
    const me = await call(
      `{ me { __typename } }`,
      {},
      bearer((verified.tokenSet as { access_token: string }).access_token),
    );
    expect(me.__typename).toBe("User");
  });

  it("accepts the code of the step before and after (clock drift), not two steps away, and never a code twice", async () => {
    const { secret } = await enrolledUser("window-edges");
    clock.advance(120_000);
    const now = clock.now();
    const at = (steps: number) => totpCodeAt(secret, new Date(now.getTime() + steps * 30_000));
    for (const steps of [-2, 2]) {
      expect((await verifyMfa(await mfaTokenOf("window-edges"), "OTP", at(steps))).__typename, `${steps}`).toBe(
        "MfaCodeIncorrectError",
      );
    }
    expect((await verifyMfa(await mfaTokenOf("window-edges"), "OTP", at(-1))).__typename).toBe("VerifyMfaSuccess");
    // The same code again, and an older one: refused (the accepted step only moves forward).
    expect((await verifyMfa(await mfaTokenOf("window-edges"), "OTP", at(-1))).__typename).toBe("MfaCodeIncorrectError");
    expect((await verifyMfa(await mfaTokenOf("window-edges"), "OTP", at(0))).__typename).toBe("VerifyMfaSuccess");
    expect((await verifyMfa(await mfaTokenOf("window-edges"), "OTP", at(0))).__typename).toBe("MfaCodeIncorrectError");
    expect((await verifyMfa(await mfaTokenOf("window-edges"), "OTP", at(1))).__typename).toBe("VerifyMfaSuccess");
  });

  it("accepts one code once even when two sign-ins present it at the same moment", async () => {
    const { secret, recoveryCodes } = await enrolledUser("raced");
    clock.advance(30_000);
    const tokens = [
      await mfaTokenOf("raced"),
      await mfaTokenOf("raced"),
      await mfaTokenOf("raced"),
      await mfaTokenOf("raced"),
    ];
    const code = totpCodeAt(secret, clock.now());
    const answers = await Promise.all(tokens.slice(0, 2).map((token) => verifyMfa(token, "OTP", code)));
    expect(answers.map((answer) => answer.__typename).sort()).toEqual(["MfaCodeIncorrectError", "VerifyMfaSuccess"]);
    const recovered = await Promise.all(
      tokens.slice(2).map((token) => verifyMfa(token, "RECOVERY_CODE", recoveryCodes[0]!)),
    );
    expect(recovered.map((answer) => answer.__typename).sort()).toEqual(["MfaCodeIncorrectError", "VerifyMfaSuccess"]);
  });

  it("takes each recovery code once", async () => {
    const { recoveryCodes } = await enrolledUser("recovers");
    const [first, second] = recoveryCodes;
    expect((await verifyMfa(await mfaTokenOf("recovers"), "RECOVERY_CODE", first!.toUpperCase())).__typename).toBe(
      "VerifyMfaSuccess",
    );
    expect((await verifyMfa(await mfaTokenOf("recovers"), "RECOVERY_CODE", first!)).__typename).toBe(
      "MfaCodeIncorrectError",
    );
    expect(
      (await verifyMfa(await mfaTokenOf("recovers"), "RECOVERY_CODE", second!.replaceAll("-", ""))).__typename,
    ).toBe("VerifyMfaSuccess");
  });

  it("uses an mfaToken once, and only for the application it was issued to", async () => {
    const { secret } = await enrolledUser("one-token");
    clock.advance(30_000);
    const mfaToken = await mfaTokenOf("one-token");
    const other = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "other app" });
    const otherApp = { "x-authing-app-id": other.application.appId };
    expect((await verifyMfa(mfaToken, "OTP", totpCodeAt(secret, clock.now()), otherApp)).__typename).toBe(
      "MfaTokenInvalidError",
    );
    expect((await verifyMfa(mfaToken, "OTP", totpCodeAt(secret, clock.now()))).__typename).toBe("VerifyMfaSuccess");
    clock.advance(30_000);
    expect((await verifyMfa(mfaToken, "OTP", totpCodeAt(secret, clock.now()))).__typename).toBe("MfaTokenInvalidError");
    // And not after five minutes.
    const late = await mfaTokenOf("one-token");
    clock.advance(301_000);
    expect((await verifyMfa(late, "OTP", totpCodeAt(secret, clock.now()))).__typename).toBe("MfaTokenInvalidError");
  });

  it("counts wrong codes like wrong passwords, and a right password does not forgive them", async () => {
    const { secret } = await enrolledUser("guessed");
    clock.advance(30_000);
    const tally: Record<string, number> = {};
    // Each round: the right password again (a fresh mfaToken), then wrong codes.
    for (let round = 0; round < 4; round++) {
      const mfaToken = await mfaTokenOf("guessed");
      for (let guess = 0; guess < 3; guess++) {
        const answer = await verifyMfa(mfaToken, "OTP", String(100000 + round * 10 + guess));
        tally[answer.__typename] = (tally[answer.__typename] ?? 0) + 1;
      }
    }
    expect(tally.MfaCodeIncorrectError).toBe(5);
    expect(tally.CaptchaRequiredError).toBeGreaterThan(0);
    // Even the right code now needs the captcha.
    const answer = await verifyMfa(await mfaTokenOf("guessed"), "OTP", totpCodeAt(secret, clock.now()));
    expect(answer.__typename).toBe("CaptchaRequiredError");
  });

  it("a burst of 60 parallel guesses with one mfaToken checks at most the free attempts", async () => {
    await enrolledUser("burst");
    clock.advance(30_000);
    const mfaToken = await mfaTokenOf("burst");
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => verifyMfa(mfaToken, "OTP", String(200000 + i))),
    );
    const incorrect = answers.filter((answer) => answer.__typename === "MfaCodeIncorrectError").length;
    expect(incorrect).toBeLessThanOrEqual(5);
    expect(answers.every((answer) => answer.__typename !== "VerifyMfaSuccess")).toBe(true);
  });

  it("allows one verifyMfa per request (no aliases multiplying guesses)", async () => {
    const response = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
      body: JSON.stringify({
        query: `mutation { a: verifyMfa(mfaToken: "x", kind: OTP, code: "1") { __typename } b: verifyMfa(mfaToken: "x", kind: OTP, code: "2") { __typename } }`,
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/only one sign-in/);
  });
});

describe("SMS and email factors", () => {
  for (const [kind, address, start] of [
    [
      "SMS",
      "13800138001",
      `mutation { startSmsFactorEnrollment(phoneNumber: "13800138001") { __typename ... on PendingMfaFactor { factorId expiresIn } ... on Error { apiCode } } }`,
    ],
    [
      "EMAIL",
      "second-factor@example.com",
      `mutation { startEmailFactorEnrollment(email: "second-factor@example.com") { __typename ... on PendingMfaFactor { factorId expiresIn } ... on Error { apiCode } } }`,
    ],
  ] as const) {
    it(`enrols ${kind} by the code sent there, then signs in with a code sent there (never the same code twice)`, async () => {
      const username = `factor-${kind.toLowerCase()}`;
      await createUser(gateway, { username });
      const token = ((await signIn(username)).tokenSet as { access_token: string }).access_token;
      const pending = await call(start, {}, bearer(token));
      expect(pending).toMatchObject({ __typename: "PendingMfaFactor", expiresIn: expect.any(Number) });
      const confirm = (code: string) =>
        call(
          `mutation($f: String!, $c: String!) { confirmMfaFactorEnrollment(factorId: $f, code: $c) {
            __typename ... on ConfirmedMfaFactor { factor { factorType } recoveryCodes } ... on Error { apiCode } } }`,
          { f: pending.factorId, c: code },
          bearer(token),
        );
      const sent = await latestPasscode(gateway, address);
      expect((await confirm(sent === "000000" ? "111111" : "000000")).__typename).toBe("MfaCodeIncorrectError");
      const confirmed = await confirm(sent);
      expect(confirmed).toMatchObject({ factor: { factorType: kind }, recoveryCodes: expect.any(Array) });

      clock.advance(61_000);
      const answer = await signIn(username);
      expect(answer).toMatchObject({ __typename: "MfaRequired", factors: [kind, "RECOVERY_CODE"] });
      const mfaToken = answer.mfaToken as string;
      const sendCode = await call(
        `mutation($t: String!, $k: MfaAddressFactor!) { sendMfaCode(mfaToken: $t, kind: $k) { __typename ... on PasscodeSent { expiresIn } } }`,
        { t: mfaToken, k: kind },
      );
      expect(sendCode.__typename).toBe("PasscodeSent");
      const code = await latestPasscode(gateway, address);
      const verified = await verifyMfa(mfaToken, kind, code);
      expect(verified.__typename).toBe("VerifyMfaSuccess");
      const amr = decodeJwt((verified.tokenSet as { id_token: string }).id_token).amr;
      expect(amr).toEqual(kind === "SMS" ? ["pwd", "sms", "mfa"] : ["pwd", "otp", "mfa"]);
      // The code is spent with the sign-in: a second sign-in cannot reuse it.
      expect((await verifyMfa(await mfaTokenOf(username), kind, code)).__typename).toBe("MfaCodeIncorrectError");
    });
  }

  it("sends an mfaToken's code only to the factor the user enrolled, never to an address the caller names", async () => {
    await enrolledUser("otp-only");
    const answer = await call(`mutation($t: String!) { sendMfaCode(mfaToken: $t, kind: SMS) { __typename } }`, {
      t: await mfaTokenOf("otp-only"),
    });
    expect(answer.__typename).toBe("MfaFactorError");
  });
});

describe("a password proven before the second step", () => {
  it("is rehashed under raised argon2 parameters even when the sign-in waits for its second factor", async () => {
    const stronger = createArgon2Hasher({ memoryCost: 128, timeCost: 1, parallelism: 1 });
    const raised = await TestGateway.start({ clock, hasher: stronger });
    try {
      const user = await createUser(raised, { username: "old-hash" });
      await raised.db.user.update({
        where: { id: user.id },
        data: { passwordHash: await fastHasher.hash(defaultPassword) },
      });
      await raised.db.user.update({ where: { id: user.id }, data: { mfaFactorCount: 1 } });
      const response = await raised.app.fetch("http://gateway.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": raised.application.appId },
        body: JSON.stringify({
          query: `mutation { signInByAccountPassword(account: "old-hash", password: "${defaultPassword}") { __typename } }`,
        }),
      });
      expect(await response.json()).toEqual({ data: { signInByAccountPassword: { __typename: "MfaRequired" } } });
      const { passwordHash } = await raised.db.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stronger.needsRehash(passwordHash!)).toBe(false);
      expect(await stronger.verify(passwordHash!, defaultPassword)).toBe(true);
    } finally {
      await raised.close();
    }
  });
});

describe("at rest", () => {
  it("seals the TOTP secret under SECRETS_KEY, bound to its factor, and still checks codes", async () => {
    const sealed = await TestGateway.start({ clock, secretsKey: randomBytes(32) });
    try {
      const user = await createUser(sealed, { username: "sealed" });
      const factors = sealed.identity.mfaFactors;
      const enrolment = await factors.startTotpEnrolment(sealed.pool, user);
      const row = await sealed.db.mfaFactor.findUniqueOrThrow({ where: { id: enrolment.factor.id } });
      expect(row.secret).toMatch(/^v1\./);
      expect(row.secret).not.toContain(enrolment.secret);
      const confirmed = await factors.confirmEnrolment(
        sealed.pool,
        user,
        row.id,
        totpCodeAt(enrolment.secret, clock.now()),
      );
      expect(confirmed?.recoveryCodes).toHaveLength(10);
      // Copied onto another factor's row, the sealed secret does not open: no code matches.
      const other = await createUser(sealed, { username: "sealed-copy" });
      await sealed.db.mfaFactor.create({
        data: {
          userPoolId: sealed.pool.id,
          userId: other.id,
          type: "OTP",
          secret: row.secret,
          confirmedAt: clock.now(),
        },
      });
      await sealed.db.user.update({ where: { id: other.id }, data: { mfaFactorCount: 1 } });
      clock.advance(30_000);
      expect(await factors.spendTotpCode(other.id, totpCodeAt(enrolment.secret, clock.now()))).toBe(false);
      expect(await factors.spendTotpCode(user.id, totpCodeAt(enrolment.secret, clock.now()))).toBe(true);
    } finally {
      await sealed.close();
    }
  });
});

describe("administrators", () => {
  it("see which factors a user has (never a secret) and reset them, audited", async () => {
    const { secret } = await enrolledUser("lost-phone");
    const userId = (await gateway.db.user.findFirstOrThrow({ where: { username: "lost-phone" } })).id;
    const read = await call(
      `query($id: String!) { user(userId: $id) { ... on User { mfaFactors { factorType } } } }`,
      { id: userId },
      admin,
    );
    expect(read).toEqual({ mfaFactors: [{ factorType: "OTP" }] });
    expect(JSON.stringify(read)).not.toContain(secret);
    const reset = await call(
      `mutation($id: String!) { resetUserMfa(userId: $id) { __typename } }`,
      { id: userId },
      admin,
    );
    expect(reset.__typename).toBe("Success");
    expect((await signIn("lost-phone")).__typename).toBe("SignInSuccess");
    const audit = await call(
      `query($id: String!) { auditLogs(targetId: $id, action: "user.resetMfa") { ... on QueryAuditLogsConnection { edges { node { action before } } } } }`,
      { id: userId },
      admin,
    );
    expect(audit.edges).toEqual([
      { node: { action: "user.resetMfa", before: { factors: [{ factorId: expect.any(String), factorType: "OTP" }] } } },
    ]);
  });

  it("cannot be reached with an end user's token", async () => {
    const { token } = await enrolledUser("not-an-admin");
    const other = await createUser(gateway, { username: "someone-else" });
    const answer = await call(
      `mutation($id: String!) { resetUserMfa(userId: $id) { __typename } }`,
      { id: other.id },
      bearer(token),
    );
    expect(answer.__typename).toBe("ForbiddenError");
  });
});

describe("policies", () => {
  const setPolicy = (policy: string) =>
    call(
      `mutation($app: String!, $p: ApplicationMfaPolicy!) { updateApplication(appId: $app, input: { mfaPolicy: $p }) { __typename ... on Application { mfaPolicy } } }`,
      { app: gateway.application.appId, p: policy },
      admin,
    );

  const setPoolPolicy = (policy: string, headers = admin) =>
    call(
      `mutation($p: PoolMfaPolicy!) { updateUserPoolSettings(input: { mfaPolicy: $p }) { __typename ... on UserPoolSettings { mfaPolicy } } }`,
      { p: policy },
      headers,
    );

  it("the pool's REQUIRED holds for applications that follow the pool, not one with its own OFF; audited", async () => {
    await createUser(gateway, { username: "pool-required" });
    expect(await setPoolPolicy("REQUIRED")).toEqual({ __typename: "UserPoolSettings", mfaPolicy: "REQUIRED" });
    try {
      expect(await call(`{ userPoolSettings { ... on UserPoolSettings { mfaPolicy } } }`, {}, admin)).toEqual({
        mfaPolicy: "REQUIRED",
      });
      expect(await signIn("pool-required")).toMatchObject({ __typename: "MfaRequired", enrollmentRequired: true });
      await setPolicy("OFF");
      expect((await signIn("pool-required")).__typename).toBe("SignInSuccess");
      await setPolicy("POOL");
      const audit = await call(
        `{ auditLogs(action: "userPool.update") { ... on QueryAuditLogsConnection { edges { node { before after } } } } }`,
        {},
        admin,
      );
      expect(audit.edges).toContainEqual({
        node: { before: { mfaPolicy: "OPTIONAL" }, after: { mfaPolicy: "REQUIRED" } },
      });
    } finally {
      await setPoolPolicy("OPTIONAL");
    }
  });

  it("lets no end user change the pool's policy", async () => {
    const { token } = await enrolledUser("pool-policy-user");
    expect((await setPoolPolicy("OFF", bearer(token))).__typename).toBe("ForbiddenError");
    expect((await gateway.db.userPool.findUniqueOrThrow({ where: { id: gateway.pool.id } })).mfaPolicy).toBe(
      "OPTIONAL",
    );
  });

  it("OFF signs an enrolled user in with the password alone", async () => {
    await enrolledUser("policy-off");
    expect(await setPolicy("OFF")).toEqual({ __typename: "Application", mfaPolicy: "OFF" });
    try {
      expect((await signIn("policy-off")).__typename).toBe("SignInSuccess");
    } finally {
      await setPolicy("POOL");
    }
  });

  it("REQUIRED has a user without a factor enrol one to finish signing in, and keeps their last factor", async () => {
    await createUser(gateway, { username: "must-enrol" });
    await setPolicy("REQUIRED");
    try {
      const answer = await signIn("must-enrol");
      expect(answer).toMatchObject({ __typename: "MfaRequired", enrollmentRequired: true, factors: [] });
      const mfaToken = answer.mfaToken as string;
      // The mfaToken allows an enrolment, nothing more: no tokens until its first code.
      const enrolment = await call(
        `mutation($t: String!) { startMfaEnrollment(mfaToken: $t) { __typename ... on TotpEnrollment { secret } } }`,
        { t: mfaToken },
      );
      const secret = enrolment.secret as string;
      const verified = await verifyMfa(mfaToken, "OTP", totpCodeAt(secret, clock.now()));
      expect(verified.__typename).toBe("VerifyMfaSuccess");
      expect(verified.recoveryCodes).toHaveLength(10);
      const token = (verified.tokenSet as { access_token: string }).access_token;
      const mine = await call(`{ myMfaFactors { ... on MyMfaFactors { factors { factorId } } } }`, {}, bearer(token));
      const [factor] = mine.factors as { factorId: string }[];
      const removed = await call(
        `mutation($f: String!) { removeMfaFactor(factorId: $f) { __typename ... on MfaFactorError { reason apiCode } } }`,
        { f: factor!.factorId },
        bearer(token),
      );
      expect(removed).toEqual({ __typename: "MfaFactorError", reason: "lastFactor", apiCode: 1638 });
      await setPolicy("POOL");
      const allowed = await call(
        `mutation($f: String!) { removeMfaFactor(factorId: $f) { __typename } }`,
        { f: factor!.factorId },
        bearer(token),
      );
      expect(allowed.__typename).toBe("MfaFactor");
      // No factor, no recovery codes, no second step any more.
      expect((await signIn("must-enrol")).__typename).toBe("SignInSuccess");
    } finally {
      await setPolicy("POOL");
    }
  });
});
