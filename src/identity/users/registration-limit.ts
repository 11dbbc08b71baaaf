// Registrations per IP address per hour (apiCode 2100 past the pool's limit), admitted before the user is created.
import type { UserPool } from "../../generated/prisma/client.ts";
import { RegistrationTooFrequentError } from "../errors.ts";
import type { AttemptLimiter, AttemptRule } from "../limits/attempt-limiter.ts";

export function createRegistrationLimit({ limiter }: { limiter: AttemptLimiter }) {
  /**
   * Counts one registration for the address, or throws when it has used up its hour. Returns a function that
   * gives the registration back when it did not happen after all (the username was taken, the code wrong).
   */
  async function reserveRegistration(pool: UserPool, ip: string | null | undefined): Promise<() => Promise<void>> {
    if (!ip) return async () => {};
    const rule: AttemptRule = {
      scope: "register:ip",
      key: ip,
      limit: pool.registrationsPerIpPerHour,
      windowSecs: 3600,
      windowFrom: "first",
    };
    const admission = await limiter.admit(pool, [rule]);
    if (!admission.admitted) throw new RegistrationTooFrequentError(admission.retryAfterSecs);
    return () => limiter.refund(pool, [rule]);
  }
  return { reserveRegistration };
}

export type RegistrationLimit = ReturnType<typeof createRegistrationLimit>;
