// An administrator's reads of the pool's users: the cursor list and GenAuth's numbered pages (search, filters,
// sort, bounds) as caller-scoped specs the adapter reads with its own selection, one user by any identifier,
// whether an identifier is taken, a user's login history and the pool's audit log.
import type { Db } from "../../db/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import { InvalidInputError, UserNotFoundError } from "../errors.ts";
import {
  type SortDirection,
  type UserFilter,
  type UserIdType,
  type UserSortField,
  userLookup,
  userOrderBy,
  userSearchWhere,
} from "../management/user-queries.ts";
import {
  normalizeCountryCode,
  normalizeEmail,
  normalizePhone,
  normalizeUsername,
} from "../users/account-identifiers.ts";
import type { ListSpec, Nullable } from "./operation-types.ts";
import { pageOf } from "./paging.ts";

export interface UserListInput {
  filter?: Nullable<UserFilter>;
  sortBy?: Nullable<UserSortField>;
  direction?: Nullable<SortDirection>;
}

export type UserListSpec = ListSpec<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput>;

export function createUserDirectory({ db }: { db: Db }) {
  async function usersSpec(caller: Caller, input: UserListInput): Promise<UserListSpec> {
    const where = await userSearchWhere(db, adminActor(caller).userPoolId, input.filter);
    return { where, orderBy: userOrderBy(input.sortBy ?? "createdAt", input.direction ?? "desc") };
  }

  /** How many users a list spec of this directory names (a connection's or a page's total). */
  function countUsers(spec: Pick<UserListSpec, "where">): Promise<number> {
    return db.user.count({ where: spec.where });
  }

  /** A page by number (1 to 1,000,000) and size (1 to 100), as GenAuth's listUsers pages. */
  async function userPageSpec(
    caller: Caller,
    input: UserListInput & { page?: Nullable<number>; limit?: Nullable<number> },
  ) {
    const { skip, take } = pageOf(input);
    return { ...(await usersSpec(caller, input)), page: input.page ?? 1, limit: take, skip, take };
  }

  /** One user of the caller's pool by id, external id, phone, email or username, read with `query`'s selection. */
  async function findUser<Q extends object>(
    caller: Caller,
    input: { userId: string; userIdType?: Nullable<UserIdType> },
    query?: Q,
  ) {
    const pool = await db.userPool.findUniqueOrThrow({ where: { id: adminActor(caller).userPoolId } });
    const user = await db.user.findFirst({
      ...query,
      where: userLookup(pool, input.userId, input.userIdType ?? "user_id"),
    });
    if (!user) throw new UserNotFoundError();
    return user;
  }

  /** Whether a user of the caller's pool has any of these identifiers (at least one is required). */
  async function isUserExists(
    caller: Caller,
    input: {
      username?: Nullable<string>;
      email?: Nullable<string>;
      phone?: Nullable<string>;
      phoneCountryCode?: Nullable<string>;
      externalId?: Nullable<string>;
    },
  ): Promise<boolean> {
    const { userPoolId } = adminActor(caller);
    const pool = await db.userPool.findUniqueOrThrow({ where: { id: userPoolId } });
    const conditions: Prisma.UserWhereInput[] = [];
    if (input.username) conditions.push({ username: normalizeUsername(input.username) });
    if (input.email) conditions.push({ email: normalizeEmail(input.email) });
    if (input.phone) {
      conditions.push({
        phone: normalizePhone(input.phone),
        phoneCountryCode: normalizeCountryCode(input.phoneCountryCode, pool.defaultPhoneCountryCode),
      });
    }
    if (input.externalId) conditions.push({ externalId: input.externalId.trim() });
    if (conditions.length === 0)
      throw new InvalidInputError("username", "input.required", { field: "username | email | phone | externalId" });
    return (await db.user.count({ where: { userPoolId, OR: conditions } })) > 0;
  }

  /** The user's latest sign-ins and failed attempts, newest first (1 to 100, default 20). */
  async function loginHistorySpec(caller: Caller, input: { userId: string; last?: Nullable<number> }) {
    const user = await db.user.findFirst({
      where: { id: input.userId, userPoolId: adminActor(caller).userPoolId },
      select: { id: true },
    });
    if (!user) throw new UserNotFoundError();
    return {
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }] as Prisma.LoginHistoryOrderByWithRelationInput[],
      take: Math.min(Math.max(input.last ?? 20, 1), 100),
    };
  }

  /** Administrator actions on the caller's pool, newest first, optionally of one action or target. */
  function auditLogSpec(
    caller: Caller,
    input: { action?: Nullable<string>; targetId?: Nullable<string> },
  ): ListSpec<Prisma.AuditLogWhereInput, Prisma.AuditLogOrderByWithRelationInput> {
    return {
      where: {
        userPoolId: adminActor(caller).userPoolId,
        action: input.action ?? undefined,
        targetId: input.targetId ?? undefined,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    };
  }

  return { usersSpec, countUsers, userPageSpec, findUser, isUserExists, loginHistorySpec, auditLogSpec };
}

export type UserDirectory = ReturnType<typeof createUserDirectory>;
