// Second factors: a sign-in's second step (verifyMfa, and the enrolment an mfaToken allows when one is required)
// and a signed-in user's own factors. Each resolver calls one operation of src/identity/operations/mfa.ts.
import type { MfaFactor } from "../../generated/prisma/client.ts";
import { builder } from "../builder.ts";
import { withEventLog } from "../log-event.ts";
import {
  MfaAnswerKindEnum,
  mfaCodeSendErrors,
  mfaFactorErrors,
  passkeySignInErrors,
  verifyMfaErrors,
} from "../types/errors.ts";
import { SignInSuccessType } from "../types/token-set.ts";
import { PasscodeSentType } from "../types/passcodes.ts";
import { captchaArgs } from "../types/inputs.ts";
import { MfaFactorType } from "../types/mfa-factor.ts";
import { TokenSetType } from "../types/token-set.ts";
import { UserType } from "../types/user.ts";
import { answerProvenUser } from "../loaded-row.ts";
import type { SignedIn } from "../../identity/authentication.ts";

const captchaOf = (args: { captchaCode?: string | null; captchaToken?: string | null }) => ({
  captchaCode: args.captchaCode,
  captchaToken: args.captchaToken,
});

const AddressFactorEnum = builder.enumType("MfaAddressFactor", { values: ["SMS", "EMAIL"] as const });

interface TotpEnrolment {
  factor: MfaFactor;
  secret: string;
  uri: string;
  qrCodeSvg: string;
}

const TotpEnrolmentType = builder.objectRef<TotpEnrolment>("TotpEnrollment").implement({
  description: "A pending TOTP factor: show the QR code (or the secret), then confirm it with the app's first code.",
  fields: (t) => ({
    factorId: t.string({ resolve: (enrolment) => enrolment.factor.id }),
    secret: t.exposeString("secret", { description: "Base32, for typing into an authenticator app." }),
    otpauthUri: t.exposeString("uri"),
    qrCodeSvg: t.exposeString("qrCodeSvg", { description: "The otpauth URI as an SVG QR code." }),
  }),
});

const PendingFactorType = builder.objectRef<{ factor: MfaFactor; expiresIn: number }>("PendingMfaFactor").implement({
  description: "A factor waiting for the code just sent to its address: confirmMfaFactorEnrollment finishes it.",
  fields: (t) => ({
    factorId: t.string({ resolve: (pending) => pending.factor.id }),
    expiresIn: t.exposeInt("expiresIn", { description: "Seconds the code stays valid." }),
  }),
});

const VerifyMfaSuccessType = builder
  .objectRef<SignedIn & { recoveryCodes: string[] | null }>("VerifyMfaSuccess")
  .implement({
    fields: (t) => ({
      tokenSet: t.field({ type: TokenSetType, resolve: (signedIn) => signedIn.tokenSet }),
      user: t.prismaField({
        type: UserType,
        resolve: (query, signedIn, _args, context) => answerProvenUser(context, query, signedIn.user),
      }),
      recoveryCodes: t.stringList({
        nullable: true,
        description: "When the sign-in enrolled the user's first factor: their ten recovery codes, shown this once.",
        resolve: (signedIn) => signedIn.recoveryCodes,
      }),
    }),
  });

const ConfirmedFactorType = builder
  .objectRef<{ factor: MfaFactor; recoveryCodes: string[] | null }>("ConfirmedMfaFactor")
  .implement({
    fields: (t) => ({
      factor: t.field({ type: MfaFactorType, resolve: (confirmed) => confirmed.factor }),
      recoveryCodes: t.stringList({
        nullable: true,
        description: "With the first factor: ten single-use recovery codes, shown this once.",
        resolve: (confirmed) => confirmed.recoveryCodes,
      }),
    }),
  });

const RecoveryCodesType = builder.objectRef<string[]>("RecoveryCodes").implement({
  fields: (t) => ({
    codes: t.stringList({
      description: "Shown this once; every earlier code stops working.",
      resolve: (codes) => codes,
    }),
  }),
});

