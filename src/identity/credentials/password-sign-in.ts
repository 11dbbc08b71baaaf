// Password sign-in. Every path costs one argon2 verification, the same database round trips and the same
// answer, whether the account is unknown, the password wrong or the account disabled (unless the pool opts
// into GenAuth's distinct codes).
import type { Db } from "../../db/index.ts";
import type { Application, User, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { AccountLockedError, InvalidCredentialsError } from "../errors.ts";
import type { AccountLookup, UserService } from "../users/user-service.ts";
import type { PasswordHasher } from "./hasher.ts";
import type { LoginFailureCounter } from "./login-failures.ts";
import { normalizePassword } from "./password-policy.ts";

export interface SignInContext {
  pool: UserPool;
  application: Application;
  ip?: string | null;
  userAgent?: string | null;
}

export interface PasswordSignInDeps {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
  users: UserService;
  failures: LoginFailureCounter;
}

export function createPasswordSignIn({ db, clock, hasher, users, failures }: PasswordSignInDeps) {
  async function recordLogin(context: SignInContext, user: User | null, success: boolean, apiCode: number | null) {
    await db.loginHistory.create({
      data: {
        userPoolId: context.pool.id,
        userId: user?.id ?? null,
        applicationId: context.application.id,
        method: "password",
        success,
        apiCode,
        ip: context.ip ?? null,
        userAgent: context.userAgent?.slice(0, 512) ?? null,
        createdAt: clock.now(),
      },
    });
  }

  /** The counter key: the user when known (so username and email share one count), else the account as typed. */
  function counterKey(lookup: AccountLookup, user: User | null): string {
    if (user) return `user:${user.id}`;
    return lookup.kind === "account" ? `account:${lookup.account.trim().toLowerCase()}` : `${lookup.kind}:${lookup.value.trim().toLowerCase()}`;
  }

  async function signInWithPassword(context: SignInContext, lookup: AccountLookup, password: string): Promise<User> {
    const { pool } = context;
    const user = await users.findUserByAccount(pool, lookup);
    const key = counterKey(lookup, user);
    const state = await failures.currentState(pool, "ACCOUNT", key);
    if (state.lockedUntil) {
      const seconds = Math.ceil((state.lockedUntil.getTime() - clock.now().getTime()) / 1000);
      await hasher.verifyDummy(password);
      await recordLogin(context, user, false, 2005);
      throw new AccountLockedError(seconds);
    }
    const normalized = normalizePassword(password);
    let passwordMatches = false;
    if (user?.passwordHash) passwordMatches = await hasher.verify(user.passwordHash, normalized);
    else await hasher.verifyDummy(normalized);

    const active = user?.status === "Activated";
    if (!user || !passwordMatches || !active) {
      const error = !pool.distinctLoginErrors
        ? new InvalidCredentialsError("generic")
        : new InvalidCredentialsError(!user ? "userNotFound" : !passwordMatches ? "wrongPassword" : "userDisabled");
      // A disabled account with the right password is not a guessing attempt; it is not counted.
      if (!passwordMatches) await failures.recordFailure(pool, "ACCOUNT", key, state);
      await recordLogin(context, user, false, error.apiCode);
      throw error;
    }

    if (state.recorded) await failures.clearFailures(pool, "ACCOUNT", key);
    const now = clock.now();
    const rehash = hasher.needsRehash(user.passwordHash!) ? await hasher.hash(normalized) : undefined;
    const [updated] = await db.$transaction([
      db.user.update({
        where: { id: user.id },
        data: {
          loginsCount: { increment: 1 },
          lastLogin: now,
          lastIp: context.ip ?? null,
          lastLoginApp: context.application.appId,
          ...(rehash ? { passwordHash: rehash } : {}),
        },
      }),
      db.loginHistory.create({
        data: {
          userPoolId: pool.id,
          userId: user.id,
          applicationId: context.application.id,
          method: "password",
          success: true,
          ip: context.ip ?? null,
          userAgent: context.userAgent?.slice(0, 512) ?? null,
          createdAt: now,
        },
      }),
    ]);
    return updated;
  }

  return { signInWithPassword };
}
