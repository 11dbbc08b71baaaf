// Administrator fields: each declares authScopes { admin: true }; an end user's token or none is a typed
// ForbiddenError / NotAuthenticatedError member.
import { InvalidClientError, UserNotFoundError } from "../../identity/errors.ts";
import { userLookup, userOrderBy, userWhere } from "../../identity/management/user-queries.ts";
import { builder } from "../builder.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { UserStatusEnum } from "../types/user.ts";

const ManagementTokenType = builder
  .objectRef<{ access_token: string; expires_in: number }>("ManagementToken")
  .implement({
    fields: (t) => ({
      access_token: t.exposeString("access_token", { description: "Send as `Authorization: Bearer <token>` on admin fields." }),
      expires_in: t.exposeInt("expires_in"),
    }),
  });

const UserFilterInput = builder.inputType("UserFilter", {
  fields: (t) => ({
    keyword: t.string({ description: "Matches username, email, phone, name, nickname or externalId (case-insensitive)." }),
    status: t.field({ type: UserStatusEnum }),
    departmentId: t.string(),
    roleId: t.string(),
    groupId: t.string(),
    createdAfter: t.field({ type: "DateTime" }),
    createdBefore: t.field({ type: "DateTime" }),
    lastLoginAfter: t.field({ type: "DateTime" }),
    lastLoginBefore: t.field({ type: "DateTime" }),
  }),
});

const UserSortFieldEnum = builder.enumType("UserSortField", { values: ["createdAt", "lastLogin", "username"] as const });
const SortDirectionEnum = builder.enumType("SortDirection", { values: ["asc", "desc"] as const });
const UserIdTypeEnum = builder.enumType("UserIdType", {
  values: ["user_id", "external_id", "phone", "email", "username"] as const,
});

builder.mutationFields((t) => ({
  getManagementToken: t.field({
    type: ManagementTokenType,
    description: "Exchanges the user pool's access key pair (AK/SK) for a management token valid for expires_in seconds.",
    errors: { types: [InvalidClientError] },
    args: { accessKeyId: t.arg.string({ required: true }), accessKeySecret: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.identity.management.issueManagementToken(args.accessKeyId, args.accessKeySecret),
  }),
}));

builder.queryFields((t) => ({
  users: t.prismaConnection({
    type: "User",
    cursor: "id",
    description: "The pool's users, newest first by default, with keyword search and filters.",
    authScopes: { admin: true },
    errors: { types: adminErrors },
    maxSize: 100,
    defaultSize: 20,
    args: {
      filter: t.arg({ type: UserFilterInput }),
      sortBy: t.arg({ type: UserSortFieldEnum, defaultValue: "createdAt" }),
      direction: t.arg({ type: SortDirectionEnum, defaultValue: "desc" }),
    },
    resolve: (query, _root, args, context) =>
      context.identity.db.user.findMany({
        ...query,
        where: userWhere(actorOf(context).userPoolId, args.filter),
        orderBy: userOrderBy(args.sortBy ?? "createdAt", args.direction ?? "desc"),
      }),
    totalCount: (_connection, args, context) =>
      context.identity.db.user.count({ where: userWhere(actorOf(context).userPoolId, args.filter) }),
  }),
  user: t.prismaField({
    type: "User",
    description: "One user of the pool by id, external id, phone, email or username.",
    authScopes: { admin: true },
    errors: { types: [...adminErrors, UserNotFoundError] },
    args: {
      userId: t.arg.string({ required: true }),
      userIdType: t.arg({ type: UserIdTypeEnum, defaultValue: "user_id" }),
    },
    resolve: async (query, _root, args, context) => {
      const pool = await context.identity.db.userPool.findUniqueOrThrow({ where: { id: actorOf(context).userPoolId } });
      const user = await context.identity.db.user.findFirst({ ...query, where: userLookup(pool, args.userId, args.userIdType ?? "user_id") });
      if (!user) throw new UserNotFoundError();
      return user;
    },
  }),
}));