const MyMfaFactorsType = builder
  .objectRef<{ factors: MfaFactor[]; recoveryCodesLeft: number }>("MyMfaFactors")
  .implement({
    fields: (t) => ({
      factors: t.field({ type: [MfaFactorType], resolve: (mine) => mine.factors }),
      recoveryCodesLeft: t.exposeInt("recoveryCodesLeft"),
    }),
  });

builder.queryFields((t) => ({
  myMfaFactors: t.field({
    type: MyMfaFactorsType,
    description: "The signed-in user's confirmed second factors and how many recovery codes are unused.",
    errors: { types: mfaFactorErrors },
    resolve: (_root, _args, context) => context.identity.mfa.myFactors(context),
  }),
}));

const PasskeyOptionsType = builder.objectRef<{ options: unknown }>("PasskeyOptions").implement({
  description: "WebAuthn options as JSON, for @simplewebauthn/browser's startRegistration/startAuthentication.",
  fields: (t) => ({
    options: t.field({ type: "JSONObject", resolve: (wrapped) => wrapped.options as Record<string, unknown> }),
  }),
});

builder.mutationFields((t) => ({
  passkeyRegistrationOptions: t.field({
    type: PasskeyOptionsType,
    description:
      "The options for navigator.credentials.create() to make a passkey (needs a recent sign-in); registerPasskey " +
      "takes its answer. The challenge is good for one answer within 5 minutes.",
    errors: { types: mfaFactorErrors },
    resolve: async (_root, _args, context) => ({
      options: await context.identity.mfa.passkeyRegistrationOptions(context),
    }),
  }),
  registerPasskey: t.field({
    type: ConfirmedFactorType,
    description:
      "Stores the passkey navigator.credentials.create() made (its answer as JSON); the first factor brings recovery codes.",
    errors: { types: mfaFactorErrors },
    args: { response: t.arg({ type: "JSONObject", required: true }), name: t.arg.string() },
    resolve: (_root, args, context) =>
      context.identity.mfa.registerPasskey(context, { response: args.response as never, name: args.name }),
  }),
  passkeySignInOptions: t.field({
    type: PasskeyOptionsType,
    description: "The options for navigator.credentials.get() to sign in with a passkey, no account typed.",
    errors: { types: passkeySignInErrors },
    resolve: async (_root, _args, context) => ({ options: await context.identity.mfa.passkeySignInOptions(context) }),
  }),
  signInWithPasskey: t.field({
    type: SignInSuccessType,
    description:
      "Signs in with a passkey alone (user verification required): navigator.credentials.get()'s answer as JSON.",
    errors: { types: passkeySignInErrors },
    args: { response: t.arg({ type: "JSONObject", required: true }), scope: t.arg.string() },
    resolve: (_root, args, context) =>
      withEventLog(context, "sign_in", () =>
        context.identity.mfa.signInWithPasskey(context, { response: args.response as never, scope: args.scope }),
      ),
  }),
  mfaPasskeyOptions: t.field({
    type: PasskeyOptionsType,
    description: "For an MfaRequired answered with a passkey: the options for navigator.credentials.get().",
    errors: { types: verifyMfaErrors },
    args: { mfaToken: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => ({ options: await context.identity.mfa.mfaPasskeyOptions(context, args) }),
  }),
  mfaPasskeyEnrollmentOptions: t.field({
    type: PasskeyOptionsType,
    description:
      "For an MfaRequired with enrollmentRequired: the options for navigator.credentials.create() to enrol a " +
      "passkey instead of an authenticator app; verifyMfa(WEBAUTHN) takes its answer.",
    errors: { types: verifyMfaErrors },
    args: { mfaToken: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => ({
      options: await context.identity.mfa.mfaPasskeyEnrolmentOptions(context, args),
    }),
  }),
  verifyMfa: t.field({
    type: VerifyMfaSuccessType,
    description:
      "Finishes a sign-in that answered MfaRequired: a code of the user's authenticator (OTP), a recovery code, " +
      "a code sent by SMS or email, or a passkey's answer as JSON (WEBAUTHN: navigator.credentials.get()'s, or " +
      "create()'s while enrolling). Wrong codes count like wrong passwords (captcha, then lock).",
    errors: { types: verifyMfaErrors },
    args: {
      mfaToken: t.arg.string({ required: true }),
      kind: t.arg({ type: MfaAnswerKindEnum, required: true }),
      code: t.arg.string({ required: true }),
      ...captchaArgs(t),
    },
    resolve: (_root, args, context) =>
      withEventLog(context, "sign_in", () =>
        context.identity.mfa.verifyMfa(context, {
          mfaToken: args.mfaToken,
          kind: args.kind,
          code: args.code,
          captcha: captchaOf(args),
        }),
      ),
  }),
  sendMfaCode: t.field({
    type: PasscodeSentType,
    description: "Sends the code of the user's SMS or EMAIL factor for an MfaRequired sign-in (passcode limits apply).",
    errors: { types: mfaCodeSendErrors },
    args: {
      mfaToken: t.arg.string({ required: true }),
      kind: t.arg({ type: AddressFactorEnum, required: true }),
      ...captchaArgs(t),
    },
    resolve: (_root, args, context) =>
      context.identity.mfa.sendMfaCode(context, {
        mfaToken: args.mfaToken,
        type: args.kind,
        captcha: captchaOf(args),
      }),
  }),
  startSmsFactorEnrollment: t.field({
    type: PendingFactorType,
    description: "Starts an SMS factor (needs a recent sign-in): a code goes to the phone; confirm it to finish.",
    errors: { types: mfaCodeSendErrors },
    args: { phoneNumber: t.arg.string({ required: true }), phoneCountryCode: t.arg.string(), ...captchaArgs(t) },
    resolve: (_root, args, context) =>
      context.identity.mfa.startAddressEnrolment(context, {
        type: "SMS",
        recipient: { transport: "sms", phone: args.phoneNumber, phoneCountryCode: args.phoneCountryCode },
        captcha: captchaOf(args),
      }),
  }),
  startEmailFactorEnrollment: t.field({
    type: PendingFactorType,
    description: "Starts an EMAIL factor (needs a recent sign-in): a code goes to the address; confirm it to finish.",
    errors: { types: mfaCodeSendErrors },
    args: { email: t.arg.string({ required: true }), ...captchaArgs(t) },
    resolve: (_root, args, context) =>
      context.identity.mfa.startAddressEnrolment(context, {
        type: "EMAIL",
        recipient: { transport: "email", email: args.email },
        captcha: captchaOf(args),
      }),
  }),
  confirmMfaFactorEnrollment: t.field({
    type: ConfirmedFactorType,
    description: "Confirms a pending factor (authenticator, SMS or EMAIL) with its first code.",
    errors: { types: mfaFactorErrors },
    args: { factorId: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.identity.mfa.confirmEnrolment(context, args),
  }),
  startMfaEnrollment: t.field({
    type: TotpEnrolmentType,
    description: "For an MfaRequired with enrollmentRequired: a TOTP secret to enrol; verifyMfa(OTP) confirms it.",
    errors: { types: verifyMfaErrors },
    args: { mfaToken: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.identity.mfa.startMfaEnrolment(context, args),
  }),
  startTotpEnrollment: t.field({
    type: TotpEnrolmentType,
    description:
      "Starts enrolling an authenticator app (needs a recent sign-in); confirmMfaFactorEnrollment finishes it.",
    errors: { types: mfaFactorErrors },
    resolve: (_root, _args, context) => context.identity.mfa.startTotpEnrolment(context),
  }),
  regenerateRecoveryCodes: t.field({
    type: RecoveryCodesType,
    description: "Ten new recovery codes in place of the old ones (needs a recent sign-in).",
    errors: { types: mfaFactorErrors },
    resolve: (_root, _args, context) => context.identity.mfa.regenerateRecoveryCodes(context),
  }),
  removeMfaFactor: t.field({
    type: MfaFactorType,
    description: "Removes a factor (needs a recent sign-in); the last one stays while the policy requires MFA.",
    errors: { types: mfaFactorErrors },
    args: { factorId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.identity.mfa.removeFactor(context, args),
  }),
}));
