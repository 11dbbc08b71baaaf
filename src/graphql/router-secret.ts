// The federation router's own fields (`_service`, `_entities`) answer only the router when a secret is set:
// `_entities` resolves users by id and `_service` hands out the SDL even with introspection off, so a client that
// reaches the gateway directly must not use them. Checked in validation, where an alias or a fragment cannot hide
// the field (each field is seen with its parent type).
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";

export const routerSecretHeader = "x-router-secret";
const routerFields = new Set(["_service", "_entities"]);

const digest = (value: string) => createHash("sha256").update(value).digest();

function routerFieldsRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (context.getParentType() !== context.getSchema().getQueryType() || !routerFields.has(node.name.value)) return;
      context.reportError(
        new GraphQLError(`${node.name.value} answers only the federation router (the ${routerSecretHeader} header).`, {
          nodes: [node],
          extensions: { code: "FORBIDDEN" },
        }),
      );
    },
  };
}

export function useRouterSecret(secret: string): Plugin {
  const expected = digest(secret);
  return {
    onValidate({ addValidationRule, context }) {
      const presented = (context as { request?: Request }).request?.headers.get(routerSecretHeader);
      // Digests of equal length, so the comparison takes the same time whatever the guess.
      if (presented && timingSafeEqual(digest(presented), expected)) return;
      addValidationRule(routerFieldsRule);
    },
  };
}
