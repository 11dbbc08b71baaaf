// The README names which operations are queries; a field added to or moved in the schema must not leave it wrong.
import { readFileSync } from "node:fs";
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
});
