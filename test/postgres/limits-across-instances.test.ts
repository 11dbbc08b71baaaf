// PostgreSQL-only: the limits' bursts spread over two gateway instances (own connection pools and identity cores,
// one database), as a load balancer would spread an attacker's requests.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { countingHasher, TestGateway } from "../helpers/gateway.ts";
import { openSecondInstance } from "../helpers/second-instance.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { DevOutbox } from "../graphql/passcode-documents.ts";

const postgresUrl = inject("postgresUrl");
const skipReason = inject("postgresUnavailableReason");
const captchaText = "K7PQ2";

describe.skipIf(!postgresUrl)(`two instances on PostgreSQL${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  const { hasher, counts } = countingHasher();
  let gateway: TestGateway;
  let second: Awaited<ReturnType<typeof openSecondInstance>>;
  const captchaGenerator = () => ({ text: captchaText, data: "<svg/>" });

  beforeAll(async () => {
    gateway = await TestGateway.start({
      databaseUrl: postgresUrl!,
      hasher,
      captchaGenerator,
      pool: { captchaAfterFailures: 5, lockAfterFailures: 10, passcodeMaxAttempts: 5, passcodeHourlyGuessLimit: 10 },
    });
    second = await openSecondInstance(gateway, postgresUrl!, { hasher, captchaGenerator });
  });
  afterAll(async () => {
    await second?.close();
    await gateway?.close();
  });

  /** Runs one document on either instance, alternating, and returns the named field of each answer. */
  async function spread(n: number, field: string, query: (i: number) => string) {
    const results = await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        if (i % 2 === 0) return (await second.execute(query(i))).data[field]!;
        const response = await gateway.app.fetch("http://gateway.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
          body: JSON.stringify({ query: query(i) }),
        });
        return ((await response.json()) as { data: Record<string, Record<string, unknown>> }).data[field]!;
      }),
    );
    const tally: Record<string, number> = {};
    for (const result of results) tally[String(result.__typename)] = (tally[String(result.__typename)] ?? 0) + 1;
    return tally;
  }

  it("60 parallel sign-ins over both: at most 5 passwords checked without captchas, the right one (last) refused", async () => {
    await createUser(gateway, { username: "spread-victim" });
    counts.verified = 0;
    const tally = await spread(
      60,
      "signInByAccountPassword",
      (i) =>
        `mutation { signInByAccountPassword(account: "spread-victim", password: "${i === 59 ? defaultPassword : `wrong ${i}`}") { __typename } }`,
    );
    expect(counts.verified).toBeLessThanOrEqual(5);
    expect(tally.SignInSuccess).toBeUndefined();
    expect(tally.CaptchaRequiredError).toBe(60 - counts.verified);
  });

  it("60 parallel sign-ins with solved captchas over both: at most 10 checked, then locked on both", async () => {
    await createUser(gateway, { username: "spread-locked" });
    const tokens = await Promise.all(
      Array.from({ length: 61 }, () => gateway.identity.captchas.issueCaptcha(gateway.pool)),
    );
    const attempt = (i: number, password: string) =>
      `mutation { signInByAccountPassword(account: "spread-locked", password: "${password}", options: { captchaToken: "${tokens[i]!.captchaToken}", captchaCode: "${captchaText}" }) { __typename } }`;
    counts.verified = 0;
    const tally = await spread(60, "signInByAccountPassword", (i) =>
      attempt(i, i === 59 ? defaultPassword : `wrong ${i}`),
    );
    expect(counts.verified).toBeLessThanOrEqual(10);
    expect(tally.SignInSuccess).toBeUndefined();
    expect((await second.execute(attempt(60, defaultPassword))).data.signInByAccountPassword).toEqual({
      __typename: "AccountLockedError",
    });
  });

  it("30 parallel sends to one address over both: exactly one sent, the rest a typed rate limit", async () => {
    const tally = await spread(
      30,
      "sendEmail",
      () => 'mutation { sendEmail(channel: CHANNEL_LOGIN, email: "spread@example.com") { __typename } }',
    );
    expect(tally).toEqual({ PasscodeSent: 1, PasscodeSendLimitError: 29 });
  });

  it("300 parallel guesses on one code over both: at most 5 compared, the right one (last) refused", async () => {
    await createUser(gateway, { email: "spread-guess@example.com" });
    await second.execute(
      'mutation { sendEmail(channel: CHANNEL_LOGIN, email: "spread-guess@example.com") { __typename } }',
    );
    const outbox = await gateway.execute(DevOutbox, { recipient: "spread-guess@example.com" });
    if (outbox.data.devOutbox.__typename !== "DevOutbox") throw new Error("no outbox");
    const code = /(\d{6})/.exec(outbox.data.devOutbox.messages[0]!.text)![1]!;
    const guess = (i: number) => (i === 299 ? code : String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const tally = await spread(
      300,
      "signInByEmailPasscode",
      (i) =>
        `mutation { signInByEmailPasscode(email: "spread-guess@example.com", passCode: "${guess(i)}") { __typename } }`,
    );
    expect(tally.SignInSuccess).toBeUndefined();
    expect(tally.PasscodeIncorrectError ?? 0).toBeLessThanOrEqual(5);
  });
});
