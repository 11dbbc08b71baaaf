// PostgreSQL-only: real concurrency (PGlite runs one statement at a time, so races cannot happen there).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { SignUpByEmailPassword, SignUpByUsernamePassword } from "../graphql/documents.ts";
import { DevOutbox, SendEmail, SignInByEmailPasscode } from "../graphql/passcode-documents.ts";
import { SignInByAccountPassword } from "../graphql/documents.ts";
import { RefreshToken } from "../graphql/session-documents.ts";
import { signedHeaders } from "../helpers/signing.ts";
import { openSecondInstance } from "../helpers/second-instance.ts";

const postgresUrl = inject("postgresUrl");
const secretsKey = randomBytes(32);
const skipReason = inject("postgresUnavailableReason");

describe.skipIf(!postgresUrl)(`on PostgreSQL${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({ databaseUrl: postgresUrl!, secretsKey });
  });
  afterAll(() => gateway?.close());

  it("20 concurrent sign-ups of one username give exactly one user; the others get 2034", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gateway.execute(SignUpByUsernamePassword, { username: "racer", password: `a long passphrase number ${i}` }),
      ),
    );
    const outcomes = results.map((result) => result.data.signUpByUsernamePassword);
    expect(outcomes.filter((outcome) => outcome.__typename === "User")).toHaveLength(1);
    const refused = outcomes.filter((outcome) => outcome.__typename === "UserExistsError");
    expect(refused).toHaveLength(19);
    expect(refused.every((outcome) => "apiCode" in outcome && outcome.apiCode === 2034)).toBe(true);
    expect(await gateway.db.user.count({ where: { userPoolId: gateway.pool.id, username: "racer" } })).toBe(1);
    expect(
      await gateway.db.identity.count({ where: { userPoolId: gateway.pool.id, user: { username: "racer" } } }),
    ).toBe(1);
  });

  it("20 concurrent sign-ups of one email in different cases give exactly one user; the others get 2026", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gateway.execute(SignUpByEmailPassword, {
          email: i % 2 ? "Racer@Example.com" : "racer@example.COM",
          password: `a long passphrase number ${i}`,
        }),
      ),
    );
    const outcomes = results.map((result) => result.data.signUpByEmailPassword);
    expect(outcomes.filter((outcome) => outcome.__typename === "User")).toHaveLength(1);
    expect(
      outcomes.filter((outcome) => outcome.__typename === "UserExistsError" && outcome.apiCode === 2026),
    ).toHaveLength(19);
  });

  it("10 concurrent signed requests with one nonce: exactly one is served", async () => {
    const { accessKey, accessKeySecret } = await gateway.identity.accessKeys.createAccessKey({
      userPoolId: gateway.pool.id,
      accessKeyId: "setup",
      requestId: "setup",
    });
    const body = JSON.stringify({ query: "{ users(first: 1) { __typename } }" });
    const headers = signedHeaders({
      date: new Date(),
      secret: accessKeySecret,
      accessKeyId: accessKey.accessKeyId,
      nonce: "one-nonce-for-all",
      body,
    });
    const answers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await gateway.app.fetch("http://gateway.test/graphql", { method: "POST", headers, body });
        return ((await response.json()) as { data: { users: { __typename: string } } }).data.users.__typename;
      }),
    );
    expect(answers.filter((name) => name === "QueryUsersConnection")).toHaveLength(1);
    expect(answers.filter((name) => name === "NotAuthenticatedError")).toHaveLength(9);
  });

  it("10 concurrent uses of one passcode: exactly one signs in", async () => {
    await gateway.db.user.create({ data: { userPoolId: gateway.pool.id, email: "once@example.com" } });
    await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "once@example.com" });
    const outbox = await gateway.execute(DevOutbox, { recipient: "once@example.com" });
    if (outbox.data.devOutbox.__typename !== "DevOutbox") throw new Error("no outbox");
    const passCode = /(\d{6})/.exec(outbox.data.devOutbox.messages[0]!.text)![1]!;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gateway.execute(SignInByEmailPasscode, { email: "once@example.com", passCode })),
    );
    const typenames = results.map((result) => result.data.signInByEmailPasscode.__typename);
    expect(typenames.filter((name) => name === "SignInSuccess")).toHaveLength(1);
    // The losers are told the code is spent, or, when they arrive after the code's attempts were taken by the
    // others but before the winner marked it used, that its attempts are exhausted (both true at that instant).
    const losers = typenames.filter((name) => name !== "SignInSuccess");
    expect(losers).toHaveLength(9);
    for (const name of losers) expect(["PasscodeIncorrectError", "PasscodeAttemptsExceededError"]).toContain(name);
  });

  it("10 concurrent refreshes of one refresh token: exactly one wins, and the winner's tokens keep working", async () => {
    await gateway.identity.users.createUser(
      gateway.pool,
      { username: "refresher", password: "a long enough passphrase", source: { type: "adminCreated" } },
      "admin",
    );
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "refresher",
      password: "a long enough passphrase",
      options: { scope: "openid offline_access" },
    });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    const refreshToken = data.signInByAccountPassword.tokenSet.refresh_token!;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gateway.execute(RefreshToken, { refreshToken })),
    );
    const winners = results
      .map((result) => result.data.refreshToken)
      .filter((result) => result.__typename === "TokenSet");
    expect(winners).toHaveLength(1);
    const next = await gateway.execute(RefreshToken, {
      refreshToken: (winners[0] as { refresh_token: string }).refresh_token,
    });
    expect(next.data.refreshToken.__typename).toBe("TokenSet");
  });

  it("stateless instances: sign in on one, refresh and get locked out on another", async () => {
    const secondInstance = await openSecondInstance(gateway, postgresUrl!, { secretsKey });
    try {
      const second = secondInstance.app;
      const run = async (app: typeof second, query: string) => {
        const response = await app.fetch("http://gateway.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
          body: JSON.stringify({ query }),
        });
        return ((await response.json()) as { data: Record<string, Record<string, unknown>> }).data;
      };
      await gateway.db.userPool.update({
        where: { id: gateway.pool.id },
        data: { lockAfterFailures: 4, captchaAfterFailures: 100 },
      });
      await gateway.identity.users.createUser(
        gateway.pool,
        { username: "roamer", password: "a long enough passphrase", source: { type: "adminCreated" } },
        "admin",
      );
      const signedIn = await run(
        gateway.app,
        'mutation { signInByAccountPassword(account: "roamer", password: "a long enough passphrase", options: {scope: "openid offline_access"}) { ... on SignInSuccess { tokenSet { refresh_token } } } }',
      );
      const refreshToken = (signedIn.signInByAccountPassword!.tokenSet as { refresh_token: string }).refresh_token;
      const refreshed = await run(second, `mutation { refreshToken(refreshToken: "${refreshToken}") { __typename } }`);
      expect(refreshed.refreshToken).toEqual({ __typename: "TokenSet" });
      for (let i = 0; i < 4; i++) {
        const app = i % 2 ? second : gateway.app;
        await run(
          app,
          `mutation { signInByAccountPassword(account: "roamer", password: "wrong ${i}") { __typename } }`,
        );
      }
      const locked = await run(
        second,
        'mutation { signInByAccountPassword(account: "roamer", password: "a long enough passphrase") { __typename } }',
      );
      expect(locked.signInByAccountPassword).toEqual({ __typename: "AccountLockedError" });
      const lockedToo = await run(
        gateway.app,
        'mutation { signInByAccountPassword(account: "roamer", password: "a long enough passphrase") { __typename } }',
      );
      expect(lockedToo.signInByAccountPassword).toEqual({ __typename: "AccountLockedError" });
    } finally {
      await secondInstance.close();
    }
  });
});
