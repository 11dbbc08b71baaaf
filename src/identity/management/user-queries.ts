// The administrator's view of users: filters and sort for the users list, and lookup by any identifier.
import type { Db } from "../../db/index.ts";
import { Prisma, type UserPool } from "../../generated/prisma/client.ts";
import type { UserStatus } from "../../generated/prisma/enums.ts";
import { InvalidInputError } from "../errors.ts";
import {
  normalizeCountryCode,
  normalizeEmail,
  normalizePhone,
  normalizeUsername,
} from "../users/account-identifiers.ts";

export interface UserFilter {
  keyword?: string | null;
  status?: UserStatus | null;
  departmentId?: string | null;
  roleId?: string | null;
  groupId?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  lastLoginAfter?: Date | null;
  lastLoginBefore?: Date | null;
  updatedAfter?: Date | null;
  updatedBefore?: Date | null;
}

export type UserSortField = "createdAt" | "updatedAt" | "lastLogin" | "username" | "email" | "phone" | "loginsCount";
const nullableSortFields = new Set<UserSortField>(["lastLogin", "username", "email", "phone"]);
export type SortDirection = "asc" | "desc";

const keywordFields = ["username", "email", "phone", "name", "nickname", "externalId"] as const;

/**
 * The trimmed keyword, without U+0001: the keyword index separates the columns with it, so a keyword holding it
 * could match across two columns.
 */
function keywordOf(filter: UserFilter | null | undefined): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is the separator of the search column
  const keyword = filter?.keyword?.replace(/\u0001/g, "").trim();
  if (keyword && keyword.length > 128)
    throw new InvalidInputError("keyword", "input.tooLong", { field: "keyword", max: 128 });
  return keyword || undefined;
}

/** The expression of the trigram index User_keyword_trgm_idx (its migration), verbatim so the planner uses it. */
const keywordColumns = Prisma.raw(
  `(COALESCE("username", '') || E'\\x01' || COALESCE("email", '') || E'\\x01' || COALESCE("phone", '') || E'\\x01' || ` +
    `COALESCE("name", '') || E'\\x01' || COALESCE("nickname", '') || E'\\x01' || COALESCE("externalId", ''))`,
);

export function userWhere(userPoolId: string, filter: UserFilter | null | undefined): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = { userPoolId };
  if (!filter) return where;
  const keyword = keywordOf(filter);
  if (keyword) {
    where.OR = keywordFields.map((field) => ({ [field]: { contains: keyword, mode: "insensitive" } }));
  }
  if (filter.status) where.status = filter.status;
  if (filter.departmentId) where.departments = { some: { departmentId: filter.departmentId } };
  if (filter.roleId) where.roles = { some: { roleId: filter.roleId } };
  if (filter.groupId) where.groups = { some: { groupId: filter.groupId } };
  if (filter.createdAfter || filter.createdBefore) {
    where.createdAt = { gte: filter.createdAfter ?? undefined, lt: filter.createdBefore ?? undefined };
  }
  if (filter.lastLoginAfter || filter.lastLoginBefore) {
    where.lastLogin = { gte: filter.lastLoginAfter ?? undefined, lt: filter.lastLoginBefore ?? undefined };
  }
  if (filter.updatedAfter || filter.updatedBefore) {
    where.updatedAt = { gte: filter.updatedAfter ?? undefined, lt: filter.updatedBefore ?? undefined };
  }
  return where;
}

/** Past this many matches a keyword is broad, and the ordered scan with the OR filter is the fast plan. */
const narrowKeywordLimit = 5000;

/** The condition "a searchable column holds `keyword`", in the form the keyword index serves. */
export function keywordMatches(keyword: string): Prisma.Sql {
  // Prisma's `contains` escapes LIKE wildcards; the same here.
  const pattern = `%${keyword.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return Prisma.sql`${keywordColumns} ILIKE ${pattern}`;
}

/**
 * userWhere, with a selective keyword resolved to the matching ids first. Sorted and limited, the plain OR filter
 * lets PostgreSQL walk the createdAt index and test every user when few match (seconds at a million users); the
 * candidates come from the keyword trigram index instead, materialized so the planner cannot push the order into it.
 */
export async function userSearchWhere(
  db: Db,
  userPoolId: string,
  filter: UserFilter | null | undefined,
): Promise<Prisma.UserWhereInput> {
  const where = userWhere(userPoolId, filter);
  const keyword = keywordOf(filter);
  if (!keyword) return where;
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH matches AS MATERIALIZED (SELECT id FROM "User" WHERE "userPoolId" = ${userPoolId} AND ${keywordMatches(keyword)})
    SELECT id FROM matches LIMIT ${narrowKeywordLimit + 1}`;
  if (rows.length > narrowKeywordLimit) return where;
  const { OR: _keyword, ...rest } = where;
  return { ...rest, id: { in: rows.map((row) => row.id) } };
}

/** A stable order: the chosen field, then the id, so pages never overlap or skip. */
export function userOrderBy(
  field: UserSortField = "createdAt",
  direction: SortDirection = "desc",
): Prisma.UserOrderByWithRelationInput[] {
  const primary: Prisma.UserOrderByWithRelationInput = nullableSortFields.has(field)
    ? { [field]: { sort: direction, nulls: "last" } }
    : { [field]: direction };
  return [primary, { id: direction }];
}

export type UserIdType = "user_id" | "external_id" | "phone" | "email" | "username";

/** The unique lookup for `user(userId, userIdType)`; a phone may carry its country code as "+86 13800000000". */
export function userLookup(
  pool: Pick<UserPool, "id" | "defaultPhoneCountryCode">,
  userId: string,
  type: UserIdType,
): Prisma.UserWhereInput {
  const value = userId.trim();
  if (!value) throw new InvalidInputError("userId", "input.required", { field: "userId" });
  switch (type) {
    case "user_id":
      return { userPoolId: pool.id, id: value };
    case "external_id":
      return { userPoolId: pool.id, externalId: value };
    case "email":
      return { userPoolId: pool.id, email: normalizeEmail(value, "userId") };
    case "username":
      return { userPoolId: pool.id, username: normalizeUsername(value, "userId") };
    case "phone": {
      const [maybeCode, ...rest] = value.split(/\s+/);
      const hasCode = rest.length > 0 && maybeCode!.startsWith("+");
      return {
        userPoolId: pool.id,
        phone: normalizePhone(hasCode ? rest.join("") : value, "userId"),
        phoneCountryCode: normalizeCountryCode(hasCode ? maybeCode : null, pool.defaultPhoneCountryCode),
      };
    }
  }
}
