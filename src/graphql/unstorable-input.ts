// Strings the database cannot store (NUL) or that are not text at all (unpaired UTF-16 surrogates) and JSON nested
// deeper than any real input would otherwise reach PostgreSQL and come back as an internal error. They are refused
// before execution, as a 400 naming the rule, wherever they appear: in the document's literals or in variables.
import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";

const unpairedSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const maxInputDepth = 32;

export function unstorableString(value: string): boolean {
  return value.includes("\u0000") || unpairedSurrogate.test(value);
}

const stringMessage = "String values may not contain NUL characters or unpaired UTF-16 surrogates.";

function refusal(message: string) {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/** The first problem in a variables value, or null. */
function problemIn(value: unknown, depth = 0): string | null {
  if (typeof value === "string") return unstorableString(value) ? stringMessage : null;
  if (value === null || typeof value !== "object") return null;
  if (depth >= maxInputDepth) return `Input values may be nested at most ${maxInputDepth} levels deep.`;
  for (const [key, inner] of Object.entries(value)) {
    if (unstorableString(key)) return stringMessage;
    const problem = problemIn(inner, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** A validation rule for the document's own string literals. */
export function storableLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (unstorableString(node.value)) context.reportError(new GraphQLError(stringMessage, { nodes: [node] }));
    },
  };
}

export const useStorableInput = (): Plugin => ({
  onParams({ params }) {
    const problem = problemIn(params.variables ?? null) ?? problemIn(params.extensions ?? null);
    if (problem) throw refusal(problem);
  },
  onValidate({ addValidationRule }) {
    addValidationRule(storableLiteralsRule);
  },
});
