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
import type { SessionDraft } from "../tokens/token-service.ts";

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
    captcha: CaptchaAnswer,
    openSession: (user: User) => SessionDraft,
  ): Promise<{ user: User; session: SessionDraft }> {
    const { pool } = context;
    const user = await users.findUserByAccount(pool, lookup);
    const key = counterKey(lookup, user);
    const states = await failures.currentStates(pool, [
      { kind: "ACCOUNT", key },
      ...(context.ip ? [{ kind: "IP" as const, key: context.ip }] : []),
    ]);
    const state = states[0]!;
    const ipState = context.ip ? states[1]! : null;
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

    const rehash = hasher.needsRehash(user.passwordHash!) ? await hasher.hash(normalized) : undefined;
    const session = openSession(user);
    const signedIn = await records.recordSuccess(context, user, "password", {
      session,
      changes: rehash ? { passwordHash: rehash } : {},
      clearCounter: state.recorded ? { kind: "ACCOUNT", key } : undefined,
    });
    return { user: signedIn, session };
  }

  return { signInWithPassword };
}
