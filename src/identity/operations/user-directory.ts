// An administrator's reads of the pool's users: the cursor list and GenAuth's numbered pages (search, filters,
// sort, bounds) as caller-scoped specs the adapter reads with its own selection, and one user by any identifier.
import type { Db } from "../../db/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import { InvalidInputError, UserNotFoundError } from "../errors.ts";
import { maxBatchSize } from "../management/batches.ts";
import {
  type SortDirection,
  type UserFilter,
  type UserIdType,
  type UserSortField,
  userLookup,
  userOrderBy,
  userSearchWhere,
} from "../management/user-queries.ts";
import type { ListSpec } from "./my-resources.ts";

type Nullable<T> = T | null | undefined;
const maxPage = 1_000_000;

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

  /** A page by number (1 to 1,000,000) and size (1 to 100), as GenAuth's listUsers pages. */
  async function userPageSpec(
    caller: Caller,
    input: UserListInput & { page?: Nullable<number>; limit?: Nullable<number> },
  ) {
    const page = input.page ?? 1;
    const limit = input.limit ?? 10;
    if (page < 1 || page > maxPage)
      throw new InvalidInputError("page", "input.outOfRange", { field: "page", min: 1, max: maxPage });
    if (limit < 1 || limit > maxBatchSize)
      throw new InvalidInputError("limit", "input.outOfRange", { field: "limit", min: 1, max: maxBatchSize });
    return { ...(await usersSpec(caller, input)), page, limit, skip: (page - 1) * limit, take: limit };
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

  return { usersSpec, userPageSpec, findUser };
}

export type UserDirectory = ReturnType<typeof createUserDirectory>;
