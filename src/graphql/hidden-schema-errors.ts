// With introspection off, the schema is not published, and error messages must not publish it piecemeal:
// graphql-js names types, fields, enum values and input fields in its validation and variable errors ("Did you
// mean the enum value ...", "an inline fragment on ..."), so a prober could map the whole schema from them.
// Requests that fail before execution get one generic message per kind instead; resolver errors are untouched.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

const kept = [
  /^Syntax Error:/,
  /introspection/i,
  /limit of \d+/i,
  /^Token limit/i,
  /^Query depth/i,
  /^String values may not/,
  /^Input values may be nested/,
];

function genericMessage(message: string): string {
  if (/^Variable "\$/.test(message)) return "A variable has a value this operation does not accept.";
  return "The operation is not valid for this API.";
}

export const useHiddenSchemaErrors = (): Plugin => ({
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
    const errors = result.errors.map((error) => {
      const code = error.extensions?.code;
      const fromGraphqlJs =
        !error.path &&
        !error.originalError &&
        (code === undefined || code === "GRAPHQL_VALIDATION_FAILED" || code === "BAD_USER_INPUT");
      if (!fromGraphqlJs || kept.some((pattern) => pattern.test(error.message))) return error;
      return new GraphQLError(genericMessage(error.message), {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: error.extensions,
      });
    });
    setResult({ ...result, errors });
  },
});
