// An administrator's reads of whole user records, for adapters that answer every field at once (GenAuth's REST
// management API): a page of users, one or a batch by any identifier, and what a user holds (roles,
// departments, groups, external identities, sign-ins). Each page is two statements, its extras one per kind.
import type { Db } from "../../db/index.ts";
import type { User } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import { UserNotFoundError } from "../errors.ts";
import { boundedBatch } from "../management/batches.ts";
import { type UserIdType, userLookup } from "../management/user-queries.ts";
import { heldRolesWhere } from "../users/held-roles.ts";
import { type LoginHistoryFilter, loginHistoryPage } from "./login-history-page.ts";
import { loadUserExtras, type UserExtras, type UserExtrasInput } from "../users/user-extras.ts";
import type { MemberSpec, Nullable } from "./operation-types.ts";
import { type PageInput, pageOf } from "./paging.ts";
import type { UserDirectory, UserListInput } from "./user-directory.ts";

export interface UserRecord {
  user: User;
  extras: UserExtras;
}

export interface UserRef {
  userId: string;
  userIdType?: Nullable<UserIdType>;
}

export function createUserRecords({ db, userDirectory }: { db: Db; userDirectory: UserDirectory }) {
  async function withExtras(users: User[], input: UserExtrasInput): Promise<UserRecord[]> {
    const extras = await loadUserExtras(
      db,
      users.map((user) => user.id),
      input,
    );
    return users.map((user) => ({ user, extras: extras.get(user.id)! }));
  }

  async function poolOf(caller: Caller) {
    return db.userPool.findUniqueOrThrow({ where: { id: adminActor(caller).userPoolId } });
  }

  /** A numbered page of the pool's users, searched and filtered as `users` is, with the extras asked for. */
  async function userPage(caller: Caller, input: UserListInput & PageInput & UserExtrasInput) {
    const spec = await userDirectory.userPageSpec(caller, input);
    const [totalCount, users] = await Promise.all([
      db.user.count({ where: spec.where }),
      db.user.findMany({ where: spec.where, orderBy: spec.orderBy, skip: spec.skip, take: spec.take }),
    ]);
    return { totalCount, list: await withExtras(users, input) };
  }

  /** A numbered page of the users a caller-scoped spec names (a role's, a group's or a department's members). */
  async function memberPage(spec: MemberSpec, input: PageInput & UserExtrasInput) {
    const [totalCount, users] = await Promise.all([
      db.user.count({ where: spec.where }),
      db.user.findMany({ where: spec.where, orderBy: spec.orderBy, ...pageOf(input) }),
    ]);
    return { totalCount, list: await withExtras(users, input) };
  }

  async function getUser(caller: Caller, ref: UserRef, extras: UserExtrasInput): Promise<UserRecord> {
    const user = await userDirectory.findUser(caller, ref);
    return (await withExtras([user], extras))[0]!;
  }

  /** The users among these identifiers (at most 100), in the order asked; unknown ones are left out. */
  async function getUsers(
    caller: Caller,
    input: { userIds: string[]; userIdType?: Nullable<UserIdType> },
    extras: UserExtrasInput,
  ): Promise<UserRecord[]> {
    const pool = await poolOf(caller);
    const ids = boundedBatch(input.userIds, "userIds");
    const lookups = ids.map((id) => userLookup(pool, id, input.userIdType ?? "user_id"));
    const users = await db.user.findMany({ where: { OR: lookups } });
    // Each lookup names its normalized identifier (an email in lower case, a phone without its country code):
    // a user answers the lookup whose every named column it has.
    const answers = (user: User, lookup: Record<string, unknown>) =>
      Object.entries(lookup).every(([column, value]) => user[column as keyof User] === value);
    const ordered = lookups.flatMap((lookup) => users.filter((user) => answers(user, lookup)).slice(0, 1));
    return withExtras([...new Set(ordered)], extras);
  }

  /** The ids of users named by another identifier; UserNotFoundError unless every one is found. */
  async function userIdsOf(caller: Caller, ids: string[], userIdType?: Nullable<UserIdType>): Promise<string[]> {
    if (!userIdType || userIdType === "user_id") return ids;
    const users = await getUsers(caller, { userIds: ids, userIdType }, {});
    if (users.length !== new Set(ids).size) throw new UserNotFoundError();
    return users.map(({ user }) => user.id);
  }

  async function userIdOf(caller: Caller, ref: UserRef): Promise<string> {
    return (await userDirectory.findUser(caller, ref, { select: { id: true } })).id;
  }

  /** The roles the user holds, directly or through a department, optionally of one namespace. */
  async function userRoles(caller: Caller, ref: UserRef & { namespace?: Nullable<string> }) {
    const userId = await userIdOf(caller, ref);
    const where = heldRolesWhere(adminActor(caller).userPoolId, userId, ref.namespace);
    const [totalCount, list] = await Promise.all([
      db.role.count({ where }),
      db.role.findMany({ where, include: { namespace: true }, orderBy: [{ code: "asc" }, { id: "asc" }] }),
    ]);
    return { totalCount, list };
  }

  async function userDepartments(caller: Caller, ref: UserRef & PageInput) {
    const userId = await userIdOf(caller, ref);
    const where = { userId, department: { userPoolId: adminActor(caller).userPoolId } };
    const [totalCount, memberships, user] = await Promise.all([
      db.departmentMember.count({ where }),
      db.departmentMember.findMany({
        where,
        include: { department: { include: { organization: true } } },
        orderBy: [{ createdAt: "desc" }, { departmentId: "asc" }],
        ...pageOf(ref),
      }),
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { mainDepartmentId: true } }),
    ]);
    return { totalCount, list: memberships, mainDepartmentId: user.mainDepartmentId };
  }

  async function userGroups(caller: Caller, ref: UserRef) {
    const userId = await userIdOf(caller, ref);
    const where = { userPoolId: adminActor(caller).userPoolId, members: { some: { userId } } };
    const [totalCount, list] = await Promise.all([
      db.group.count({ where }),
      db.group.findMany({ where, orderBy: [{ code: "asc" }, { id: "asc" }] }),
    ]);
    return { totalCount, list };
  }

  async function userIdentities(caller: Caller, ref: UserRef) {
    const userId = await userIdOf(caller, ref);
    return db.identity.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  /** The user's sign-ins, newest first, optionally of one application, address, outcome or period. */
  async function userLoginHistory(caller: Caller, ref: UserRef & LoginHistoryFilter) {
    return loginHistoryPage(db, await userIdOf(caller, ref), ref);
  }

  return {
    userPage,
    memberPage,
    getUser,
    getUsers,
    userIdsOf,
    userRoles,
    userDepartments,
    userGroups,
    userIdentities,
    userLoginHistory,
  };
}

export type UserRecords = ReturnType<typeof createUserRecords>;
