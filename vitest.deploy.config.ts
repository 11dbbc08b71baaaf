// The deployment tier (npm run test:deploy): the Dockerfile's runtime stage replayed without Docker. It installs
// the production dependencies afresh (about a minute), so it runs once in CI, not with every `npm test`.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/deploy/**/*.test.ts"],
    exclude: ["node_modules/**"],
    globalSetup: [],
    testTimeout: 120_000,
    maxWorkers: 1,
  },
});
