// Password sign-in. Every path costs one argon2 verification, the same database round trips and the same
// answer, whether the account is unknown, the password wrong or the account disabled (unless the pool opts
// into GenAuth's distinct codes).
import type { User } from "../../generated/prisma/client.ts";
import {
  AccountLockedError,
  CaptchaIncorrectError,
  CaptchaRequiredError,
  EmailNotVerifiedError,
  InvalidCredentialsError,
} from "../errors.ts";
import { typedAccount, type AccountLookup, type UserService } from "../users/user-service.ts";
import type { PasswordHasher } from "./hasher.ts";
import {
  userCounterKey,
  type AdmittedPasswordCheck,
  type CaptchaAnswer,
  type PasswordAttempts,
} from "./password-attempts.ts";
import { normalizePassword } from "./password-policy.ts";
import type { SignInContext, SignInRecords } from "./sign-in-records.ts";
import type { SessionDraft } from "../tokens/token-service.ts";

export type { SignInContext } from "./sign-in-records.ts";

export interface PasswordSignInDeps {
  hasher: PasswordHasher;
  users: UserService;
  attempts: PasswordAttempts;
  records: SignInRecords;
}

export type { CaptchaAnswer } from "./password-attempts.ts";

/**
 * The counter key of a sign-in: the user when known (so every identifier of one account shares one count), else
 * the typed string whatever field named it, so that the captcha and lock answers for a username typed in the
 * username field and in the account field move together for unknown accounts as they do for known ones.
 */
export function signInCounterKey(lookup: AccountLookup, user: User | null): string {
  if (user) return userCounterKey(user.id);
  return `name:${typedAccount(lookup).toLowerCase()}`;
}

/** Whether the sign-in named the account by its email (the email field, or an account string that is its email). */
function namesEmail(lookup: AccountLookup, user: User): boolean {
  if (!user.email) return false;
  return (lookup.kind === "account" || lookup.kind === "email") && typedAccount(lookup).toLowerCase() === user.email;
}

export function createPasswordSignIn({ hasher, users, attempts, records }: PasswordSignInDeps) {
  async function signInWithPassword(
    context: SignInContext,
    lookup: AccountLookup,
    password: string,
    captcha: CaptchaAnswer,
    /**
     * The session to open for the user whose password proved right; it may throw instead (a second factor is
     * needed), after calling `settle`, which forgets the account's failures and stores the rehashed password as
     * a successful sign-in would.
     */
    openSession: (user: User, settle: () => Promise<void>) => Promise<SessionDraft>,
  ): Promise<{ user: User; session: SessionDraft }> {
    const { pool } = context;
    const user = await users.findUserByAccount(pool, lookup);
    let check: AdmittedPasswordCheck;
    try {
      check = await attempts.admitPasswordCheck(pool, signInCounterKey(lookup, user), context.ip, captcha);
    } catch (error) {
      if (
        error instanceof AccountLockedError ||
        error instanceof CaptchaRequiredError ||
        error instanceof CaptchaIncorrectError
      ) {
        await records.recordFailure(context, user, "password", error.apiCode);
      }
      throw error;
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
      if (passwordMatches) await attempts.notAGuess(pool, check);
      await records.recordFailure(context, user, "password", error.apiCode);
      throw error;
    }

    if (pool.requireVerifiedEmailForPasswordSignIn && !user.emailVerified && namesEmail(lookup, user)) {
      await attempts.notAGuess(pool, check);
      const error = new EmailNotVerifiedError();
      await records.recordFailure(context, user, "password", error.apiCode);
      throw error;
    }

    const rehash = hasher.needsRehash(user.passwordHash!) ? await hasher.hash(normalized) : undefined;
    const session = await openSession(user, async () => {
      await attempts.passwordProven(pool, check);
      if (rehash) await records.applyFirstFactorChanges(user, { passwordHash: rehash });
    });
    const signedIn = await records.recordSuccess(context, user, "password", {
      session,
      changes: rehash ? { passwordHash: rehash } : {},
      settleCounters: check,
    });
    return { user: signedIn, session };
  }

  return { signInWithPassword };
}
