// The README names which operations are queries (a field added to or moved in the schema must not leave it wrong)
// and shows screenshots of the hosted pages (each must be in the repository).
import { existsSync, readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("lists exactly the schema's queries as the queries", () => {
    const paragraph = /The queries are([\s\S]*?); every other field/.exec(readme)?.[1];
    expect(paragraph).toBeDefined();
    const listed = [...paragraph!.matchAll(/`(\w+)`/g)].map((match) => match[1]).sort();
    expect(listed).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  it("shows only screenshots that are committed (npm run screenshots writes them)", () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThanOrEqual(20);
    const missing = images.filter((image) => !existsSync(new URL(`../../${image}`, import.meta.url)));
    expect(missing).toEqual([]);
  });
});
