// Passcode sign-up and sign-in, and the generic signUp(connection: PASSWORD | PASSCODE).
import type { SignInOptions, SignUpProfile } from "../../identity/authentication.ts";
import type { PasscodeRecipient } from "../../identity/passcodes/passcode-service.ts";
import { builder } from "../builder.ts";
import { answerProvenUser } from "../loaded-row.ts";
import type { GraphQLContext } from "../context.ts";
import { withEventLog } from "../log-event.ts";
import { passcodeSignInErrors, passcodeSignUpErrors } from "../types/errors.ts";
import { SignInOptionsInput, SignUpOptionsInput, SignUpProfileInput } from "../types/inputs.ts";
import { SignUpConnectionEnum } from "../types/passcodes.ts";
import { SignInSuccessType } from "../types/token-set.ts";

type SignUpOptions = {
  clientIp?: string | null;
  context?: Record<string, unknown> | null;
  passwordEncryptType?: "none" | "rsa" | "sm2" | null;
};

async function signUpWithPasscode(
  context: GraphQLContext,
  recipient: PasscodeRecipient,
  passCode: string,
  profile: SignUpProfile | null | undefined,
  options: SignUpOptions | null | undefined,
  query: object,
) {
  const user = await withEventLog(context, "sign_up", () =>
    context.identity.signIn.signUpByPasscode(context, { recipient, passCode, profile }, options),
  );
  return answerProvenUser(context, query, user);
}

function signInWithPasscode(
  context: GraphQLContext,
  recipient: PasscodeRecipient,
  passCode: string,
  options: (SignInOptions & { clientIp?: string | null }) | null | undefined,
) {
  return withEventLog(context, "sign_in", () =>
    context.identity.signIn.signInByPasscode(context, { recipient, passCode }, options),
  );
}

const SignUpPasswordPayload = builder.inputType("SignUpPasswordPayload", {
  fields: (t) => ({
    username: t.string(),
    email: t.string(),
    password: t.string({ required: true }),
  }),
});

const SignUpPassCodePayload = builder.inputType("SignUpPassCodePayload", {
  fields: (t) => ({
    email: t.string(),
    phone: t.string(),
    phoneCountryCode: t.string(),
    passCode: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  signUpByEmailPasscode: t.prismaField({
    type: "User",
    description: "Registers the owner of an email proven by a CHANNEL_REGISTER passcode (the email is verified).",
    errors: { types: passcodeSignUpErrors },
    args: {
      email: t.arg.string({ required: true }),
      passCode: t.arg.string({ required: true }),
      profile: t.arg({ type: SignUpProfileInput }),
      options: t.arg({ type: SignUpOptionsInput }),
    },
    resolve: (query, _root, args, context) =>
      signUpWithPasscode(
        context,
        { transport: "email", email: args.email },
        args.passCode,
        args.profile,
        args.options,
        query,
      ),
  }),
  signUpByPhonePasscode: t.prismaField({
    type: "User",
    description: "Registers the owner of a phone proven by a CHANNEL_REGISTER passcode (the phone is verified).",
    errors: { types: passcodeSignUpErrors },
    args: {
      phone: t.arg.string({ required: true }),
      phoneCountryCode: t.arg.string(),
      passCode: t.arg.string({ required: true }),
      profile: t.arg({ type: SignUpProfileInput }),
      options: t.arg({ type: SignUpOptionsInput }),
    },
    resolve: (query, _root, args, context) =>
      signUpWithPasscode(
        context,
        { transport: "sms", phone: args.phone, phoneCountryCode: args.phoneCountryCode },
        args.passCode,
        args.profile,
        args.options,
        query,
      ),
  }),
  signUp: t.prismaField({
    type: "User",
    description: "GenAuth's generic sign-up: PASSWORD with passwordPayload, or PASSCODE with passCodePayload.",
    errors: { types: passcodeSignUpErrors },
    args: {
      connection: t.arg({ type: SignUpConnectionEnum, required: true }),
      passwordPayload: t.arg({ type: SignUpPasswordPayload }),
      passCodePayload: t.arg({ type: SignUpPassCodePayload }),
      profile: t.arg({ type: SignUpProfileInput }),
      options: t.arg({ type: SignUpOptionsInput }),
    },
    resolve: async (query, _root, args, context) => {
      const user = await withEventLog(context, "sign_up", () =>
        context.identity.signIn.signUp(context, args, args.options),
      );
      return answerProvenUser(context, query, user);
    },
  }),
  signInByEmailPasscode: t.field({
    type: SignInSuccessType,
    description: "Signs in with a CHANNEL_LOGIN passcode sent to the email; autoRegister creates the account.",
    errors: { types: passcodeSignInErrors },
    args: {
      email: t.arg.string({ required: true }),
      passCode: t.arg.string({ required: true }),
      options: t.arg({ type: SignInOptionsInput }),
    },
    resolve: (_root, args, context) =>
      signInWithPasscode(context, { transport: "email", email: args.email }, args.passCode, args.options),
  }),
  signInByPhonePasscode: t.field({
    type: SignInSuccessType,
    description: "Signs in with a CHANNEL_LOGIN passcode texted to the phone; autoRegister creates the account.",
    errors: { types: passcodeSignInErrors },
    args: {
      phone: t.arg.string({ required: true }),
      phoneCountryCode: t.arg.string(),
      passCode: t.arg.string({ required: true }),
      options: t.arg({ type: SignInOptionsInput }),
    },
    resolve: (_root, args, context) =>
      signInWithPasscode(
        context,
        { transport: "sms", phone: args.phone, phoneCountryCode: args.phoneCountryCode },
        args.passCode,
        args.options,
      ),
  }),
}));
