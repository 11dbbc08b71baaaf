// The one limiter behind every counted thing (sign-in attempts, registrations, passcode sends and guesses).
// An attempt is admitted by a conditional upsert that increments the counter only while it is under its limit and
// returns the new count, all in one statement; the work it guards (a password check, a send) happens only after.
// A read-then-write check lets a burst of parallel requests all read the same count; this cannot: the database
// serialises the increments on the row, and an increment that would pass the limit does not happen.
import type { Db } from "../../db/index.ts";
import { Prisma, type UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";

export type AttemptScope =
  | "signin:account"
  | "signin:ip"
  | "signin:mfa"
  | "register:ip"
  | "passcode-send:recipient-channel"
  | "passcode-send:recipient"
  | "passcode-send:ip"
  | "passcode-send:pool"
  | "passcode-guess:recipient";

export interface CounterKey {
  scope: AttemptScope;
  key: string;
}

export interface AttemptRule extends CounterKey {
  /** Attempts admitted in one window; the attempt that would exceed it is refused and not counted. */
  limit: number;
  windowSecs: number;
  /** A fixed window from the first attempt, or one that every attempt extends (failures forgotten after quiet). */
  windowFrom: "first" | "last";
  /**
   * A count at which the key stays full for `secs` after its last attempt, then starts again (an account lock).
   * Without it a full key only empties when its window ends.
   */
  lock?: { at: number; secs: number };
}

export type Admission =
  | { admitted: true }
  | {
      admitted: false;
      /** The first rule that refused. */
      refusedBy: AttemptRule;
      count: number;
      /** Whether the refusing key is held by its lock (count reached `lock.at` less than `lock.secs` ago). */
      locked: boolean;
      retryAfterSecs: number;
    };

/** Counts that no limit stops (kept for a later decision, e.g. an address's sign-ins once a captcha is answered). */
export const unlimited = 2_147_483_647;

const sortKey = (rule: CounterKey) => `${rule.scope}\u0000${rule.key}`;

type Adjustment = { key: CounterKey } & (
  | { kind: "admit"; rule: AttemptRule }
  | { kind: "giveBack" }
  | { kind: "clear" }
);

export function createAttemptLimiter({ db, clock }: { db: Db; clock: Clock }) {
  function restartCondition(rule: AttemptRule, now: Date): Prisma.Sql {
    const anchor = rule.windowFrom === "first" ? Prisma.sql`c."windowStart"` : Prisma.sql`c."lastAt"`;
    const windowEdge = new Date(now.getTime() - rule.windowSecs * 1000);
    const windowOver = Prisma.sql`${anchor} <= ${windowEdge}`;
    if (!rule.lock) return windowOver;
    const lockEdge = new Date(now.getTime() - rule.lock.secs * 1000);
    return Prisma.sql`(${windowOver} OR (c."count" >= ${rule.lock.at} AND c."lastAt" <= ${lockEdge}))`;
  }

  /** What one row's columns become, and whether it changes at all. */
  function rowChange(adjustment: Adjustment, now: Date) {
    if (adjustment.kind === "giveBack") {
      return {
        count: Prisma.sql`GREATEST(c."count" - 1, 0)`,
        windowStart: Prisma.sql`c."windowStart"`,
        lastAt: Prisma.sql`c."lastAt"`,
        when: Prisma.sql`true`,
      };
    }
    if (adjustment.kind === "clear") {
      return {
        count: Prisma.sql`0`,
        windowStart: Prisma.sql`${now}::timestamp(3)`,
        lastAt: Prisma.sql`${now}::timestamp(3)`,
        when: Prisma.sql`true`,
      };
    }
    const restart = restartCondition(adjustment.rule, now);
    return {
      count: Prisma.sql`CASE WHEN ${restart} THEN 1 ELSE c."count" + 1 END`,
      windowStart: Prisma.sql`CASE WHEN ${restart} THEN ${now}::timestamp(3) ELSE c."windowStart" END`,
      lastAt: Prisma.sql`${now}::timestamp(3)`,
      when: Prisma.sql`(${restart} OR c."count" < ${adjustment.rule.limit})`,
    };
  }

  /**
   * One statement that adjusts several counters: a single multi-row upsert, so its rows are locked in the order
   * of its VALUES list. Every statement lists its keys in the same (sorted) order, so two of them over
   * overlapping keys wait for each other instead of deadlocking. Returns the keys it changed.
   */
  function adjustStatement(pool: UserPool, adjustments: Adjustment[], now: Date): Prisma.Sql {
    const ordered = [...adjustments].sort((a, b) => (sortKey(a.key) < sortKey(b.key) ? -1 : 1));
    const changes = ordered.map((adjustment) => ({ adjustment, change: rowChange(adjustment, now) }));
    const values = ordered.map(
      ({ kind, key }) =>
        Prisma.sql`(${pool.id}, ${key.scope}, ${key.key}, ${kind === "admit" ? 1 : 0}::int, ${now}::timestamp(3), ${now}::timestamp(3))`,
    );
    const perRow = (column: "count" | "windowStart" | "lastAt" | "when") =>
      Prisma.sql`CASE ${Prisma.join(
        changes.map(
          ({ adjustment, change }) =>
            Prisma.sql`WHEN c."scope" = ${adjustment.key.scope} AND c."key" = ${adjustment.key.key} THEN ${change[column]}`,
        ),
        " ",
      )} END`;
    return Prisma.sql`INSERT INTO "AttemptCounter" AS c ("userPoolId", "scope", "key", "count", "windowStart", "lastAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("userPoolId", "scope", "key") DO UPDATE SET
        "count" = ${perRow("count")},
        "windowStart" = ${perRow("windowStart")},
        "lastAt" = ${perRow("lastAt")}
      WHERE ${perRow("when")}
      RETURNING c."scope", c."key"`;
  }

  /**
   * Admits one attempt under every rule, or none: each key is incremented only while under its limit, in one
   * statement; if any rule refuses, the keys that were incremented are given back.
   */
  async function admit(pool: UserPool, rules: AttemptRule[]): Promise<Admission> {
    const refusedOutright = rules.find((rule) => rule.limit < 1);
    if (refusedOutright) return refusal(pool, refusedOutright, []);
    if (rules.length === 0) return { admitted: true };
    const statement = adjustStatement(
      pool,
      rules.map((rule) => ({ kind: "admit", key: rule, rule })),
      clock.now(),
    );
    const rows = await db.$queryRaw<CounterKey[]>(statement);
    const admitted = new Set(rows.map(sortKey));
    if (admitted.size === rules.length) return { admitted: true };
    const refused = rules.find((rule) => !admitted.has(sortKey(rule)))!;
    return refusal(
      pool,
      refused,
      rules.filter((rule) => admitted.has(sortKey(rule))),
    );
  }

  async function refusal(pool: UserPool, rule: AttemptRule, toGiveBack: CounterKey[]): Promise<Admission> {
    await refund(pool, toGiveBack);
    const row = await db.attemptCounter.findUnique({
      where: { userPoolId_scope_key: { userPoolId: pool.id, scope: rule.scope, key: rule.key } },
    });
    const now = clock.now().getTime();
    const count = row?.count ?? 0;
    const locked = Boolean(rule.lock && row && count >= rule.lock.at);
    const until = !row
      ? now + rule.windowSecs * 1000
      : locked
        ? row.lastAt.getTime() + rule.lock!.secs * 1000
        : (rule.windowFrom === "first" ? row.windowStart : row.lastAt).getTime() + rule.windowSecs * 1000;
    return {
      admitted: false,
      refusedBy: rule,
      count,
      locked,
      retryAfterSecs: Math.max(1, Math.ceil((until - now) / 1000)),
    };
  }

  /**
   * A statement that settles counters once an attempt's outcome is known: `clear` forgets a key's count (a proven
   * secret ends the run of failures before it), `giveBack` returns one attempt (it turned out not to count).
   */
  function settleStatement(
    pool: UserPool,
    { clear = [], giveBack = [] }: { clear?: CounterKey[]; giveBack?: CounterKey[] },
  ): Prisma.Sql {
    const adjustments: Adjustment[] = [
      ...clear.map((key) => ({ kind: "clear" as const, key })),
      ...giveBack.map((key) => ({ kind: "giveBack" as const, key })),
    ];
    return adjustStatement(pool, adjustments, clock.now());
  }

  async function refund(pool: UserPool, keys: CounterKey[]): Promise<void> {
    if (keys.length) await db.$queryRaw(settleStatement(pool, { giveBack: keys }));
  }

  async function settle(pool: UserPool, keys: { clear?: CounterKey[]; giveBack?: CounterKey[] }): Promise<void> {
    if (keys.clear?.length || keys.giveBack?.length) await db.$queryRaw(settleStatement(pool, keys));
  }

  return { admit, refund, settle, settleStatement };
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;
