// The schema as an Apollo Federation v2 subgraph (the gateway's FEDERATION setting): the public schema plus the
// router's `_service` and `_entities`. The entity itself is declared in types/user-entity.ts.
import type { GraphQLSchema } from "graphql";
import { builder } from "./builder.ts";
import "./schema.ts";

let subgraphSchema: GraphQLSchema | null = null;

/** Built on first use: a gateway that is not a subgraph never pays for it. */
export function federatedSchema(): GraphQLSchema {
  subgraphSchema ??= builder.toSubGraphSchema({ linkUrl: "https://specs.apollo.dev/federation/v2.6" });
  return subgraphSchema;
}
