import { ForbiddenError, UnknownApplicationError } from "../../identity/errors.ts";
import type { IssuedCaptcha } from "../../identity/credentials/captcha.ts";
import { builder } from "../builder.ts";
import { captchaArgs } from "../types/inputs.ts";
import { sendPasscodeErrors } from "../types/errors.ts";
import { DevOutboxType, PasscodeChannelEnum, PasscodeSentType } from "../types/passcodes.ts";

builder.mutationFields((t) => ({
  sendSms: t.field({
    type: PasscodeSentType,
    description:
      "Texts a 6-digit code for `channel` to the phone number (one per minute per number and channel). " +
      "After a few sends from one address, each needs a captcha (apiCode 2000): answer it in captchaCode/captchaToken.",
    errors: { types: sendPasscodeErrors },
    args: {
      channel: t.arg({ type: PasscodeChannelEnum, required: true }),
      phoneNumber: t.arg.string({ required: true }),
      phoneCountryCode: t.arg.string({ description: "Defaults to the user pool's, e.g. +86." }),
      ...captchaArgs(t),
    },
    resolve: (_root, args, context) => context.identity.passcodeOperations.sendSms(context, args),
  }),
  sendEmail: t.field({
    type: PasscodeSentType,
    description:
      "Emails a 6-digit code for `channel` (one per minute per address and channel). " +
      "After a few sends from one address, each needs a captcha (apiCode 2000): answer it in captchaCode/captchaToken.",
    errors: { types: sendPasscodeErrors },
    args: {
      channel: t.arg({ type: PasscodeChannelEnum, required: true }),
      email: t.arg.string({ required: true }),
      ...captchaArgs(t),
    },
    resolve: (_root, args, context) => context.identity.passcodeOperations.sendEmail(context, args),
  }),
}));

const CaptchaKindEnum = builder.enumType("CaptchaKind", {
  values: {
    image: { description: "Type the characters of captchaCodeSvg." },
    altcha: { description: "Solve altchaChallenge (an ALTCHA proof of work)." },
  } as const,
});

const CaptchaType = builder.objectRef<IssuedCaptcha>("Captcha").implement({
  fields: (t) => ({
    kind: t.field({ type: CaptchaKindEnum, resolve: (captcha) => captcha.kind }),
    captchaCodeSvg: t.exposeString("captchaCodeSvg", {
      description: "An SVG image of the characters to type (image captchas).",
    }),
    captchaToken: t.exposeString("captchaToken", { description: "Send with the answer as options.captchaToken." }),
    expiresIn: t.exposeInt("expiresIn"),
    altchaChallenge: t.field({
      type: "JSONObject",
      nullable: true,
      description:
        "ALTCHA pools: the challenge for an ALTCHA widget or altcha-lib's solveChallenge; send the solution's base64 payload as captchaCode.",
      resolve: (captcha) => (captcha.altchaChallenge ? { ...captcha.altchaChallenge } : null),
    }),
  }),
});

builder.mutationFields((t) => ({
  getCaptchaCode: t.field({
    type: CaptchaType,
    description:
      "A single-use captcha, answered once apiCode 2000 asks for one: an image to read, or an ALTCHA proof of work where the pool's captchaKind is altcha.",
    errors: { types: [UnknownApplicationError] },
    resolve: (_root, _args, context) => context.identity.passcodeOperations.issueCaptcha(context),
  }),
}));

builder.queryFields((t) => ({
  devOutbox: t.field({
    type: DevOutboxType,
    description:
      "Development only: the latest messages the outbox holds for a recipient (an email, or '+86 13800000000'). " +
      "Answers only outside production while email or SMS delivery is the outbox.",
    errors: { types: [ForbiddenError, UnknownApplicationError] },
    args: {
      recipient: t.arg.string({ required: true }),
      last: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, context) => {
      if (!context.devOutboxQuery) throw new ForbiddenError("developmentOnly");
      return { messages: await context.identity.devOutbox.latestMessages(context, args) };
    },
  }),
}));
