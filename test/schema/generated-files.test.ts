// schema.graphql and the codegen output are committed; these fail when either is stale.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import codegenConfig from "../../codegen.ts";
import { printSchemaSDL } from "../../src/graphql/print.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("committed generated files", () => {
  it("schema.graphql is what the Pothos schema prints (run npm run schema)", async () => {
    expect(printSchemaSDL()).toBe(await readFile(path.join(root, "schema.graphql"), "utf8"));
  });

  it("test/gql is what graphql-codegen generates (run npm run codegen)", async () => {
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
