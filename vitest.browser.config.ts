// The browser tier: the hosted pages in headless Chromium (npm run test:browser, TEST_DB=postgres for PostgreSQL).
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/browser/**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 60_000,
    maxWorkers: 1,
  },
});
