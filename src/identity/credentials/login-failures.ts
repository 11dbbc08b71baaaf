// Consecutive sign-in failures per account, counted in the database so that every gateway instance sees them.
// Unknown accounts are counted exactly like known ones: the counter must not become an existence oracle.
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { FailureCounterKind } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";

export interface FailureState {
  /** A counter row exists (possibly stale or with an expired lock) and should be cleared on success. */
  recorded: boolean;
  failures: number;
  lockedUntil: Date | null;
}

export function createLoginFailureCounter({ db, clock }: { db: Db; clock: Clock }) {
  const id = (pool: UserPool, kind: FailureCounterKind, key: string) => ({
    userPoolId_kind_key: { userPoolId: pool.id, kind, key },
  });

  /** The key's count in its window (by default the pool's failure window, counted from the last event). */
  async function currentState(
    pool: UserPool,
    kind: FailureCounterKind,
    key: string,
    window: { secs: number; from: "first" | "last" } = { secs: pool.loginFailureWindowSecs, from: "last" },
  ): Promise<FailureState> {
    const row = await db.loginFailureCounter.findUnique({ where: id(pool, kind, key) });
    return stateOf(row, window);
  }

  /** Several keys' counts in the pool's failure window, read together (a sign-in's account and address). */
  async function currentStates(pool: UserPool, keys: { kind: FailureCounterKind; key: string }[]): Promise<FailureState[]> {
    const rows = await db.loginFailureCounter.findMany({ where: { userPoolId: pool.id, OR: keys } });
    const window = { secs: pool.loginFailureWindowSecs, from: "last" } as const;
    return keys.map(({ kind, key }) => stateOf(rows.find((row) => row.kind === kind && row.key === key) ?? null, window));
  }

  function stateOf(row: { failures: number; firstAt: Date; lastAt: Date; lockedUntil: Date | null } | null, window: { secs: number; from: "first" | "last" }): FailureState {
    const now = clock.now();
    if (!row) return { recorded: false, failures: 0, lockedUntil: null };
    const anchor = window.from === "first" ? row.firstAt : row.lastAt;
    const stale = anchor.getTime() < now.getTime() - window.secs * 1000;
    return {
      recorded: true,
      failures: stale ? 0 : row.failures,
      lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    };
  }

  /**
   * Counts one event in the key's window; for accounts, locks the key once the pool's limit is reached (the count
   * restarts after the lock). IPs are never locked (a shared address would lock out everyone behind it): they
   * only make captchas necessary.
   */
  async function recordFailure(
    pool: UserPool,
    kind: FailureCounterKind,
    key: string,
    previous: FailureState,
    { lock = true }: { lock?: boolean } = {},
  ) {
    const now = clock.now();
    const where = id(pool, kind, key);
    const row =
      previous.failures === 0
        ? await db.loginFailureCounter.upsert({
            where,
            create: { userPoolId: pool.id, kind, key, failures: 1, firstAt: now, lastAt: now },
            update: { failures: 1, firstAt: now, lastAt: now },
          })
        : await db.loginFailureCounter.update({ where, data: { failures: { increment: 1 }, lastAt: now } });
    if (lock && row.failures >= pool.lockAfterFailures) {
      await db.loginFailureCounter.update({
        where,
        data: { failures: 0, lockedUntil: new Date(now.getTime() + pool.lockDurationSecs * 1000) },
      });
    }
  }

  /** The window's start for the key's current count, so callers can say when a limit lifts. */
  async function windowStart(pool: UserPool, kind: FailureCounterKind, key: string): Promise<Date | null> {
    const row = await db.loginFailureCounter.findUnique({ where: id(pool, kind, key), select: { firstAt: true } });
    return row?.firstAt ?? null;
  }

  return { currentState, currentStates, recordFailure, windowStart };
}

export type LoginFailureCounter = ReturnType<typeof createLoginFailureCounter>;
