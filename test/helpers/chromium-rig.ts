// A describe block of browser tests: a gateway on a real port (startBrowserGateway's options) and a Chromium,
// started before its tests and closed after; skipped, with a line saying why, where Debian's Chromium is missing.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { type BrowserGateway, startBrowserGateway } from "./browser-gateway.ts";
import { chromiumAvailable, chromiumPath, launchChromium } from "./chromium.ts";

export interface ChromiumRig {
  rig: BrowserGateway;
  chromium: Browser;
}

const available = chromiumAvailable();
if (!available) console.warn(`Browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium).`);

export function describeInChromium(
  name: string,
  options: Parameters<typeof startBrowserGateway>[0],
  tests: (env: ChromiumRig) => void,
) {
  describe.skipIf(!available)(name, () => {
    // Filled before the first test runs; the tests read it then.
    const env = {} as ChromiumRig;
    beforeAll(async () => {
      env.rig = await startBrowserGateway(options);
      env.chromium = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await env.chromium?.close();
      await env.rig?.close();
    });
    tests(env);
  });
}
