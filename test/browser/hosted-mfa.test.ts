// The hosted login's second step in headless Chromium: an enrolled user types their authenticator's code; under a
// REQUIRED policy a user without a factor sees the QR code (an image the page's CSP lets through), types the
// key's code, keeps the recovery codes shown once and goes on to the client. Fields are found by their labels.
import { expect, it } from "vitest";
import { totpCodeAt } from "../../src/identity/mfa/totp.ts";
import { describeInChromium } from "../helpers/chromium-rig.ts";

const password = "a long enough passphrase";

describeInChromium("the hosted login's second step in Chromium", {}, (env) => {
  async function signInToFirst(account: string) {
    const page = await (await env.chromium.newContext()).newPage();
    await page.goto(`${env.rig.rp.origin}/start/first`);
    await page.getByLabel("Username, email or phone").fill(account);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.title()).toBe("Two-step verification");
    return page;
  }

  it("takes an enrolled user's authenticator code", async () => {
    const user = await env.rig.createUser({ username: "browser-totp" });
    const factors = env.rig.gateway.identity.mfaFactors;
    const enrolment = await factors.startTotpEnrolment(env.rig.gateway.pool, user);
    await factors.confirmEnrolment(
      env.rig.gateway.pool,
      user,
      enrolment.factor.id,
      totpCodeAt(enrolment.secret, new Date()),
    );
    const page = await signInToFirst("browser-totp");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("code");
    await page.getByLabel("Code", { exact: true }).fill(totpCodeAt(enrolment.secret, new Date(Date.now() + 30_000)));
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForSelector("#signed-in");
    expect(await page.textContent("#sub")).toBe(user.id);
  });

  it("has a user enrol under REQUIRED: QR code shown, the key's code taken, recovery codes, then the client", async () => {
    const user = await env.rig.createUser({ username: "browser-enrols" });
    await env.rig.gateway.db.application.update({
      where: { id: env.rig.gateway.application.id },
      data: { mfaPolicy: "REQUIRED" },
    });
    try {
      const page = await signInToFirst("browser-enrols");
      // Drawn: the data: SVG passed the page's Content-Security-Policy.
      expect(await page.locator("img.qr").evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
      const secret = (await page.textContent("#totp-secret"))!;
      await page.getByLabel("Code", { exact: true }).fill(totpCodeAt(secret, new Date()));
      await page.getByRole("button", { name: "Verify" }).click();
      await expect.poll(() => page.title()).toBe("Save your recovery codes");
      expect(await page.locator("ul.codes li").count()).toBe(10);
      await page.getByRole("link", { name: "Continue" }).click();
      await page.waitForSelector("#signed-in");
      expect(await page.textContent("#sub")).toBe(user.id);
    } finally {
      await env.rig.gateway.db.application.update({
        where: { id: env.rig.gateway.application.id },
        data: { mfaPolicy: null },
      });
    }
  });
});
