// Pools share the captcha table; each sweeps only its own expired challenges. Seen in CI: a test file whose fake
// clock ran a day ahead swept another file's live captcha, whose right answer was then refused.
import { afterAll, beforeAll, expect, it } from "vitest";
import { altchaKey, createCaptchaService } from "../../src/identity/credentials/captcha.ts";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start();
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

  await expect(behind.checkCaptcha(gateway.pool, issued.captchaToken, "k7pq2")).resolves.toBeUndefined();
});
