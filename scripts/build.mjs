// npm run build: the gateway as one ES module (dist/gateway/server.mjs), which `npm start` runs with plain node.
// Running the TypeScript sources through tsx costs ~45 MiB of memory at idle and more under load (tsx's loader
// thread and its transforms); dependencies stay in node_modules. The output sits two folders below the project
// root, as src/db/migrations.ts does, so its path to prisma/ holds for both.
import { build } from "esbuild";

await build({
  entryPoints: ["src/server.ts"],
  outfile: "dist/gateway/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
