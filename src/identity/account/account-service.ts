// What a signed-in user does to their own account: bind, unbind and change email or phone, change password or
// profile, reset a forgotten password and delete the account. Every change that matters is proven by a fresh
// passcode (or the current password), and secrets-related changes end every session.
import { createRecentSignInCheck } from "./recent-sign-in.ts";
import type { Db } from "../../db/index.ts";
import type { User, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import type { PasswordHasher } from "../credentials/hasher.ts";
import { userCounterKey, type CaptchaAnswer, type PasswordAttempts } from "../credentials/password-attempts.ts";
import { checkPasswordPolicy, normalizePassword } from "../credentials/password-policy.ts";
import { passwordColumns } from "../credentials/password-strength.ts";
import { isUniqueViolation, uniqueViolationColumns } from "../db-errors.ts";
import {
  AlreadyBoundError,
  InvalidInputError,
  LastSignInMethodError,
  OldPasswordIncorrectError,
  UserExistsError,
  UserNotFoundError,
  VerificationTicketError,
} from "../errors.ts";
import type { PasscodeRecipient, PasscodeService } from "../passcodes/passcode-service.ts";
import { resolveRecipient } from "../passcodes/passcode-service.ts";
import type { SessionService } from "../tokens/sessions.ts";
import { newUsername } from "../users/account-identifiers.ts";
import type { AddressClaims } from "../users/address-claims.ts";
import { validateProfile, type ProfileInput } from "../users/profile.ts";
import { writeCustomData, type CustomDataInput } from "../users/custom-data.ts";
import type { IssuedTicket, TicketService } from "./tickets.ts";

export type VerifyMethod = "EMAIL_PASSCODE" | "PHONE_PASSCODE" | "PASSWORD";

export interface AccountServiceDeps {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
  passcodes: PasscodeService;
  tickets: TicketService;
  sessions: SessionService;
  passwordAttempts: PasswordAttempts;
  claims: AddressClaims;
}

type EmailRecipient = Extract<PasscodeRecipient, { transport: "email" }>;
type PhoneRecipient = Extract<PasscodeRecipient, { transport: "sms" }>;

/** Whether the user could still sign in after a change: by password (with any identifier) or by passcode. */
function canStillSignIn(user: Pick<User, "username" | "email" | "phone" | "passwordHash">): boolean {
  return Boolean(user.email || user.phone || (user.username && user.passwordHash));
}

export function createAccountService({
  db,
  clock,
  hasher,
  passcodes,
  tickets,
  sessions,
  passwordAttempts,
  claims,
}: AccountServiceDeps) {
  /**
   * Checks the signed-in user's current password under the same counter, captcha and lock as signing in: a
   * stolen session must not become an unlimited password oracle.
   */
  async function proveCurrentPassword(
    pool: UserPool,
    user: User,
    password: string,
    captcha: CaptchaAnswer = {},
  ): Promise<void> {
    const check = await passwordAttempts.admitPasswordCheck(pool, userCounterKey(user.id), null, captcha);
    const normalized = normalizePassword(password);
    // An account without a password costs the same hash work, and never matches.
    if (!user.passwordHash) await hasher.verifyDummy(normalized);
    if (!user.passwordHash || !(await hasher.verify(user.passwordHash, normalized)))
      throw new OldPasswordIncorrectError();
    await passwordAttempts.passwordProven(pool, check);
  }

  const assertRecentSignIn = createRecentSignInCheck({ db, clock });

  function policyOf(pool: UserPool) {
    return { minLength: pool.passwordMinLength, maxLength: pool.passwordMaxLength };
  }

  async function saveIdentifier(userId: string, data: Partial<User>): Promise<User> {
    try {
      return await db.user.update({ where: { id: userId }, data });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new UserExistsError(uniqueViolationColumns(error).includes("email") ? "email" : "phone");
      }
      throw error;
    }
  }

  /**
   * After the address was proven: takes it from any other account that holds it unproven (users/address-claims.ts),
   * and refuses when another account holds it proven. Checked only after the passcode, so that a wrong code never
   * tells whether an address has an account.
   */
  async function claimProvenAddress(pool: UserPool, userId: string, recipient: PasscodeRecipient) {
    const resolved = resolveRecipient(pool, recipient);
    const { provenHolder } = await claims.releaseUnprovenClaims(pool.id, resolved, userId);
    if (provenHolder) throw new UserExistsError(resolved.email ? "email" : "phone");
    return resolved;
  }

  async function bindEmail(
    pool: UserPool,
    user: User,
    email: string,
    passCode: string,
    sessionId?: string | null,
  ): Promise<User> {
    if (user.email) throw new AlreadyBoundError("email");
    await assertRecentSignIn(pool, sessionId);
    await passcodes.consumePasscode(pool, "CHANNEL_BIND_EMAIL", { transport: "email", email }, passCode);
    const recipient = await claimProvenAddress(pool, user.id, { transport: "email", email });
    return saveIdentifier(user.id, { email: recipient.email, emailVerified: true });
  }

  async function bindPhone(
    pool: UserPool,
    user: User,
    phone: PhoneRecipient,
    passCode: string,
    sessionId?: string | null,
  ): Promise<User> {
    if (user.phone) throw new AlreadyBoundError("phone");
    await assertRecentSignIn(pool, sessionId);
    await passcodes.consumePasscode(pool, "CHANNEL_BIND_PHONE", phone, passCode);
    const recipient = await claimProvenAddress(pool, user.id, phone);
    return saveIdentifier(user.id, {
      phone: recipient.phone,
      phoneCountryCode: recipient.phoneCountryCode,
      phoneVerified: true,
    });
  }

  async function unbindEmail(pool: UserPool, user: User, passCode: string): Promise<User> {
    if (!user.email) throw new InvalidInputError("email", "account.nothingBound", { field: "email" });
    if (!canStillSignIn({ ...user, email: null })) throw new LastSignInMethodError();
    await passcodes.consumePasscode(pool, "CHANNEL_UNBIND_EMAIL", { transport: "email", email: user.email }, passCode);
    return db.user.update({ where: { id: user.id }, data: { email: null, emailVerified: false } });
  }

  async function unbindPhone(pool: UserPool, user: User, passCode: string): Promise<User> {
    if (!user.phone) throw new InvalidInputError("phone", "account.nothingBound", { field: "phone" });
    if (!canStillSignIn({ ...user, phone: null })) throw new LastSignInMethodError();
    const current: PhoneRecipient = { transport: "sms", phone: user.phone, phoneCountryCode: user.phoneCountryCode };
    await passcodes.consumePasscode(pool, "CHANNEL_UNBIND_PHONE", current, passCode);
    return db.user.update({
      where: { id: user.id },
      data: { phone: null, phoneCountryCode: null, phoneVerified: false },
    });
  }

  /** Step one of changing the email: proves the new address (and the old one when the pool asks) and returns a ticket. */
  async function verifyUpdateEmailRequest(
    pool: UserPool,
    user: User,
    input: { newEmail: string; newEmailPassCode: string; oldEmailPassCode?: string | null },
    sessionId?: string | null,
  ): Promise<IssuedTicket> {
    const recipient = resolveRecipient(pool, { transport: "email", email: input.newEmail });
    if (pool.verifyOldIdentifierOnUpdate && user.email) {
      if (!input.oldEmailPassCode)
        throw new InvalidInputError("oldEmailPassCode", "account.oldIdentifierRequired", { field: "email" });
      await passcodes.consumePasscode(
        pool,
        "CHANNEL_UPDATE_EMAIL",
        { transport: "email", email: user.email },
        input.oldEmailPassCode,
      );
    } else {
      await assertRecentSignIn(pool, sessionId);
    }
    await passcodes.consumePasscode(
      pool,
      "CHANNEL_UPDATE_EMAIL",
      { transport: "email", email: recipient.email! },
      input.newEmailPassCode,
    );
    await claimProvenAddress(pool, user.id, { transport: "email", email: recipient.email! });
    return tickets.issueTicket(pool, user.id, "UPDATE_EMAIL", { email: recipient.email! });
  }

  async function updateEmail(user: User, updateEmailToken: string): Promise<User> {
    const ticket = await tickets.consumeTicket(updateEmailToken, "UPDATE_EMAIL", user.id);
    const { email } = ticket.data as { email: string };
    await claims.releaseUnprovenClaims(user.userPoolId, { email }, user.id);
    return saveIdentifier(user.id, { email, emailVerified: true });
  }

  async function verifyUpdatePhoneRequest(
    pool: UserPool,
    user: User,
    input: { newPhone: PhoneRecipient; newPhonePassCode: string; oldPhonePassCode?: string | null },
    sessionId?: string | null,
  ): Promise<IssuedTicket> {
    const recipient = resolveRecipient(pool, input.newPhone);
    if (pool.verifyOldIdentifierOnUpdate && user.phone) {
      if (!input.oldPhonePassCode)
        throw new InvalidInputError("oldPhonePassCode", "account.oldIdentifierRequired", { field: "phone" });
      const current: PhoneRecipient = { transport: "sms", phone: user.phone, phoneCountryCode: user.phoneCountryCode };
      await passcodes.consumePasscode(pool, "CHANNEL_UPDATE_PHONE", current, input.oldPhonePassCode);
    } else {
      await assertRecentSignIn(pool, sessionId);
    }
    await passcodes.consumePasscode(pool, "CHANNEL_UPDATE_PHONE", input.newPhone, input.newPhonePassCode);
    await claimProvenAddress(pool, user.id, input.newPhone);
    return tickets.issueTicket(pool, user.id, "UPDATE_PHONE", {
      phone: recipient.phone!,
      phoneCountryCode: recipient.phoneCountryCode!,
    });
  }

  async function updatePhone(user: User, updatePhoneToken: string): Promise<User> {
    const ticket = await tickets.consumeTicket(updatePhoneToken, "UPDATE_PHONE", user.id);
    const { phone, phoneCountryCode } = ticket.data as { phone: string; phoneCountryCode: string };
    await claims.releaseUnprovenClaims(user.userPoolId, { phone, phoneCountryCode }, user.id);
    return saveIdentifier(user.id, { phone, phoneCountryCode, phoneVerified: true });
  }

  /**
   * Changing the password needs the current one; a first password (passcode or social accounts) needs a recent
   * sign-in. Every other session of the user ends: whoever knew the old password is out, the caller stays in.
   */
  async function updatePassword(
    pool: UserPool,
    user: User,
    newPassword: string,
    oldPassword?: string | null,
    captcha?: CaptchaAnswer,
    sessionId?: string | null,
  ): Promise<User> {
    if (user.passwordHash) {
      if (!oldPassword) throw new InvalidInputError("oldPassword", "input.required", { field: "oldPassword" });
      await proveCurrentPassword(pool, user, oldPassword, captcha);
    } else {
      await assertRecentSignIn(pool, sessionId);
    }
    const accountNames = [user.username, user.email, user.phone];
    checkPasswordPolicy(newPassword, policyOf(pool), accountNames);
    const normalized = normalizePassword(newPassword);
    const updated = await db.user.update({
      where: { id: user.id },
      data: {
        ...passwordColumns(await hasher.hash(normalized), normalized, clock.now()),
        resetPasswordOnNextLogin: false,
      },
    });
    await sessions.revokeOtherSessions(user.id, sessionId);
    return updated;
  }

  async function updateProfile(user: User, input: ProfileInput & { username?: string | null }): Promise<User> {
    const { username, ...profile } = input;
    const data: Partial<User> = { ...validateProfile(profile) };
    if (username !== undefined) {
      if (username === null) {
        if (!canStillSignIn({ ...user, username: null })) throw new LastSignInMethodError();
        data.username = null;
      } else data.username = newUsername(username);
    }
    try {
      return await db.user.update({ where: { id: user.id }, data });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserExistsError("username");
      throw error;
    }
  }

  /** The user sets (null: removes) their own values of custom fields marked user-editable. */
  function setCustomData(user: User, customData: CustomDataInput): Promise<void> {
    return writeCustomData(db, user, customData, "user");
  }

  /** Finds the account a passcode or password proves, for flows that start signed out (password reset). */
  async function proveAccount(
    pool: UserPool,
    channel: "CHANNEL_RESET_PASSWORD" | "CHANNEL_DELETE_ACCOUNT",
    method: VerifyMethod,
    proof: { email?: string | null; phone?: PhoneRecipient | null; passCode?: string | null },
  ): Promise<User> {
    if (!proof.passCode) throw new InvalidInputError("passCode", "input.required", { field: "passCode" });
    let recipient: EmailRecipient | PhoneRecipient;
    if (method === "EMAIL_PASSCODE") {
      if (!proof.email) throw new InvalidInputError("email", "input.required", { field: "email" });
      recipient = { transport: "email", email: proof.email };
    } else {
      if (!proof.phone) throw new InvalidInputError("phoneNumber", "input.required", { field: "phoneNumber" });
      recipient = proof.phone;
    }
    const resolved = resolveRecipient(pool, recipient);
    await passcodes.consumePasscode(pool, channel, recipient, proof.passCode);
    const user = await db.user.findFirst({
      where: resolved.email
        ? { userPoolId: pool.id, email: resolved.email }
        : { userPoolId: pool.id, phone: resolved.phone!, phoneCountryCode: resolved.phoneCountryCode! },
    });
    if (!user) throw new UserNotFoundError();
    return user;
  }

  async function verifyResetPasswordRequest(
    pool: UserPool,
    method: Exclude<VerifyMethod, "PASSWORD">,
    proof: { email?: string | null; phone?: PhoneRecipient | null; passCode: string },
  ): Promise<IssuedTicket> {
    const user = await proveAccount(pool, "CHANNEL_RESET_PASSWORD", method, proof);
    return tickets.issueTicket(pool, user.id, "RESET_PASSWORD");
  }

  /** Sets a new password from a reset ticket and ends every session: whoever knew the old password is out. */
  async function resetPassword(pool: UserPool, password: string, passwordResetToken: string): Promise<void> {
    // The ticket is spent only once the new password passes the policy: a weak choice costs no new passcode.
    const ticket = await tickets.peekTicket(passwordResetToken, "RESET_PASSWORD");
    const user = await db.user.findFirst({ where: { id: ticket.userId, userPoolId: pool.id } });
    if (!user) throw new VerificationTicketError();
    const accountNames = [user.username, user.email, user.phone];
    checkPasswordPolicy(password, policyOf(pool), accountNames);
    const normalized = normalizePassword(password);
    const columns = passwordColumns(await hasher.hash(normalized), normalized, clock.now());
    await tickets.consumeTicket(passwordResetToken, "RESET_PASSWORD", user.id);
    await db.user.update({ where: { id: user.id }, data: { ...columns, resetPasswordOnNextLogin: false } });
    await sessions.revokeSessionsForUser(user.id);
  }

  async function verifyDeleteAccountRequest(
    pool: UserPool,
    user: User,
    method: VerifyMethod,
    proof: { passCode?: string | null; password?: string | null } & CaptchaAnswer,
  ): Promise<IssuedTicket> {
    if (method === "PASSWORD") {
      if (!proof.password) throw new InvalidInputError("password", "input.required", { field: "password" });
      await proveCurrentPassword(pool, user, proof.password, proof);
    } else {
      const own =
        method === "EMAIL_PASSCODE"
          ? { email: user.email }
          : {
              phone: user.phone
                ? ({ transport: "sms", phone: user.phone, phoneCountryCode: user.phoneCountryCode } as PhoneRecipient)
                : null,
            };
      const proven = await proveAccount(pool, "CHANNEL_DELETE_ACCOUNT", method, { ...own, passCode: proof.passCode });
      if (proven.id !== user.id) throw new UserNotFoundError();
    }
    return tickets.issueTicket(pool, user.id, "DELETE_ACCOUNT");
  }

  /** Deletes the user; sessions, refresh tokens, identities and memberships go with it (cascade). */
  async function deleteAccount(user: User, deleteAccountToken: string): Promise<void> {
    await tickets.consumeTicket(deleteAccountToken, "DELETE_ACCOUNT", user.id);
    await db.user.delete({ where: { id: user.id } });
  }

  return {
    bindEmail,
    bindPhone,
    unbindEmail,
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

export type AccountService = ReturnType<typeof createAccountService>;
