import type { SignInOptions } from "../../identity/authentication.ts";
import type { AccountLookup } from "../../identity/users/user-service.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { withEventLog } from "../log-event.ts";
import { signInErrors } from "../types/errors.ts";
import { SignInOptionsInput } from "../types/inputs.ts";
import { SignInSuccessType } from "../types/token-set.ts";

type Options = (SignInOptions & { clientIp?: string | null }) | null | undefined;

function signIn(context: GraphQLContext, lookup: AccountLookup, password: string, options: Options) {
  return withEventLog(context, "sign_in", () =>
    context.identity.signIn.signInByPassword(context, lookup, password, options),
  );
}

builder.mutationFields((t) => {
  const password = () => t.arg.string({ required: true });
  const options = () => t.arg({ type: SignInOptionsInput });
  const common = { type: SignInSuccessType, errors: { types: signInErrors } } as const;
  return {
    signInByAccountPassword: t.field({
      ...common,
      description: "Signs in with a phone number, email or username (matched in that order) and a password.",
      args: { account: t.arg.string({ required: true }), password: password(), options: options() },
      resolve: (_root, args, context) =>
        signIn(context, { kind: "account", account: args.account }, args.password, args.options),
    }),
    signInByUsernamePassword: t.field({
      ...common,
      args: { username: t.arg.string({ required: true }), password: password(), options: options() },
      resolve: (_root, args, context) =>
        signIn(context, { kind: "username", value: args.username }, args.password, args.options),
    }),
    signInByEmailPassword: t.field({
      ...common,
      args: { email: t.arg.string({ required: true }), password: password(), options: options() },
      resolve: (_root, args, context) =>
        signIn(context, { kind: "email", value: args.email }, args.password, args.options),
    }),
    signInByPhonePassword: t.field({
      ...common,
      args: {
        phone: t.arg.string({ required: true }),
        phoneCountryCode: t.arg.string({ description: "Defaults to the user pool's, e.g. +86." }),
        password: password(),
        options: options(),
      },
      resolve: (_root, args, context) =>
        signIn(
          context,
          { kind: "phone", value: args.phone, phoneCountryCode: args.phoneCountryCode },
          args.password,
          args.options,
        ),
    }),
  };
});
