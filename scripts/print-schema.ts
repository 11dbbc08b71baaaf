// npm run schema: prints schema.graphql (the public API), subgraph.graphql (the same as an Apollo Federation
// subgraph, for composing a supergraph offline) and the typed client's documents from the Pothos schema, sorted
// so diffs show only real changes. npm run schema -- --check: exits 1 when a committed file differs.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { clientDocumentFiles } from "./client-documents.ts";
import { printSchemaSDL, printSubgraphSDL } from "../src/graphql/print.ts";

const documentsDir = "clients/typescript/documents";
const files: Record<string, string> = {
  "schema.graphql": printSchemaSDL(),
  "subgraph.graphql": printSubgraphSDL(),
  ...clientDocumentFiles(documentsDir),
};
if (!process.argv.includes("--check")) {
  // Documents of fields the schema no longer has go.
  for (const name of readdirSync(fileURLToPath(new URL(`../${documentsDir}`, import.meta.url)))) {
    if (!(`${documentsDir}/${name}` in files))
      rmSync(fileURLToPath(new URL(`../${documentsDir}/${name}`, import.meta.url)));
  }
}
let stale = false;
for (const [name, printed] of Object.entries(files)) {
  const target = fileURLToPath(new URL(`../${name}`, import.meta.url));
  if (!process.argv.includes("--check")) {
    writeFileSync(target, printed);
    console.log(`wrote ${target}`);
  } else if (readFileSync(target, { encoding: "utf8", flag: "a+" }) !== printed) {
    console.error(`${name} is out of date: run npm run schema and commit it.`);
    stale = true;
  } else {
    console.log(`${name} is current.`);
  }
}
if (stale) process.exit(1);
