// The audit trail of administrator actions: who (access key), what, on which target, a before/after summary and
// the request id. Written in the same transaction as the change, so there is no change without its record.
import type { Db } from "../../db/index.ts";
import type { Prisma, User } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";

export interface AdminActor {
  userPoolId: string;
  /** The access key a request was made with; for a local operator command, who ran it on which machine. */
  accessKeyId: string;
  /** "access_key" unless the change came from a command run on the gateway's machine. */
  actorType?: "access_key" | "local_operator";
  requestId: string;
  ip?: string | null;
}

type Tx = Prisma.TransactionClient;

/** The user fields an audit entry keeps: identifying and state fields, never secrets. */
export function userSummary(user: User | null): Prisma.InputJsonObject | undefined {
  if (!user) return undefined;
  return {
    userId: user.id,
    username: user.username,
    email: user.email,
    phone: user.phone,
    externalId: user.externalId,
    status: user.status,
    name: user.name,
    nickname: user.nickname,
  };
}

export async function recordAudit(
  tx: Tx,
  actor: AdminActor,
  entry: {
    action: string;
    targetType: string;
    targetId?: string | null;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
    at: Date;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      userPoolId: actor.userPoolId,
      actorType: actor.actorType ?? "access_key",
      actorId: actor.accessKeyId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before,
      after: entry.after,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      createdAt: entry.at,
    },
  });
}

export type AuditEntry = Omit<Parameters<typeof recordAudit>[2], "at">;
export type RecordAuditEntry = (entry: AuditEntry) => Promise<void>;

/**
 * An administrator's change, the one way admin writes are made: one transaction, and `audit` records each entry
 * inside it, so there is no change without its record and no record of a change that rolled back.
 */
export function createAdminChange({ db, clock }: { db: Db; clock: Clock }) {
  return function adminChange<T>(actor: AdminActor, work: (tx: Tx, audit: RecordAuditEntry) => Promise<T>): Promise<T> {
    return db.$transaction((tx) => work(tx, (entry) => recordAudit(tx, actor, { ...entry, at: clock.now() })));
  };
}
