// Pools share the captcha table; each sweeps only its own expired challenges. Seen in CI: a test file whose fake
// clock ran a day ahead swept another file's live captcha, whose right answer was then refused. The sweep runs
// beside the requests that issue captchas, at most once a minute per pool and process, not inside each.
import { afterAll, beforeAll, expect, it } from "vitest";
import { altchaKey, createCaptchaService } from "../../src/identity/credentials/captcha.ts";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";

const clock = new FakeClock();
const statements: string[] = [];
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start({ clock, onQuery: (sql) => statements.push(sql) });
});
afterAll(() => gateway.close());

it("a pool whose clock is a day ahead does not sweep another pool's live captcha", async () => {
  const start = Date.parse("2026-11-23T10:00:00Z");
  const captchasAt = (clock: FakeClock) =>
    createCaptchaService({
      db: gateway.db,
      clock,
      generate: () => ({ text: "K7PQ2", data: "<svg/>" }),
      altchaHmacKey: altchaKey(null),
    });
  const behind = captchasAt(new FakeClock(start));
  const ahead = captchasAt(new FakeClock(start + 86_400_000));
  const otherPool = await gateway.identity.pools.createUserPool({ name: "pool with a clock ahead" });

  const issued = await behind.issueCaptcha(gateway.pool);
  await ahead.issueCaptcha(otherPool);
  await ahead.swept();

  await expect(behind.checkCaptcha(gateway.pool, issued.captchaToken, "k7pq2")).resolves.toBeUndefined();
});

const captchaRows = () => gateway.db.captchaChallenge.count({ where: { userPoolId: gateway.pool.id } });
const sweeps = () => statements.filter((sql) => /DELETE FROM "public"."CaptchaChallenge"/.test(sql)).length;

it("deletes a pool's expired captchas once a minute, not on every issue", async () => {
  const captchas = gateway.identity.captchas;
  await captchas.issueCaptcha(gateway.pool);
  await captchas.swept();
  const afterFirst = sweeps();
  for (let i = 0; i < 3; i++) await captchas.issueCaptcha(gateway.pool);
  expect(sweeps()).toBe(afterFirst);
  expect(await captchaRows()).toBe(4);
  // Past their five minutes: the next issue sweeps them, and keeps its own.
  clock.advance(301_000);
  await captchas.issueCaptcha(gateway.pool);
  await captchas.swept();
  expect(sweeps()).toBe(afterFirst + 1);
  expect(await captchaRows()).toBe(1);
});
