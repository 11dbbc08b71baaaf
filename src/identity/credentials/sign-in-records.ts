// What every sign-in method writes: the login history row, and on success the user's login statistics.
import type { Db } from "../../db/index.ts";
import type { Application, Prisma, User, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";

export interface SignInContext {
  pool: UserPool;
  application: Application;
  ip?: string | null;
  userAgent?: string | null;
}

export type SignInMethod = "password" | "email_passcode" | "phone_passcode";

export function createSignInRecords({ db, clock }: { db: Db; clock: Clock }) {
  function historyRow(context: SignInContext, user: User | null, method: SignInMethod, apiCode: number | null) {
    return {
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

  /** Updates the user's statistics (plus `extra`, e.g. a rehashed password) and writes the history row, atomically. */
  async function recordSuccess(
    context: SignInContext,
    user: User,
    method: SignInMethod,
    extra: Prisma.UserUpdateInput = {},
  ): Promise<User> {
    const [updated] = await db.$transaction([
      db.user.update({
        where: { id: user.id },
        data: {
          loginsCount: { increment: 1 },
          lastLogin: clock.now(),
          lastIp: context.ip ?? null,
          lastLoginApp: context.application.appId,
          ...extra,
        },
      }),
      db.loginHistory.create({ data: historyRow(context, user, method, null) }),
    ]);
    return updated;
  }

  return { recordFailure, recordSuccess };
}

export type SignInRecords = ReturnType<typeof createSignInRecords>;
