import { printSubgraphSchema } from "@apollo/subgraph";
import { lexicographicSortSchema, printSchema } from "graphql";
import { federatedSchema } from "./federation.ts";
import { schema } from "./schema.ts";

/** The SDL of schema.graphql: sorted, so a diff shows only real changes. */
export function printSchemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The SDL of subgraph.graphql: what `_service { sdl }` answers a router, with the federation directives. */
export function printSubgraphSDL(): string {
  return `${printSubgraphSchema(federatedSchema())}\n`;
}
