// Password sign-in. Every path costs one argon2 verification, the same database round trips and the same
// answer, whether the account is unknown, the password wrong or the account disabled (unless the pool opts
// into GenAuth's distinct codes).
import type { User } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { AccountLockedError, CaptchaRequiredError, InvalidCredentialsError } from "../errors.ts";
import type { CaptchaService } from "./captcha.ts";
import type { AccountLookup, UserService } from "../users/user-service.ts";
import type { PasswordHasher } from "./hasher.ts";
import type { LoginFailureCounter } from "./login-failures.ts";
import { normalizePassword } from "./password-policy.ts";
import type { SignInContext, SignInRecords } from "./sign-in-records.ts";

export type { SignInContext } from "./sign-in-records.ts";

export interface PasswordSignInDeps {
  clock: Clock;
  hasher: PasswordHasher;
  users: UserService;
  failures: LoginFailureCounter;
  records: SignInRecords;
  captchas: CaptchaService;
}

export interface CaptchaAnswer {
  captchaToken?: string | null;
  captchaCode?: string | null;
}

export function createPasswordSignIn({ clock, hasher, users, failures, records, captchas }: PasswordSignInDeps) {
  /** The counter key: the user when known (so username and email share one count), else the account as typed. */
  function counterKey(lookup: AccountLookup, user: User | null): string {
    if (user) return `user:${user.id}`;
    return lookup.kind === "account" ? `account:${lookup.account.trim().toLowerCase()}` : `${lookup.kind}:${lookup.value.trim().toLowerCase()}`;
  }

  async function signInWithPassword(
    context: SignInContext,
    lookup: AccountLookup,
    password: string,
    captcha: CaptchaAnswer = {},
  ): Promise<User> {
    const { pool } = context;
    const user = await users.findUserByAccount(pool, lookup);
    const key = counterKey(lookup, user);
    const state = await failures.currentState(pool, "ACCOUNT", key);
    const ipState = context.ip ? await failures.currentState(pool, "IP", context.ip) : null;
    if (state.lockedUntil) {
      const seconds = Math.ceil((state.lockedUntil.getTime() - clock.now().getTime()) / 1000);
      await hasher.verifyDummy(password);
      await records.recordFailure(context, user, "password", 2005);
      throw new AccountLockedError(seconds);
    }
    // After repeated failures for this account or from this address, a password is only checked together with a
    // captcha answer. Unknown accounts are counted alike, so this reveals nothing about existence.
    const captchaRequired =
      state.failures >= pool.captchaAfterFailures || (ipState?.failures ?? 0) >= pool.captchaAfterIpFailures;
    if (captchaRequired) {
      if (!captcha.captchaToken || !captcha.captchaCode) {
        await records.recordFailure(context, user, "password", 2000);
        throw new CaptchaRequiredError();
      }
      await captchas.checkCaptcha(pool, captcha.captchaToken, captcha.captchaCode);
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
      if (!passwordMatches) {
        await failures.recordFailure(pool, "ACCOUNT", key, state);
        if (context.ip && ipState) await failures.recordFailure(pool, "IP", context.ip, ipState, { lock: false });
      }
      await records.recordFailure(context, user, "password", error.apiCode);
      throw error;
    }

    if (state.recorded) await failures.clearFailures(pool, "ACCOUNT", key);
    const rehash = hasher.needsRehash(user.passwordHash!) ? await hasher.hash(normalized) : undefined;
    return records.recordSuccess(context, user, "password", rehash ? { passwordHash: rehash } : {});
  }

  return { signInWithPassword };
}
