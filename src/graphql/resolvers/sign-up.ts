import { builder } from "../builder.ts";
import { answerProvenUser } from "../loaded-row.ts";
import { withEventLog } from "../log-event.ts";
import { signUpErrors } from "../types/errors.ts";
import { SignUpOptionsInput, SignUpProfileInput } from "../types/inputs.ts";
import type { GraphQLContext } from "../context.ts";
import type { SignUpPasswordInput } from "../../identity/authentication.ts";

type Options = { clientIp?: string | null; passwordEncryptType?: "none" | "rsa" | "sm2" | null } | null | undefined;

async function signUp(
  context: GraphQLContext,
  input: SignUpPasswordInput,
  options: Options,
  query: { select?: Record<string, unknown> },
) {
  const user = await withEventLog(context, "sign_up", () =>
    context.identity.signIn.signUpByPassword(context, input, options),
  );
  return answerProvenUser(context, query, user);
}

builder.mutationFields((t) => ({
  signUpByUsernamePassword: t.prismaField({
    type: "User",
    description: "Registers a user with a username and password (username taken: apiCode 2034).",
    errors: { types: signUpErrors },
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      profile: t.arg({ type: SignUpProfileInput }),
      options: t.arg({ type: SignUpOptionsInput }),
    },
    resolve: (query, _root, args, context) =>
      signUp(context, { username: args.username, password: args.password, profile: args.profile }, args.options, query),
  }),
  signUpByEmailPassword: t.prismaField({
    type: "User",
    description: "Registers a user with an email and password (email taken: apiCode 2026).",
    errors: { types: signUpErrors },
    args: {
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      profile: t.arg({ type: SignUpProfileInput }),
      options: t.arg({ type: SignUpOptionsInput }),
    },
    resolve: (query, _root, args, context) =>
      signUp(context, { email: args.email, password: args.password, profile: args.profile }, args.options, query),
  }),
}));
