// Passkeys on the hosted login page in headless Chromium with a virtual authenticator (the DevTools protocol's
// WebAuthn domain: a platform authenticator that keeps discoverable credentials and verifies its user): a user
// under REQUIRED enrols one instead of an authenticator app, then signs in with it alone (no account typed),
// then answers a password sign-in's second step with it. The page's script runs under its CSP (nonce, and
// connect-src 'self' for the options) or none of this happens.
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInChromium } from "../helpers/chromium-rig.ts";

const password = "a long enough passphrase";

describeInChromium("passkeys on the hosted login page in Chromium", { hostName: "localhost" }, (env) => {
  /** A tab with a virtual platform authenticator that verifies its user (a fingerprint, say) at once. */
  async function tabWithAuthenticator(): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; id: string }> {
    const context = await env.chromium.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return { context, page, cdp, id: authenticatorId };
  }

  async function signInWithPassword(page: Page, account: string) {
    await page.goto(`${env.rig.rp.origin}/start/first`);
    await page.getByLabel("Username, email or phone").fill(account);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.title()).toBe("Two-step verification");
  }

  async function signedInAs(page: Page) {
    await page.waitForSelector("#signed-in");
    return { sub: await page.textContent("#sub"), amr: await page.textContent("#amr") };
  }

  it("enrols a passkey at a REQUIRED sign-in, then signs in with it alone, then answers a second step with it", async () => {
    const user = await env.rig.createUser({ username: "browser-passkey" });
    const { context, page, cdp, id } = await tabWithAuthenticator();
    const application = { where: { id: env.rig.gateway.application.id } };
    await env.rig.gateway.db.application.update({ ...application, data: { mfaPolicy: "REQUIRED" } });
    try {
      // Enrol: the page offers a passkey beside the authenticator app's QR code.
      await signInWithPassword(page, "browser-passkey");
      await page.getByRole("button", { name: "Use a passkey instead" }).click();
      await expect.poll(() => page.title()).toBe("Save your recovery codes");
      expect(await page.locator("ul.codes li").count()).toBe(10);
      await page.getByRole("link", { name: "Continue" }).click();
      expect(await signedInAs(page)).toEqual({ sub: user.id, amr: "pwd hwk mfa" });
      const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId: id });
      expect(credentials).toHaveLength(1);
      expect(credentials[0]!.isResidentCredential).toBe(true);
      const stored = await env.rig.gateway.db.mfaFactor.findFirstOrThrow({
        where: { userId: user.id, type: "WEBAUTHN" },
      });
      expect(stored.credentialId).toBe(Buffer.from(credentials[0]!.credentialId, "base64").toString("base64url"));

      // Passwordless: no account typed, the authenticator's credential names the user.
      await context.clearCookies();
      await page.goto(`${env.rig.rp.origin}/start/first`);
      await page.getByRole("button", { name: "Sign in with a passkey" }).click();
      expect(await signedInAs(page)).toEqual({ sub: user.id, amr: "hwk user" });

      // A second factor: the password first, then the passkey.
      await context.clearCookies();
      await signInWithPassword(page, "browser-passkey");
      await page.getByRole("button", { name: "Use your passkey" }).click();
      expect(await signedInAs(page)).toEqual({ sub: user.id, amr: "pwd hwk mfa" });
      // Each answer moved the credential's counter on, as the gateway keeps it.
      const [credential] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId: id })).credentials;
      const after = await env.rig.gateway.db.mfaFactor.findUniqueOrThrow({ where: { id: stored.id } });
      expect(after.signCount).toBe(credential!.signCount);
    } finally {
      await env.rig.gateway.db.application.update({ ...application, data: { mfaPolicy: null } });
      await context.close();
    }
  });

  it("gives no challenge to a page whose form is no longer bound to the browser, and says so on it", async () => {
    const { context, page } = await tabWithAuthenticator();
    try {
      await page.goto(`${env.rig.rp.origin}/start/first`);
      const challenges = () => env.rig.gateway.db.passkeyChallenge.count();
      const before = await challenges();
      // The CSRF cookie gone (another tab signed in, say): the page's post for the options is refused.
      await context.clearCookies();
      const button = page.getByRole("button", { name: "Sign in with a passkey" });
      await button.click();
      await expect.poll(() => page.getByRole("alert").textContent()).toContain("The passkey was not used");
      expect(await challenges()).toBe(before);
      expect(await button.isEnabled()).toBe(true);
      expect(await page.getByLabel("Password").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
