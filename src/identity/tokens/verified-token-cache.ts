// Verified access tokens, remembered briefly per process so a client's repeated calls skip the signature check
// (an RSA verification and a JWT parse each). Only the signature and claims checks are skipped: every request
// still asks the database whether the user and the session stand. An entry never outlives the token's exp, nor
// `maxAgeMs` (the verification-key cache's own bound), and all are forgotten when the signing keys change, so a
// withdrawn key's tokens stop working on every instance as soon as the settings-change feed reports it.
import type { Clock } from "../clock.ts";

export function createVerifiedTokenCache<T extends { exp: number }>({
  clock,
  maxEntries = 10_000,
  maxAgeMs = 60_000,
}: {
  clock: Clock;
  maxEntries?: number;
  maxAgeMs?: number;
}) {
  const entries = new Map<string, { value: T; until: number }>();

  function get(key: string): T | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (clock.now().getTime() >= entry.until) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  function set(key: string, value: T): void {
    const now = clock.now().getTime();
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(key, { value, until: Math.min(value.exp * 1000, now + maxAgeMs) });
  }

  return { get, set, clear: () => entries.clear() };
}
