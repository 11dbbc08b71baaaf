// What an administrator does to users: create, update, change status, reset passwords, end sessions, delete.
// Each change and its audit entry commit together.
import type { Db } from "../../db/index.ts";
import type { Prisma, User, UserPool } from "../../generated/prisma/client.ts";
import type { UserStatus } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";
import type { PasswordHasher } from "../credentials/hasher.ts";
import { checkPasswordPolicy, normalizePassword } from "../credentials/password-policy.ts";
import { passwordColumns } from "../credentials/password-strength.ts";
import { isUniqueViolation, uniqueViolationColumns } from "../db-errors.ts";
import { UserExistsError, UserNotFoundError } from "../errors.ts";
import { applicationInPool } from "./applications.ts";
import type { SessionService } from "../tokens/sessions.ts";
import { newUsername, normalizeCountryCode, normalizeEmail, normalizePhone } from "../users/account-identifiers.ts";
import { validateProfile, type ProfileInput } from "../users/profile.ts";
import type { NewUserInput, UserService } from "../users/user-service.ts";
import { createAdminChange, recordAudit, userSummary, type AdminActor } from "./audit-log.ts";
import { boundedBatch } from "./batches.ts";

export interface UserUpdateInput extends ProfileInput {
  username?: string | null;
  email?: string | null;
  emailVerified?: boolean | null;
  phone?: string | null;
  phoneCountryCode?: string | null;
  phoneVerified?: boolean | null;
  externalId?: string | null;
}

