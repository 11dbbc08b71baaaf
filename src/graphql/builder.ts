// Only plugins and scalars live here; each type adds itself in types/*.ts.
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import DirectivePlugin from "@pothos/plugin-directives";
import ErrorsPlugin from "@pothos/plugin-errors";
import FederationPlugin from "@pothos/plugin-federation";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import type { GraphQLContext } from "./context.ts";
import { ForbiddenError, NotAuthenticatedError } from "../identity/errors.ts";

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { user: boolean; admin: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  // Errors first: it wraps scope-auth, so refusals become union members rather than top-level errors.
  // Federation (with the directives it prints) last, after the plugins that wrap resolvers, as it asks.
  plugins: [
    ErrorsPlugin,
    ScopeAuthPlugin,
    RelayPlugin,
    PrismaPlugin,
    DataloaderPlugin,
    DirectivePlugin,
    FederationPlugin,
  ],
  relay: { clientMutationId: "omit", cursorType: "String" },
  // Fields are non-null unless they say otherwise, so generated clients need no null checks for what is always there.
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({ user: context.viewer !== null, admin: context.admin !== null }),
    // Refusals are typed union members (admin fields list both errors), never a bare GraphQL error.
    unauthorizedError: (_parent, context) =>
      context.admin === null && context.viewer === null
        ? (context.credentialRefusal ?? new NotAuthenticatedError("missing"))
        : new ForbiddenError(),
  },
  errors: {
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Success` },
  },
  prisma: {
    client: (context) => context.identity.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
  },
});

builder.queryType({});
builder.mutationType({});
