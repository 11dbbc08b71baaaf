// Member counts and first members of many departments, groups or roles at once, for a page of them. Each is one
// indexed statement whatever the page size: counts group only the listed ids, and the first N members per parent
// come from a LATERAL ... LIMIT, so a department of a million members costs the same as one of six.
import { Prisma, type User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/index.ts";

const tables = {
  department: { table: Prisma.raw(`"DepartmentMember"`), parent: Prisma.raw(`"departmentId"`) },
  group: { table: Prisma.raw(`"GroupMember"`), parent: Prisma.raw(`"groupId"`) },
  role: { table: Prisma.raw(`"UserRole"`), parent: Prisma.raw(`"roleId"`) },
} as const;

export type MembershipKind = keyof typeof tables;

/** Members per parent id (0 for a parent with none), in the order of `parentIds`. */
export async function countMembers(db: Db, kind: MembershipKind, parentIds: readonly string[]): Promise<number[]> {
  const { table, parent } = tables[kind];
  const rows = await db.$queryRaw<{ parent: string; count: bigint | number }[]>`
    SELECT ${parent} AS parent, COUNT(*) AS count FROM ${table} WHERE ${parent} = ANY(${[...parentIds]}::text[]) GROUP BY ${parent}`;
  const counts = new Map(rows.map((row) => [row.parent, Number(row.count)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}

/** The user ids of each parent's first `limit` members, oldest membership first, in the order of `parentIds`. */
export async function firstMemberIds(
  db: Db,
  kind: MembershipKind,
  parentIds: readonly string[],
  limit: number,
): Promise<string[][]> {
  const { table, parent } = tables[kind];
  const rows = await db.$queryRaw<{ parent: string; userId: string }[]>`
    SELECT p.id AS parent, m."userId" FROM unnest(${[...parentIds]}::text[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT "userId" FROM ${table} WHERE ${parent} = p.id ORDER BY "createdAt" ASC, "userId" ASC LIMIT ${limit}
    ) AS m`;
  const byParent = new Map<string, string[]>();
  for (const row of rows) byParent.set(row.parent, [...(byParent.get(row.parent) ?? []), row.userId]);
  return parentIds.map((id) => byParent.get(id) ?? []);
}

/**
 * The first members of many parents as users, for keys `{ parentId, limit }` (a page may ask different limits):
 * one statement per distinct limit for the ids, one for the users, in the order of `keys`.
 */
export async function firstMembers(
  db: Db,
  kind: MembershipKind,
  keys: readonly { parentId: string; limit: number }[],
): Promise<User[][]> {
  const byLimit = new Map<number, string[]>();
  for (const { parentId, limit } of keys) byLimit.set(limit, [...(byLimit.get(limit) ?? []), parentId]);
  const memberIds = new Map<string, string[]>();
  for (const [limit, parentIds] of byLimit) {
    const lists = await firstMemberIds(db, kind, parentIds, limit);
    for (const [index, parentId] of parentIds.entries()) memberIds.set(`${limit}|${parentId}`, lists[index]!);
  }
  const users = await db.user.findMany({ where: { id: { in: [...new Set([...memberIds.values()].flat())] } } });
  const byId = new Map(users.map((user) => [user.id, user]));
  return keys.map(({ parentId, limit }) => memberIds.get(`${limit}|${parentId}`)!.flatMap((id) => byId.get(id) ?? []));
}

/** The membership reads bound to one database, for adapters' batch loaders. */
export function createMemberships({ db }: { db: Db }) {
  return {
    countMembers: (kind: MembershipKind, parentIds: readonly string[]) => countMembers(db, kind, parentIds),
    firstMembers: (kind: MembershipKind, keys: readonly { parentId: string; limit: number }[]) =>
      firstMembers(db, kind, keys),
  };
}
