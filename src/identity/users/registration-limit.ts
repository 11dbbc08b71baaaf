// Registrations per IP address per hour, counted in the database (apiCode 2100 past the pool's limit).
import type { UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import type { LoginFailureCounter } from "../credentials/login-failures.ts";
import { RegistrationTooFrequentError } from "../errors.ts";

const hour = { secs: 3600, from: "first" } as const;

export function createRegistrationLimit({ failures, clock }: { failures: LoginFailureCounter; clock: Clock }) {
  /** Throws when the address has used up its registrations this hour; returns a function that counts one more. */
  async function reserveRegistration(pool: UserPool, ip: string | null | undefined): Promise<() => Promise<void>> {
    if (!ip) return async () => {};
    const state = await failures.currentState(pool, "REGISTRATION_IP", ip, hour);
    if (state.failures >= pool.registrationsPerIpPerHour) {
      const since = await failures.windowStart(pool, "REGISTRATION_IP", ip);
      const retryAfter = since ? Math.ceil((since.getTime() + 3600_000 - clock.now().getTime()) / 1000) : 3600;
      throw new RegistrationTooFrequentError(Math.max(1, retryAfter));
    }
    return () => failures.recordFailure(pool, "REGISTRATION_IP", ip, state, { lock: false });
  }
  return { reserveRegistration };
}

export type RegistrationLimit = ReturnType<typeof createRegistrationLimit>;
