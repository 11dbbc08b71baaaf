// A signed-in user's own account (bindings, email and phone changes, password, profile, deletion) and the
// signed-out password reset, as (caller, input) operations: who the user is, their pool and session come from
// the caller, and passwords arrive as the client sent them (plain, or encrypted under passwordEncryptType) and
// are received here, on every transport alike.
import type { User } from "../../generated/prisma/client.ts";
import type { AccountService, VerifyMethod } from "../account/account-service.ts";
import type { Caller } from "../caller.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import type { PasswordEncryptType, PasswordTransport } from "../credentials/password-transport.ts";
import type { CustomDataInput } from "../users/custom-data.ts";
import type { ProfileInput } from "../users/profile.ts";
import type { SignedInOperations } from "./signed-in.ts";
import type { Nullable } from "./operation-types.ts";

interface PhoneInput {
  phoneNumber: string;
  phoneCountryCode?: Nullable<string>;
}

const smsRecipient = (phone: string, phoneCountryCode: Nullable<string>) => ({
  transport: "sms" as const,
  phone,
  phoneCountryCode,
});

export function createAccountOperations({
  signedIn,
  account,
  passwords,
}: {
  signedIn: SignedInOperations;
  account: AccountService;
  passwords: PasswordTransport;
}) {
  async function bindEmail(caller: Caller, input: { email: string; passCode: string }): Promise<User> {
    const { user, pool, sessionId } = await signedIn.signedIn(caller);
    return account.bindEmail(pool, user, input.email, input.passCode, sessionId);
  }

  async function unbindEmail(caller: Caller, input: { passCode: string }): Promise<User> {
    const { user, pool } = await signedIn.signedIn(caller);
    return account.unbindEmail(pool, user, input.passCode);
  }

  async function bindPhone(caller: Caller, input: PhoneInput & { passCode: string }): Promise<User> {
    const { user, pool, sessionId } = await signedIn.signedIn(caller);
    return account.bindPhone(
      pool,
      user,
      smsRecipient(input.phoneNumber, input.phoneCountryCode),
      input.passCode,
      sessionId,
    );
  }

  async function unbindPhone(caller: Caller, input: { passCode: string }): Promise<User> {
    const { user, pool } = await signedIn.signedIn(caller);
    return account.unbindPhone(pool, user, input.passCode);
  }

  async function verifyUpdateEmailRequest(
    caller: Caller,
    input: { newEmail: string; newEmailPassCode: string; oldEmailPassCode?: Nullable<string> },
  ) {
    const { user, pool, sessionId } = await signedIn.signedIn(caller);
    return account.verifyUpdateEmailRequest(pool, user, input, sessionId);
  }

  async function updateEmail(caller: Caller, input: { updateEmailToken: string }): Promise<User> {
    const { user } = await signedIn.signedIn(caller);
    return account.updateEmail(user, input.updateEmailToken);
  }

  async function verifyUpdatePhoneRequest(
    caller: Caller,
    input: {
      newPhoneNumber: string;
      newPhoneCountryCode?: Nullable<string>;
      newPhonePassCode: string;
      oldPhonePassCode?: Nullable<string>;
    },
  ) {
    const { user, pool, sessionId } = await signedIn.signedIn(caller);
    const newPhone = smsRecipient(input.newPhoneNumber, input.newPhoneCountryCode);
    return account.verifyUpdatePhoneRequest(
      pool,
      user,
      { newPhone, newPhonePassCode: input.newPhonePassCode, oldPhonePassCode: input.oldPhonePassCode },
      sessionId,
    );
  }

  async function updatePhone(caller: Caller, input: { updatePhoneToken: string }): Promise<User> {
    const { user } = await signedIn.signedIn(caller);
    return account.updatePhone(user, input.updatePhoneToken);
  }

  async function updatePassword(
    caller: Caller,
    input: {
      newPassword: string;
      oldPassword?: Nullable<string>;
      passwordEncryptType?: Nullable<PasswordEncryptType>;
    } & CaptchaAnswer,
  ): Promise<void> {
    const { user, pool, sessionId } = await signedIn.signedIn(caller);
    const receive = (password: string) => passwords.receivePassword(pool, password, input.passwordEncryptType);
    const newPassword = await receive(input.newPassword);
    const oldPassword = input.oldPassword == null ? null : await receive(input.oldPassword);
    await account.updatePassword(pool, user, newPassword, oldPassword, input, sessionId);
  }

  async function updateProfile(
    caller: Caller,
    input: { profile: ProfileInput & { username?: Nullable<string> } },
  ): Promise<User> {
    const { user } = await signedIn.signedIn(caller);
    return account.updateProfile(user, input.profile);
  }

  async function setCustomData(caller: Caller, input: { customData: CustomDataInput }): Promise<User> {
    const { user } = await signedIn.signedIn(caller);
    await account.setCustomData(user, input.customData);
    return user;
  }

  async function verifyResetPasswordRequest(
    caller: Caller,
    input: {
      verifyMethod: Exclude<VerifyMethod, "PASSWORD">;
      email?: Nullable<string>;
      phoneNumber?: Nullable<string>;
      phoneCountryCode?: Nullable<string>;
      passCode: string;
    },
  ) {
    const { pool } = await caller.application();
    const phone = input.phoneNumber ? smsRecipient(input.phoneNumber, input.phoneCountryCode) : null;
    return account.verifyResetPasswordRequest(pool, input.verifyMethod, {
      email: input.email,
      phone,
      passCode: input.passCode,
    });
  }

  async function resetPassword(
    caller: Caller,
    input: { password: string; passwordResetToken: string; passwordEncryptType?: Nullable<PasswordEncryptType> },
  ): Promise<void> {
    const { pool } = await caller.application();
    const password = await passwords.receivePassword(pool, input.password, input.passwordEncryptType);
    await account.resetPassword(pool, password, input.passwordResetToken);
  }

  async function verifyDeleteAccountRequest(
    caller: Caller,
    input: {
      verifyMethod: VerifyMethod;
      passCode?: Nullable<string>;
      password?: Nullable<string>;
      passwordEncryptType?: Nullable<PasswordEncryptType>;
    } & CaptchaAnswer,
  ) {
    const { user, pool } = await signedIn.signedIn(caller);
    const password =
      input.password == null ? null : await passwords.receivePassword(pool, input.password, input.passwordEncryptType);
    return account.verifyDeleteAccountRequest(pool, user, input.verifyMethod, { ...input, password });
  }

  async function deleteAccount(caller: Caller, input: { deleteAccountToken: string }): Promise<void> {
    const { user } = await signedIn.signedIn(caller);
    await account.deleteAccount(user, input.deleteAccountToken);
  }

  return {
    bindEmail,
    unbindEmail,
    bindPhone,
    unbindPhone,
    verifyUpdateEmailRequest,
    updateEmail,
    verifyUpdatePhoneRequest,
    updatePhone,
    updatePassword,
    updateProfile,
    setCustomData,
    verifyResetPasswordRequest,
    resetPassword,
    verifyDeleteAccountRequest,
    deleteAccount,
  };
}

export type AccountOperations = ReturnType<typeof createAccountOperations>;
