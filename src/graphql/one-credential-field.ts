// A validation rule: a mutation may hold at most one field that checks a credential or sends a passcode.
// Otherwise aliases (`a: signIn… b: signIn…`) would multiply guesses inside one request. Counted per operation:
// only one operation of a document runs per request (batching is off), so GraphiQL's multi-operation documents
// still work.
import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from "graphql";

const guarded =
  /^(signIn|signUp|send(Sms|Email)$|verify\w+Request$|verifyMfa$|resetPassword$|updatePassword$|refreshToken$|bind|unbind)/;

export function oneCredentialFieldRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== "mutation") return;
      let seen = 0;
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && guarded.test(selection.name.value)) seen++;
        // Fragments on Mutation could hide more: refuse them at the root of a mutation that guards credentials.
        if (selection.kind !== Kind.FIELD) seen += 2;
      }
      if (seen > 1) {
        context.reportError(
          new GraphQLError("A request may hold only one sign-in, sign-up, passcode or password field.", {
            nodes: [node],
          }),
        );
      }
    },
  };
}
