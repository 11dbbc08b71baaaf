// The hosted login in headless Chromium (Debian's, driven by playwright-core), between a relying party on its own
// port and the gateway on another: sign in, single sign-on into a second application without a page, consent,
// a wrong password announced, passcode sign-in through the development outbox, and logout. The fields are found
// by their labels, so a page whose inputs lose their labels fails here.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInChromium } from "../helpers/chromium-rig.ts";

const password = "a long enough passphrase";

describeInChromium("the hosted login in Chromium", {}, (env) => {
  /** A fresh browser profile's page, with the gateway's HTML pages it was shown recorded. */
  async function newPage() {
    const context = await env.chromium.newContext();
    const page = await context.newPage();
    const gatewayPages: string[] = [];
    page.on("response", (response) => {
      if (response.url().startsWith(env.rig.origin) && response.headers()["content-type"]?.startsWith("text/html"))
        gatewayPages.push(new URL(response.url()).pathname);
    });
    return { page, gatewayPages };
  }

  async function signInWithPassword(page: Page, account: string, secret = password) {
    await page.getByLabel("Username, email or phone").fill(account);
    await page.getByLabel("Password").fill(secret);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  it("signs in, then signs in to a second application without a page (single sign-on), then logs out", async () => {
    const user = await env.rig.createUser({ username: "browser-alice" });
    const { page, gatewayPages } = await newPage();
    await page.goto(`${env.rig.rp.origin}/start/first`);
    await expect.poll(() => page.title()).toBe("Sign in");
    // The first field has the focus: a keyboard user types at once.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("account");
    await signInWithPassword(page, "browser-alice");
    await page.waitForSelector("#signed-in");
    expect(await page.textContent("#sub")).toBe(user.id);

    gatewayPages.length = 0;
    await page.goto(`${env.rig.rp.origin}/start/second`);
    await page.waitForSelector("#signed-in");
    expect(await page.textContent("#signed-in")).toContain("second");
    expect(gatewayPages).toEqual([]);

    await page.goto(`${env.rig.rp.origin}/logout/second`);
    await page.waitForSelector("#signed-out");
    await page.goto(`${env.rig.rp.origin}/start/first`);
    await expect.poll(() => page.title()).toBe("Sign in");
  });

  it("asks consent for offline_access, lists it in words, and gives a refresh token once allowed", async () => {
    await env.rig.createUser({ username: "browser-consent" });
    const { page } = await newPage();
    await page.goto(`${env.rig.rp.origin}/start/first?scope=${encodeURIComponent("openid profile offline_access")}`);
    await signInWithPassword(page, "browser-consent");
    await expect.poll(() => page.title()).toBe("Allow access?");
    expect(await page.locator('[data-scope="offline_access"]').textContent()).toContain("Stay connected");
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForSelector("#signed-in");
    expect(await page.textContent("#refresh")).toBe("with a refresh token");
  });

  it("announces a wrong password on the page and keeps the account typed", async () => {
    await env.rig.createUser({ username: "browser-wrong" });
    const { page } = await newPage();
    await page.goto(`${env.rig.rp.origin}/start/first`);
    await signInWithPassword(page, "browser-wrong", "not the password");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/\S/);
    expect(await page.getByLabel("Username, email or phone").inputValue()).toBe("browser-wrong");
    expect(await page.getByLabel("Password").getAttribute("aria-invalid")).toBe("true");
    await signInWithPassword(page, "browser-wrong");
    await page.waitForSelector("#signed-in");
  });

  it("signs in by an email passcode read from the outbox", async () => {
    const user = await env.rig.createUser({ email: "browser-code@example.com" });
    const { page } = await newPage();
    await page.goto(`${env.rig.rp.origin}/start/first`);
    await page.getByRole("link", { name: "Email code" }).click();
    await page.getByLabel("Email").fill("browser-code@example.com");
    await page.getByRole("button", { name: "Send a code" }).click();
    await page.getByRole("status").waitFor();
    // After the code is sent, the focus is on the code's field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("passCode");
    await page.getByLabel("Verification code").fill(await env.rig.latestPasscode("browser-code@example.com"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForSelector("#signed-in");
    expect(await page.textContent("#sub")).toBe(user.id);
  });
});

describeInChromium(
  "the hosted login's proof-of-work captcha in Chromium",
  {
    pool: { captchaKind: "altcha", captchaAfterFailures: 1 },
    altchaMaxNumber: 20_000,
  },
  (env) => {
    it("after a failure, the page solves the ALTCHA challenge itself and the sign-in goes through", async () => {
      const user = await env.rig.createUser({ username: "browser-pow" });
      const page = await (await env.chromium.newContext()).newPage();
      await page.goto(`${env.rig.rp.origin}/start/first`);
      await page.getByLabel("Username, email or phone").fill("browser-pow");
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.getByRole("alert").waitFor();
      // The next attempt needs the captcha: refused with it shown, the page starts solving at once.
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.locator("#altcha-status").waitFor();
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForSelector("#signed-in");
      expect(await page.textContent("#sub")).toBe(user.id);
    });
  },
);
