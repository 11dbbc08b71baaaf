// What every sign-in writes: the login history row, and on success the user's login statistics, the session it
// opens and the end of the account's failure count.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/index.ts";
import { Prisma, type Application, type User, type UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import type { AttemptLimiter } from "../limits/attempt-limiter.ts";
import type { AdmittedPasswordCheck } from "./password-attempts.ts";
import { isForeignKeyViolation } from "../db-errors.ts";
import { InvalidCredentialsError } from "../errors.ts";
import type { SessionDraft } from "../tokens/token-service.ts";

export interface SignInContext {
  pool: UserPool;
  application: Application;
  ip?: string | null;
  userAgent?: string | null;
}

export type SignInMethod = "password" | "email_passcode" | "phone_passcode" | "passkey";

/** What a successful sign-in changes besides the statistics: a rehashed password, a proven address. */
export interface SignInUserChanges {
  passwordHash?: string;
  emailVerified?: true;
  phoneVerified?: true;
  /** A takeover by the first prover of the account's address (users/address-claims.ts). */
  clearPassword?: true;
  dropPhone?: boolean;
  dropEmail?: boolean;
  /** The sign-in finished with a second factor: the user's lastMfaTime. */
  mfaVerified?: true;
}

/** The columns the changes set, as the written row will hold them. */
function appliedChanges(changes: SignInUserChanges): Partial<User> {
  const applied: Partial<User> = {};
  if (changes.passwordHash) applied.passwordHash = changes.passwordHash;
  if (changes.emailVerified) applied.emailVerified = true;
  if (changes.phoneVerified) applied.phoneVerified = true;
  if (changes.clearPassword) Object.assign(applied, { passwordHash: null, passwordSecurityLevel: null });
  if (changes.dropPhone) Object.assign(applied, { phone: null, phoneCountryCode: null });
  if (changes.dropEmail) applied.email = null;
  return applied;
}

export interface SignInSuccess {
  /** The session the sign-in opens (`TokenService.newSession`). */
  session: SessionDraft;
  changes?: SignInUserChanges;
  /** The password check's counters: the account's cleared, the address's attempt given back, in the same write. */
  settleCounters?: AdmittedPasswordCheck;
}

export function createSignInRecords({ db, clock, limiter }: { db: Db; clock: Clock; limiter: AttemptLimiter }) {
  function historyRow(context: SignInContext, user: User | null, method: SignInMethod, apiCode: number | null) {
    return {
      id: randomUUID(),
      userPoolId: context.pool.id,
      userId: user?.id ?? null,
      applicationId: context.application.id,
      method,
      success: apiCode === null,
      apiCode,
      ip: context.ip ?? null,
      userAgent: context.userAgent?.slice(0, 512) ?? null,
      createdAt: clock.now(),
    };
  }

  async function recordFailure(context: SignInContext, user: User | null, method: SignInMethod, apiCode: number) {
    await db.loginHistory.create({ data: historyRow(context, user, method, apiCode) });
  }

  /**
   * Writes a successful sign-in in one statement, so it is atomic and costs one round trip: the user's statistics
   * (and `changes`), the history row, the session with its refresh token, and the cleared failure counter. Returns
   * the user as written. A user deleted meanwhile fails the session's foreign key: the sign-in fails, nothing stays.
   */
  /** A first factor's changes when the session waits for a second (MFA): the proof of an address stands. */
  async function applyFirstFactorChanges(user: User, changes: SignInUserChanges): Promise<void> {
    const data = appliedChanges(changes);
    if (Object.keys(data).length) await db.user.update({ where: { id: user.id }, data });
  }

  async function recordSuccess(
    context: SignInContext,
    user: User,
    method: SignInMethod,
    success: SignInSuccess,
  ): Promise<User> {
    const now = clock.now();
    const { session, refreshToken } = success.session;
    const changes = success.changes ?? {};
    const history = historyRow(context, user, method, null);
    const set = [
      Prisma.sql`"loginsCount" = "loginsCount" + 1`,
      Prisma.sql`"lastLogin" = ${now}`,
      Prisma.sql`"lastIp" = ${context.ip ?? null}`,
      Prisma.sql`"lastLoginApp" = ${context.application.appId}`,
      Prisma.sql`"updatedAt" = ${now}`,
    ];
    if (changes.passwordHash) set.push(Prisma.sql`"passwordHash" = ${changes.passwordHash}`);
    if (changes.emailVerified) set.push(Prisma.sql`"emailVerified" = true`);
    if (changes.phoneVerified) set.push(Prisma.sql`"phoneVerified" = true`);
    if (changes.clearPassword) set.push(Prisma.sql`"passwordHash" = NULL`, Prisma.sql`"passwordSecurityLevel" = NULL`);
    if (changes.dropPhone) set.push(Prisma.sql`"phone" = NULL`, Prisma.sql`"phoneCountryCode" = NULL`);
    if (changes.dropEmail) set.push(Prisma.sql`"email" = NULL`);
    if (changes.mfaVerified) set.push(Prisma.sql`"lastMfaTime" = ${now}`);
    const refresh = refreshToken?.row;
    const counters = success.settleCounters;
    let rows: { loginsCount: number }[];
    try {
      rows = await db.$queryRaw<{ loginsCount: number }[]>`
        WITH signed_in AS (
          UPDATE "User" SET ${Prisma.join(set)} WHERE "id" = ${user.id} RETURNING "loginsCount"
        ), history AS (
          INSERT INTO "LoginHistory" ("id", "userPoolId", "userId", "applicationId", "method", "success", "apiCode", "ip", "userAgent", "createdAt")
          VALUES (${history.id}, ${history.userPoolId}, ${history.userId}, ${history.applicationId}, ${history.method}, true, NULL, ${history.ip}, ${history.userAgent}, ${history.createdAt})
        ), opened AS (
          INSERT INTO "Session" ("id", "userPoolId", "userId", "applicationId", "scope", "ip", "userAgent", "createdAt", "lastSeenAt", "expiresAt", "amr")
          VALUES (${session.id}, ${session.userPoolId}, ${session.userId}, ${session.applicationId}, ${session.scope}, ${session.ip}, ${session.userAgent}, ${session.createdAt}, ${session.lastSeenAt}, ${session.expiresAt}, ${session.amr}::text[])
        )${
          refresh
            ? Prisma.sql`, refreshed AS (
          INSERT INTO "RefreshToken" ("id", "userPoolId", "sessionId", "userId", "applicationId", "tokenHash", "scope", "createdAt", "expiresAt")
          VALUES (${refresh.id}, ${refresh.userPoolId}, ${refresh.sessionId}, ${refresh.userId}, ${refresh.applicationId}, ${refresh.tokenHash}, ${refresh.scope}, ${refresh.createdAt}, ${refresh.expiresAt})
        )`
            : Prisma.empty
        }${
          counters
            ? Prisma.sql`, settled AS (${limiter.settleStatement(context.pool, { clear: [counters.account], giveBack: counters.address })})`
            : Prisma.empty
        }
        SELECT "loginsCount" FROM signed_in`;
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new InvalidCredentialsError();
      throw error;
    }
    const written = rows[0];
    if (!written) throw new InvalidCredentialsError();
    return {
      ...user,
      ...appliedChanges(changes),
      ...(changes.mfaVerified ? { lastMfaTime: now } : {}),
      loginsCount: written.loginsCount,
      lastLogin: now,
      lastIp: context.ip ?? null,
      lastLoginApp: context.application.appId,
      updatedAt: now,
    };
  }

  return { recordFailure, recordSuccess, applyFirstFactorChanges };
}

export type SignInRecords = ReturnType<typeof createSignInRecords>;
