import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.ts";

/** The SDL of schema.graphql: sorted, so a diff shows only real changes. */
export function printSchemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
