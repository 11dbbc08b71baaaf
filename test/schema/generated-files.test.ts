// schema.graphql, subgraph.graphql, the client's documents and the codegen output are committed; these fail when either is stale.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import codegenConfig from "../../codegen.ts";
import { clientDocumentFiles } from "../../scripts/client-documents.ts";
import { printSchemaSDL, printSubgraphSDL } from "../../src/graphql/print.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("committed generated files", () => {
  it("schema.graphql is what the Pothos schema prints (run npm run schema)", async () => {
    expect(printSchemaSDL()).toBe(await readFile(path.join(root, "schema.graphql"), "utf8"));
  });

  it("subgraph.graphql is what the federation subgraph prints (run npm run schema)", async () => {
    expect(printSubgraphSDL()).toBe(await readFile(path.join(root, "subgraph.graphql"), "utf8"));
  });

  it("clients/typescript/documents holds one document per public root field (run npm run schema)", async () => {
    const printed = clientDocumentFiles("clients/typescript/documents");
    expect(Object.keys(printed)).toContain("clients/typescript/documents/signInByAccountPassword.graphql");
    const committed = await readdir(path.join(root, "clients/typescript/documents"));
    expect(committed.map((name) => `clients/typescript/documents/${name}`).sort()).toEqual(Object.keys(printed).sort());
    for (const [file, document] of Object.entries(printed)) {
      expect(await readFile(path.join(root, file), "utf8"), file).toBe(document);
    }
  });

  it("test/gql and the client's gql are what graphql-codegen generates (run npm run codegen)", async () => {
    const files = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = await readFile(path.resolve(root, file.filename), "utf8").catch(() => "(missing)");
      expect(committed, file.filename).toBe(file.content);
    }
  });
});