export function createUserAdministration(deps: {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
  users: UserService;
  sessions: SessionService;
}) {
  const { db, clock, hasher, users, sessions } = deps;
  const adminChange = createAdminChange({ db, clock });

  async function poolOf(actor: AdminActor): Promise<UserPool> {
    return db.userPool.findUniqueOrThrow({ where: { id: actor.userPoolId } });
  }

  async function userOf(actor: AdminActor, userId: string): Promise<User> {
    const user = await db.user.findFirst({ where: { id: userId, userPoolId: actor.userPoolId } });
    if (!user) throw new UserNotFoundError();
    return user;
  }

  /** All the users of the batch, or UserNotFoundError: a batch with an unknown id changes nothing. */
  async function usersOf(actor: AdminActor, userIds: string[]): Promise<User[]> {
    const found = await db.user.findMany({ where: { userPoolId: actor.userPoolId, id: { in: userIds } } });
    if (found.length !== userIds.length) throw new UserNotFoundError();
    return found;
  }

  async function createUser(actor: AdminActor, input: Omit<NewUserInput, "source">): Promise<User> {
    const pool = await poolOf(actor);
    return users.createUser(
      pool,
      { ...input, source: { type: "adminCreated", id: actor.accessKeyId } },
      "admin",
      (tx, user) =>
        recordAudit(tx, actor, {
          action: "user.create",
          targetType: "user",
          targetId: user.id,
          after: userSummary(user),
          at: clock.now(),
        }),
    );
  }

  async function updateUser(actor: AdminActor, userId: string, input: UserUpdateInput): Promise<User> {
    const pool = await poolOf(actor);
    const before = await userOf(actor, userId);
    const { username, email, emailVerified, phone, phoneCountryCode, phoneVerified, externalId, ...profile } = input;
    const data: Prisma.UserUpdateInput = { ...validateProfile(profile) };
    if (username !== undefined) data.username = username === null ? null : newUsername(username);
    if (email !== undefined) {
      data.email = email === null || email === "" ? null : normalizeEmail(email);
      if (data.email !== before.email) data.emailVerified = false;
    }
    if (phone !== undefined) {
      data.phone = phone === null || phone === "" ? null : normalizePhone(phone);
      data.phoneCountryCode = data.phone ? normalizeCountryCode(phoneCountryCode, pool.defaultPhoneCountryCode) : null;
      if (data.phone !== before.phone) data.phoneVerified = false;
    }
    if (emailVerified != null) data.emailVerified = emailVerified;
    if (phoneVerified != null) data.phoneVerified = phoneVerified;
    if (externalId !== undefined) data.externalId = externalId?.trim() || null;
    try {
      return await adminChange(actor, async (tx, audit) => {
        const after = await tx.user.update({ where: { id: before.id }, data });
        await audit({
          action: "user.update",
          targetType: "user",
          targetId: before.id,
          before: userSummary(before),
          after: userSummary(after),
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const columns = uniqueViolationColumns(error);
        throw new UserExistsError(
          columns.includes("username")
            ? "username"
            : columns.includes("email")
              ? "email"
              : columns.includes("phone")
                ? "phone"
                : "externalId",
        );
      }
      throw error;
    }
  }

  /** Leaving Activated also ends every session and refuses every earlier access token. */
  async function setUserStatus(actor: AdminActor, userId: string, status: UserStatus): Promise<User> {
    const before = await userOf(actor, userId);
    const after = await adminChange(actor, async (tx, audit) => {
      const updated = await tx.user.update({
        where: { id: before.id },
        data: { status, statusChangedAt: clock.now() },
      });
      await audit({
        action: "user.setStatus",
        targetType: "user",
        targetId: before.id,
        before: userSummary(before),
        after: userSummary(updated),
      });
      return updated;
    });
    if (status !== "Activated") await sessions.revokeSessionsForUser(before.id);
    return after;
  }

  /** Sets a password chosen by the administrator and signs the user out everywhere. */
  async function resetUserPassword(
    actor: AdminActor,
    userId: string,
    password: string,
    requireChange: boolean,
  ): Promise<void> {
    const pool = await poolOf(actor);
    const user = await userOf(actor, userId);
    checkPasswordPolicy(password, { minLength: pool.passwordMinLength, maxLength: pool.passwordMaxLength }, [
      user.username,
      user.email,
      user.phone,
    ]);
    const normalized = normalizePassword(password);
    const columns = passwordColumns(await hasher.hash(normalized), normalized, clock.now());
    await adminChange(actor, async (tx, audit) => {
      await tx.user.update({
        where: { id: user.id },
        data: { ...columns, resetPasswordOnNextLogin: requireChange },
      });
      await audit({
        action: "user.resetPassword",
        targetType: "user",
        targetId: user.id,
      });
    });
    await sessions.revokeSessionsForUser(user.id);
  }

  /**
   * Removes every second factor of the user, their recovery codes and pending sign-in steps (a lost phone): the
   * user signs in with the first factor again, and enrols anew where the policy requires one.
   */
  async function resetUserMfa(actor: AdminActor, userId: string): Promise<void> {
    const user = await userOf(actor, userId);
    await adminChange(actor, async (tx, audit) => {
      const factors = await tx.mfaFactor.findMany({ where: { userId: user.id, confirmedAt: { not: null } } });
      await tx.mfaFactor.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.mfaChallenge.deleteMany({ where: { userId: user.id } });
      await tx.user.update({ where: { id: user.id }, data: { mfaFactorCount: 0 } });
      await audit({
        action: "user.resetMfa",
        targetType: "user",
        targetId: user.id,
        before: { factors: factors.map((factor) => ({ factorId: factor.id, factorType: factor.type })) },
      });
    });
  }

  /** Ends the users' sessions: all of them, or only those in the applications named. */
  async function kickUsers(actor: AdminActor, userIds: string[], appIds: string[] = []): Promise<void> {
    const targets = await usersOf(actor, boundedBatch(userIds, "userIds"));
    const applicationIds = await Promise.all(
      [...new Set(appIds)].map(async (appId) => (await applicationInPool(db, actor.userPoolId, appId)).id),
    );
    for (const user of targets) {
      if (applicationIds.length) await sessions.revokeSessionsInApplications(user.id, applicationIds);
      else await sessions.revokeSessionsForUser(user.id);
    }
    await adminChange(actor, async (_tx, audit) => {
      for (const user of targets) await audit({ action: "user.kick", targetType: "user", targetId: user.id });
    });
  }

  /** Whether the user has a live session (not revoked, not expired), in one application when appId is given. */
  async function checkSessionStatus(
    actor: AdminActor,
    userId: string,
    appId?: string | null,
  ): Promise<{ active: boolean; activeSessionCount: number }> {
    const user = await userOf(actor, userId);
    const applicationId = appId ? (await applicationInPool(db, actor.userPoolId, appId)).id : undefined;
    const activeSessionCount = await db.session.count({
      where: {
        userId: user.id,
        revokedAt: null,
        expiresAt: { gt: clock.now() },
        ...(applicationId ? { applicationId } : {}),
      },
    });
    return { active: activeSessionCount > 0, activeSessionCount };
  }

  /** Deletes every user of the batch in one transaction, or none (an unknown id refuses the whole batch). */
  async function deleteUsers(actor: AdminActor, userIds: string[]): Promise<number> {
    const targets = await usersOf(actor, boundedBatch(userIds, "userIds"));
    return adminChange(actor, async (tx, audit) => {
      const { count } = await tx.user.deleteMany({
        where: { userPoolId: actor.userPoolId, id: { in: targets.map((user) => user.id) } },
      });
      if (count !== targets.length) throw new UserNotFoundError();
      for (const user of targets) {
        await audit({
          action: "user.delete",
          targetType: "user",
          targetId: user.id,
          before: userSummary(user),
        });
      }
      return count;
    });
  }

  return {
    createUser,
    updateUser,
    setUserStatus,
    resetUserPassword,
    resetUserMfa,
    kickUsers,
    checkSessionStatus,
    deleteUsers,
  };
}

export type UserAdministration = ReturnType<typeof createUserAdministration>;
