// A signed-in user's own account: bindings, email/phone changes, password, profile, deletion; and the signed-out
// password reset. Each resolver reads its input and calls one account operation (src/identity/operations).
import { profileTextFields } from "../../identity/users/profile.ts";
import { UnknownApplicationError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { accountErrors } from "../types/errors.ts";
import { captchaArgs, PasswordEncryptTypeEnum } from "../types/inputs.ts";
import {
  DeleteAccountTicketType,
  PasswordResetTicketType,
  ResetPasswordVerifyMethodEnum,
  SuccessType,
  UpdateEmailTicketType,
  UpdatePhoneTicketType,
  VerifyMethodEnum,
} from "../types/passcodes.ts";
import { GenderEnum } from "../types/user.ts";

const UpdateProfileInput = builder.inputType("UpdateProfileInput", {
  description: "Every editable UserDto field; email, phone and password have their own verified flows.",
  fields: (t) => ({
    username: t.string(),
    ...Object.fromEntries(profileTextFields.map((field) => [field, t.string()])),
    gender: t.field({ type: GenderEnum }),
    birthdate: t.string({ description: "YYYY-MM-DD" }),
  }),
});

/** Re-reads the changed user through the Prisma plugin's query, so relations are selected in one round trip. */
function reload(context: GraphQLContext, query: object, userId: string) {
  return context.identity.db.user.findUniqueOrThrow({ ...query, where: { id: userId } });
}

const success = { success: true } as const;

builder.mutationFields((t) => ({
  bindEmail: t.prismaField({
    type: "User",
    description: "Adds an email to an account that has none, proven by a CHANNEL_BIND_EMAIL passcode.",
    errors: { types: accountErrors },
    args: { email: t.arg.string({ required: true }), passCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.bindEmail(context, args)).id),
  }),
  unbindEmail: t.prismaField({
    type: "User",
    description:
      "Removes the email, proven by a CHANNEL_UNBIND_EMAIL passcode sent to it; refused if it is the last way in.",
    errors: { types: accountErrors },
    args: { passCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.unbindEmail(context, args)).id),
  }),
  bindPhone: t.prismaField({
    type: "User",
    description: "Adds a phone to an account that has none, proven by a CHANNEL_BIND_PHONE passcode.",
    errors: { types: accountErrors },
    args: {
      phoneNumber: t.arg.string({ required: true }),
      phoneCountryCode: t.arg.string(),
      passCode: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.bindPhone(context, args)).id),
  }),
  unbindPhone: t.prismaField({
    type: "User",
    description:
      "Removes the phone, proven by a CHANNEL_UNBIND_PHONE passcode sent to it; refused if it is the last way in.",
    errors: { types: accountErrors },
    args: { passCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.unbindPhone(context, args)).id),
  }),
  verifyUpdateEmailRequest: t.field({
    type: UpdateEmailTicketType,
    description:
      "Step 1 of changing the email: CHANNEL_UPDATE_EMAIL passcodes to the new (and, if the pool asks, the old) address.",
    errors: { types: accountErrors },
    args: {
      newEmail: t.arg.string({ required: true }),
      newEmailPassCode: t.arg.string({ required: true }),
      oldEmailPassCode: t.arg.string(),
    },
    resolve: (_root, args, context) => context.identity.myAccount.verifyUpdateEmailRequest(context, args),
  }),
  updateEmail: t.prismaField({
    type: "User",
    description: "Step 2: applies the new email from the updateEmailToken (single use).",
    errors: { types: accountErrors },
    args: { updateEmailToken: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.updateEmail(context, args)).id),
  }),
  verifyUpdatePhoneRequest: t.field({
    type: UpdatePhoneTicketType,
    description:
      "Step 1 of changing the phone: CHANNEL_UPDATE_PHONE passcodes to the new (and, if the pool asks, the old) number.",
    errors: { types: accountErrors },
    args: {
      newPhoneNumber: t.arg.string({ required: true }),
      newPhoneCountryCode: t.arg.string(),
      newPhonePassCode: t.arg.string({ required: true }),
      oldPhonePassCode: t.arg.string(),
    },
    resolve: (_root, args, context) => context.identity.myAccount.verifyUpdatePhoneRequest(context, args),
  }),
  updatePhone: t.prismaField({
    type: "User",
    description: "Step 2: applies the new phone from the updatePhoneToken (single use).",
    errors: { types: accountErrors },
    args: { updatePhoneToken: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.updatePhone(context, args)).id),
  }),
  updatePassword: t.field({
    type: SuccessType,
    description: "Changes the password; the current one is required unless the account has none.",
    errors: { types: accountErrors },
    args: {
      newPassword: t.arg.string({ required: true }),
      oldPassword: t.arg.string(),
      passwordEncryptType: t.arg({ type: PasswordEncryptTypeEnum }),
      ...captchaArgs(t),
    },
    resolve: async (_root, args, context) => {
      await context.identity.myAccount.updatePassword(context, args);
      return success;
    },
  }),
  updateProfile: t.prismaField({
    type: "User",
    errors: { types: accountErrors },
    args: { profile: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.updateProfile(context, args)).id),
  }),
  setCustomData: t.prismaField({
    type: "User",
    description:
      "Sets your values of custom fields marked user-editable; a null value removes one. Wrong keys or types change nothing.",
    errors: { types: accountErrors },
    args: { customData: t.arg({ type: "JSONObject", required: true }) },
    resolve: async (query, _root, args, context) =>
      reload(context, query, (await context.identity.myAccount.setCustomData(context, args)).id),
  }),
  verifyResetPasswordRequest: t.field({
    type: PasswordResetTicketType,
    description: "Step 1 of a forgotten-password reset: a CHANNEL_RESET_PASSWORD passcode sent to the email or phone.",
    errors: { types: [...accountErrors, UnknownApplicationError] },
    args: {
      verifyMethod: t.arg({ type: ResetPasswordVerifyMethodEnum, required: true }),
      email: t.arg.string(),
      phoneNumber: t.arg.string(),
      phoneCountryCode: t.arg.string(),
      passCode: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) => context.identity.myAccount.verifyResetPasswordRequest(context, args),
  }),
  resetPassword: t.field({
    type: SuccessType,
    description: "Step 2: sets the new password and signs the user out everywhere.",
    errors: { types: [...accountErrors, UnknownApplicationError] },
    args: {
      password: t.arg.string({ required: true }),
      passwordResetToken: t.arg.string({ required: true }),
      passwordEncryptType: t.arg({ type: PasswordEncryptTypeEnum }),
    },
    resolve: async (_root, args, context) => {
      await context.identity.myAccount.resetPassword(context, args);
      return success;
    },
  }),
  verifyDeleteAccountRequest: t.field({
    type: DeleteAccountTicketType,
    description:
      "Step 1 of deleting the account: a CHANNEL_DELETE_ACCOUNT passcode to the user's email or phone, or the password.",
    errors: { types: accountErrors },
    args: {
      verifyMethod: t.arg({ type: VerifyMethodEnum, required: true }),
      passCode: t.arg.string(),
      password: t.arg.string(),
      passwordEncryptType: t.arg({ type: PasswordEncryptTypeEnum }),
      ...captchaArgs(t),
    },
    resolve: (_root, args, context) => context.identity.myAccount.verifyDeleteAccountRequest(context, args),
  }),
  deleteAccount: t.field({
    type: SuccessType,
    description: "Step 2: deletes the account with its sessions and tokens.",
    errors: { types: accountErrors },
    args: { deleteAccountToken: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.myAccount.deleteAccount(context, args);
      return success;
    },
  }),
}));
