// Admission of a password check, for every place that checks one (sign-in, the current password in account
// flows): the attempt is counted for the account and the caller's address before the password is looked at.
// The first `captchaAfterFailures` attempts in the window are free; later ones need a solved captcha, up to
// `lockAfterFailures`, after which the account is locked for `lockDurationSecs`. Addresses are never locked (a
// shared address would lock out everyone behind it); past `captchaAfterIpFailures` they need captchas.
import type { UserPool } from "../../generated/prisma/client.ts";
import { AccountLockedError, CaptchaRequiredError } from "../errors.ts";
import { unlimited, type AttemptLimiter, type AttemptRule, type CounterKey } from "../limits/attempt-limiter.ts";
import type { CaptchaService } from "./captcha.ts";

export interface CaptchaAnswer {
  captchaToken?: string | null;
  captchaCode?: string | null;
}

/** The counters one admitted password check holds, to settle once its outcome is known. */
export interface AdmittedPasswordCheck {
  /** Cleared when the password proves right: the failures before it no longer count. */
  account: CounterKey;
  /** Given back when the password proves right: an address's successes are not failures. */
  address: CounterKey[];
}

type AccountScope = "signin:account" | "signin:mfa";

/** The counter of a known account, shared by every identifier it signs in with and by its account flows. */
export const userCounterKey = (userId: string) => `user:${userId}`;

export function createPasswordAttempts({ limiter, captchas }: { limiter: AttemptLimiter; captchas: CaptchaService }) {
  function rules(
    pool: UserPool,
    accountKey: string,
    ip: string | null | undefined,
    captchaSolved: boolean,
    scope: AccountScope,
  ): AttemptRule[] {
    const window = { windowSecs: pool.loginFailureWindowSecs, windowFrom: "last" as const };
    const account: AttemptRule = {
      scope,
      key: accountKey,
      limit: captchaSolved ? pool.lockAfterFailures : Math.min(pool.captchaAfterFailures, pool.lockAfterFailures),
      lock: { at: pool.lockAfterFailures, secs: pool.lockDurationSecs },
      ...window,
    };
    if (!ip) return [account];
    return [
      account,
      { scope: "signin:ip", key: ip, limit: captchaSolved ? unlimited : pool.captchaAfterIpFailures, ...window },
    ];
  }

  /**
   * Counts a password check for the account (and address) or refuses it: AccountLockedError once locked,
   * CaptchaRequiredError past the free attempts without a captcha answer, CaptchaIncorrectError for a wrong one.
   * A captcha is checked (and spent) only when it is needed.
   */
  async function admitPasswordCheck(
    pool: UserPool,
    accountKey: string,
    ip: string | null | undefined,
    captcha: CaptchaAnswer,
    /** Second-factor codes count apart: a right password must not forget the wrong codes after it. */
    scope: AccountScope = "signin:account",
  ): Promise<AdmittedPasswordCheck> {
    const freeRules = rules(pool, accountKey, ip, false, scope);
    const free = await limiter.admit(pool, freeRules);
    if (!free.admitted) {
      if (free.locked) throw new AccountLockedError(free.retryAfterSecs);
      if (!captcha.captchaToken || !captcha.captchaCode) throw new CaptchaRequiredError();
      await captchas.checkCaptcha(pool, captcha.captchaToken, captcha.captchaCode);
      const solved = await limiter.admit(pool, rules(pool, accountKey, ip, true, scope));
      if (!solved.admitted) throw new AccountLockedError(solved.retryAfterSecs);
    }
    const [account, ...address] = freeRules;
    return { account: account!, address };
  }

  /** The password was right: the account's failures are forgotten and the address's attempt given back. */
  async function passwordProven(pool: UserPool, check: AdmittedPasswordCheck): Promise<void> {
    await limiter.settle(pool, { clear: [check.account], giveBack: check.address });
  }

  /** The attempt was no guess after all (the right password for a disabled account): nothing stays counted. */
  function notAGuess(pool: UserPool, check: AdmittedPasswordCheck): Promise<void> {
    return limiter.refund(pool, [check.account, ...check.address]);
  }

  return { admitPasswordCheck, passwordProven, notAGuess };
}

export type PasswordAttempts = ReturnType<typeof createPasswordAttempts>;
