// An administrator's reads of the pool's own configuration as whole records, for adapters that answer every
// field at once (GenAuth's REST management API): applications (a page, by name), access keys and the audit log
// (filtered by who, where, what and when).
import type { Db } from "../../db/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import { ResourceNotFoundError } from "../errors.ts";
import type { Nullable } from "./operation-types.ts";
import { type PageInput, pageOf } from "./paging.ts";

export interface AuditLogFilter {
  requestId?: Nullable<string>;
  ip?: Nullable<string>;
  /** The access key (or local operator) that acted. */
  actorId?: Nullable<string>;
  /** Kinds of record changed ("user", "role", …); any of them (an empty list matches nothing). */
  targetTypes?: Nullable<string[]>;
  /** Verbs of the action ("create", "delete", …: the part after the dot); any of them (empty: nothing). */
  verbs?: Nullable<string[]>;
  start?: Nullable<Date>;
  end?: Nullable<Date>;
}

export function createPoolRecords({ db }: { db: Db }) {
  async function applicationPage(caller: Caller, input: { keyword?: Nullable<string> } & PageInput) {
    const keyword = input.keyword?.trim();
    const where: Prisma.ApplicationWhereInput = {
      userPoolId: adminActor(caller).userPoolId,
      ...(keyword ? { name: { contains: keyword, mode: "insensitive" } } : {}),
    };
    const [totalCount, list] = await Promise.all([
      db.application.count({ where }),
      db.application.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageOf(input) }),
    ]);
    return { totalCount, list };
  }

  async function getAccessKey(caller: Caller, accessKeyId: string) {
    const key = await db.accessKey.findUnique({ where: { accessKeyId: accessKeyId.trim() } });
    if (!key || key.userPoolId !== adminActor(caller).userPoolId)
      throw new ResourceNotFoundError("access key", accessKeyId.trim());
    return key;
  }

  /** The pool's administrator changes, newest first. */
  async function auditLogPage(caller: Caller, input: AuditLogFilter & PageInput) {
    const where: Prisma.AuditLogWhereInput = {
      userPoolId: adminActor(caller).userPoolId,
      requestId: input.requestId ?? undefined,
      ip: input.ip ?? undefined,
      actorId: input.actorId ?? undefined,
      targetType: input.targetTypes ? { in: input.targetTypes } : undefined,
      createdAt: { gte: input.start ?? undefined, lte: input.end ?? undefined },
      ...(input.verbs ? { OR: input.verbs.map((verb) => ({ action: { endsWith: `.${verb}` } })) } : {}),
    };
    const [totalCount, list] = await Promise.all([
      db.auditLog.count({ where }),
      db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageOf(input) }),
    ]);
    return { totalCount, list };
  }

  return { applicationPage, getAccessKey, auditLogPage };
}

export type PoolRecords = ReturnType<typeof createPoolRecords>;
