// npm run schema: prints schema.graphql from the Pothos schema (sorted, so diffs show only real changes).
// npm run schema -- --check: exits 1 when the committed file differs.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaSDL } from "../src/graphql/print.ts";

const target = fileURLToPath(new URL("../schema.graphql", import.meta.url));
const printed = printSchemaSDL();
if (process.argv.includes("--check")) {
  const committed = readFileSync(target, "utf8");
  if (committed !== printed) {
    console.error("schema.graphql is out of date: run npm run schema and commit it.");
    process.exit(1);
  }
  console.log("schema.graphql is current.");
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
