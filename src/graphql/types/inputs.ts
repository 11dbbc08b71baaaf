// Input types shared by the sign-up and sign-in mutations (GenAuth's SignUpProfileDto and options).
import { profileTextFields } from "../../identity/users/profile.ts";
import { builder } from "../builder.ts";
import { GenderEnum } from "./user.ts";

export const PasswordEncryptTypeEnum = builder.enumType("PasswordEncryptType", {
  values: ["none", "rsa", "sm2"] as const,
});

export const SignUpProfileInput = builder.inputType("SignUpProfileInput", {
  fields: (t) => ({
    ...Object.fromEntries(profileTextFields.map((field) => [field, t.string({ required: false })])),
    gender: t.field({ type: GenderEnum, required: false }),
    birthdate: t.string({ required: false, description: "YYYY-MM-DD" }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
    phoneCountryCode: t.string({ required: false, description: "Defaults to the user pool's, e.g. +86." }),
    customData: t.field({ type: "JSONObject", required: false }),
  }),
});

export const SignUpOptionsInput = builder.inputType("SignUpOptionsInput", {
  fields: (t) => ({
    clientIp: t.string({
      required: false,
      description: "The end user's IP when your backend calls for them; needs x-authing-app-secret.",
    }),
    context: t.field({ type: "JSONObject", required: false }),
    passwordEncryptType: t.field({ type: PasswordEncryptTypeEnum, required: false }),
  }),
});

export const SignInOptionsInput = builder.inputType("SignInOptionsInput", {
  fields: (t) => ({
    scope: t.string({
      required: false,
      description: 'Space-separated; must include openid. Default "openid profile".',
    }),
    clientIp: t.string({
      required: false,
      description: "The end user's IP when your backend calls for them; needs x-authing-app-secret.",
    }),
    context: t.field({ type: "JSONObject", required: false, description: "Passed to hooks." }),
    customData: t.field({
      type: "JSONObject",
      required: false,
      description: "Custom data of an auto-registered user.",
    }),
    autoRegister: t.boolean({ required: false, description: "Create the account when it does not exist." }),
    captchaCode: t.string({
      required: false,
      description: "The answer to the captcha of captchaToken (after apiCode 2000).",
    }),
    captchaToken: t.string({ required: false, description: "From getCaptchaCode." }),
    passwordEncryptType: t.field({ type: PasswordEncryptTypeEnum, required: false }),
  }),
});

/** The answer to a captcha, for mutations that may ask for one (apiCode 2000). */
export function captchaArgs<Arg>(t: { arg: { string(options: { description: string }): Arg } }) {
  return {
    captchaCode: t.arg.string({ description: "The answer to the captcha of captchaToken (after apiCode 2000)." }),
    captchaToken: t.arg.string({ description: "From getCaptchaCode." }),
  };
}
