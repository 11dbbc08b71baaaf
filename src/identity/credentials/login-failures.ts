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

  async function currentState(pool: UserPool, kind: FailureCounterKind, key: string): Promise<FailureState> {
    const row = await db.loginFailureCounter.findUnique({ where: id(pool, kind, key) });
    const now = clock.now();
    if (!row) return { recorded: false, failures: 0, lockedUntil: null };
    const stale = row.lastAt.getTime() < now.getTime() - pool.loginFailureWindowSecs * 1000;
    return {
      recorded: true,
      failures: stale ? 0 : row.failures,
      lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    };
  }

  /** Counts one failure; locks the key once the pool's limit is reached (the count restarts after the lock). */
  async function recordFailure(pool: UserPool, kind: FailureCounterKind, key: string, previous: FailureState) {
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
    if (row.failures >= pool.lockAfterFailures) {
      await db.loginFailureCounter.update({
        where,
        data: { failures: 0, lockedUntil: new Date(now.getTime() + pool.lockDurationSecs * 1000) },
      });
    }
  }

  async function clearFailures(pool: UserPool, kind: FailureCounterKind, key: string) {
    await db.loginFailureCounter.deleteMany({ where: { userPoolId: pool.id, kind, key } });
  }

  return { currentState, recordFailure, clearFailures };
}

export type LoginFailureCounter = ReturnType<typeof createLoginFailureCounter>;
