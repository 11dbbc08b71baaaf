import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql ships both CJS and ESM builds; Pothos and yoga must see the same instance as our code, or graphql
    // refuses types "from another module or realm".
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests are their own tier (npm run test:browser): Chromium is slow to start and not everywhere; so is
    // the container rehearsal (npm run test:deploy), which installs the production dependencies afresh.
    exclude: [...configDefaults.exclude, "test/browser/**", "test/deploy/**"],
    globalSetup: ["test/helpers/global-setup.ts"],
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
    // Each file opens its own database; two workers match the machines this runs on.
    maxWorkers: 2,
  },
});
