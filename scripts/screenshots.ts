// npm run screenshots: PNGs of every hosted page, in English and Simplified Chinese, under docs/screenshots/.
// An in-memory gateway (PGlite) on a real port, a relying party on another, and Debian's Chromium through
// playwright-core walk the pages a user meets: sign-in (and its error), the email and SMS passcode pages,
// sign-up, the forgotten password, consent, the error page, and sign-out.
import { mkdir } from "node:fs/promises";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { createApp } from "../src/app.ts";
import { openDatabase } from "../src/db/index.ts";
import { createOutbox } from "../src/delivery/outbox.ts";
import { createArgon2Hasher } from "../src/identity/credentials/hasher.ts";
import { totpCodeAt } from "../src/identity/mfa/totp.ts";
import { createIdentity } from "../src/identity/index.ts";
import { createLogger } from "../src/logger.ts";
import { chromiumAvailable, chromiumPath, launchChromium } from "../test/helpers/chromium.ts";
import { startRelyingParty } from "../test/helpers/relying-party-server.ts";

const outputDir = join(import.meta.dirname, "..", "docs", "screenshots");
const languages = ["en-US", "zh-CN"] as const;
const password = "a long enough passphrase";

async function startGateway() {
  let handler: RequestListener = (_request, response) => response.writeHead(503).end();
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // localhost, not 127.0.0.1: browsers run passkeys only for a domain, so the pages offer them only there.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const log = createLogger("silent");
  const database = await openDatabase("pglite:memory", { migrate: true });
  const identity = createIdentity({
    db: database.prisma,
    sql: database.sql,
    hasher: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
    issuer: `${origin}/oidc`,
    delivery: createOutbox(database.prisma, log),
    settingsChanges: database.settingsChanges,
  });
  const pool = await identity.pools.createUserPool({ name: "Screenshots" });
  const app = createApp({
    config: {
      graphiql: false,
      introspection: false,
      corsOrigins: [],
      trustProxy: false,
      production: false,
      devOutboxQuery: false,
      publicUrl: origin,
    },
    identity,
    log,
  });
  handler = app.nodeListener;
  const { application, secret } = await identity.applications.createApplication(pool.id, { name: "Acme Notes" });
  const rp = await startRelyingParty(`${origin}/oidc`, { notes: { appId: application.appId, appSecret: secret } });
  await database.prisma.application.update({
    where: { id: application.id },
    data: { redirectUris: [rp.redirectUri], postLogoutRedirectUris: [rp.postLogoutRedirectUri] },
  });
  await identity.users.createUser(
    pool,
    { username: "alice", email: "alice@example.com", password, source: { type: "adminCreated" } },
    "admin",
  );
  return {
    origin,
    rp,
    appId: application.appId,
    /** A user for the second-step pages, under an application that requires a second factor until `done`. */
    async requireSecondFactorFor(username: string) {
      await database.prisma.application.update({ where: { id: application.id }, data: { mfaPolicy: "REQUIRED" } });
      await identity.users.createUser(pool, { username, password, source: { type: "adminCreated" } }, "admin");
      return {
        done: () => database.prisma.application.update({ where: { id: application.id }, data: { mfaPolicy: null } }),
      };
    },
    async close() {
      await rp.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

async function main() {
  if (!chromiumAvailable()) {
    console.error(`No Chromium at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  await mkdir(outputDir, { recursive: true });
  const gateway = await startGateway();
  const chromium = await launchChromium();
  const written: string[] = [];
  try {
    for (const language of languages) {
      const context = await chromium.newContext({ locale: language, viewport: { width: 900, height: 960 } });
      const page = await context.newPage();
      const shot = async (name: string) => {
        const path = join(outputDir, `${language}-${name}.png`);
        await page.screenshot({ path, fullPage: true });
        written.push(path);
      };
      const start = (extra = "") => page.goto(`${gateway.rp.origin}/start/notes?ui_locales=${language}${extra}`);
      const view = async (name: string) => {
        await start();
        await page.locator(`a[href*="/oidc/login/${name}?"]`).click();
        await page.waitForLoadState();
      };
      const submit = (page: Page) => page.locator('form button[type="submit"]:not([formaction])').first().click();

      await start();
      await shot("sign-in");
      await page.fill("#account", "alice");
      await page.fill("#password", "not the password");
      await submit(page);
      await page.getByRole("alert").waitFor();
      await shot("sign-in-error");

      await view("email");
      // One address per language: a second code to the same address would wait for the resend interval.
      await page.fill("#email", `alice.${language}@example.com`);
      await page.locator("button[formaction]").click();
      await page.getByRole("status").waitFor();
      await shot("email-passcode");
      await view("sms");
      await shot("sms-passcode");
      await view("signup");
      await shot("sign-up");
      await view("forgot");
      await shot("forgot-password");

      await start(`&prompt=consent&scope=${encodeURIComponent("openid profile email offline_access")}`);
      await page.fill("#account", "alice");
      await page.fill("#password", password);
      await submit(page);
      await page.locator("[data-scope]").first().waitFor();
      await shot("consent");
      await page.locator('button[value="allow"]').click();
      await page.waitForSelector("#signed-in");

      await page.goto(`${gateway.origin}/oidc/session/end`);
      await shot("sign-out");
      await submit(page);
      await page.waitForLoadState();
      await shot("signed-out");

      await page.goto(
        `${gateway.origin}/oidc/auth?client_id=${gateway.appId}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent("https://evil.example.com/cb")}`,
      );
      await shot("error");

      // The second step: enrolling an authenticator (required here), the recovery codes, then the code asked.
      const bob = `bob-${language}`;
      const required = await gateway.requireSecondFactorFor(bob);
      await start("&prompt=login");
      await page.fill("#account", bob);
      await page.fill("#password", password);
      await submit(page);
      await page.locator("#totp-secret").waitFor();
      await shot("mfa-enrol");
      const secret = (await page.textContent("#totp-secret")) ?? "";
      await page.fill("#code", totpCodeAt(secret, new Date()));
      await submit(page);
      await page.locator("ul.codes").waitFor();
      await shot("recovery-codes");
      await page.locator("a.button").click();
      await page.waitForSelector("#signed-in");
      await start("&prompt=login");
      await page.fill("#account", bob);
      await page.fill("#password", password);
      await submit(page);
      await page.locator('input[name="mfa_token"]').waitFor({ state: "attached" });
      await shot("mfa");
      await required.done();
      await context.close();
    }
  } finally {
    await chromium.close();
    await gateway.close();
  }
  for (const path of written) console.log(path);
}

await main();
