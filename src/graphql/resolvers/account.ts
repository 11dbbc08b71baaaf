// A signed-in user's own account: bindings, email/phone changes, password, profile, deletion; and the signed-out
// password reset. Each resolver reads its input and calls one account-service function.
import { profileTextFields } from "../../identity/users/profile.ts";
import { UnknownApplicationError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { signedIn } from "../signed-in.ts";
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
    resolve: async (query, _root, args, context) => {
      const { user, pool, sessionId } = await signedIn(context);
      const updated = await context.identity.account.bindEmail(pool, user, args.email, args.passCode, sessionId);
      return reload(context, query, updated.id);
    },
  }),
  unbindEmail: t.prismaField({
    type: "User",
    description:
      "Removes the email, proven by a CHANNEL_UNBIND_EMAIL passcode sent to it; refused if it is the last way in.",
    errors: { types: accountErrors },
    args: { passCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { user, pool } = await signedIn(context);
      const updated = await context.identity.account.unbindEmail(pool, user, args.passCode);
      return reload(context, query, updated.id);
    },
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
    resolve: async (query, _root, args, context) => {
      const { user, pool, sessionId } = await signedIn(context);
      const phone = { transport: "sms" as const, phone: args.phoneNumber, phoneCountryCode: args.phoneCountryCode };
      const updated = await context.identity.account.bindPhone(pool, user, phone, args.passCode, sessionId);
      return reload(context, query, updated.id);
    },
  }),
  unbindPhone: t.prismaField({
    type: "User",
    description:
      "Removes the phone, proven by a CHANNEL_UNBIND_PHONE passcode sent to it; refused if it is the last way in.",
    errors: { types: accountErrors },
    args: { passCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { user, pool } = await signedIn(context);
      const updated = await context.identity.account.unbindPhone(pool, user, args.passCode);
      return reload(context, query, updated.id);
    },
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
    resolve: async (_root, args, context) => {
      const { user, pool, sessionId } = await signedIn(context);
      return context.identity.account.verifyUpdateEmailRequest(pool, user, args, sessionId);
    },
  }),
  updateEmail: t.prismaField({
    type: "User",
    description: "Step 2: applies the new email from the updateEmailToken (single use).",
    errors: { types: accountErrors },
    args: { updateEmailToken: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { user } = await signedIn(context);
      const updated = await context.identity.account.updateEmail(user, args.updateEmailToken);
      return reload(context, query, updated.id);
    },
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
    resolve: async (_root, args, context) => {
      const { user, pool, sessionId } = await signedIn(context);
      const newPhone = {
        transport: "sms" as const,
        phone: args.newPhoneNumber,
        phoneCountryCode: args.newPhoneCountryCode,
      };
      const input = { newPhone, newPhonePassCode: args.newPhonePassCode, oldPhonePassCode: args.oldPhonePassCode };
      return context.identity.account.verifyUpdatePhoneRequest(pool, user, input, sessionId);
    },
  }),
  updatePhone: t.prismaField({
    type: "User",
    description: "Step 2: applies the new phone from the updatePhoneToken (single use).",
    errors: { types: accountErrors },
    args: { updatePhoneToken: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { user } = await signedIn(context);
      const updated = await context.identity.account.updatePhone(user, args.updatePhoneToken);
      return reload(context, query, updated.id);
    },
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
      const { user, pool, sessionId } = await signedIn(context);
      const receive = (password: string) =>
        context.identity.passwords.receivePassword(pool, password, args.passwordEncryptType);
      const newPassword = await receive(args.newPassword);
      const oldPassword = args.oldPassword == null ? null : await receive(args.oldPassword);
      await context.identity.account.updatePassword(pool, user, newPassword, oldPassword, args, sessionId);
      return success;
    },
  }),
  updateProfile: t.prismaField({
    type: "User",
    errors: { types: accountErrors },
    args: { profile: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { user } = await signedIn(context);
      const updated = await context.identity.account.updateProfile(user, args.profile);
      return reload(context, query, updated.id);
    },
  }),
  setCustomData: t.prismaField({
    type: "User",
    description:
      "Sets your values of custom fields marked user-editable; a null value removes one. Wrong keys or types change nothing.",
    errors: { types: accountErrors },
    args: { customData: t.arg({ type: "JSONObject", required: true }) },
    resolve: async (query, _root, args, context) => {
      const { user } = await signedIn(context);
      await context.identity.account.setCustomData(user, args.customData);
      return reload(context, query, user.id);
    },
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
    resolve: async (_root, args, context) => {
      const { pool } = await context.application();
      const phone = args.phoneNumber
        ? { transport: "sms" as const, phone: args.phoneNumber, phoneCountryCode: args.phoneCountryCode }
        : null;
      return context.identity.account.verifyResetPasswordRequest(pool, args.verifyMethod, {
        email: args.email,
        phone,
        passCode: args.passCode,
      });
    },
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
      const { pool } = await context.application();
      const password = await context.identity.passwords.receivePassword(pool, args.password, args.passwordEncryptType);
      await context.identity.account.resetPassword(pool, password, args.passwordResetToken);
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
    resolve: async (_root, args, context) => {
      const { user, pool } = await signedIn(context);
      const password =
        args.password == null
          ? null
          : await context.identity.passwords.receivePassword(pool, args.password, args.passwordEncryptType);
      return context.identity.account.verifyDeleteAccountRequest(pool, user, args.verifyMethod, { ...args, password });
    },
  }),
  deleteAccount: t.field({
    type: SuccessType,
    description: "Step 2: deletes the account with its sessions and tokens.",
    errors: { types: accountErrors },
    args: { deleteAccountToken: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const { user } = await signedIn(context);
      await context.identity.account.deleteAccount(user, args.deleteAccountToken);
      return success;
    },
  }),
}));
