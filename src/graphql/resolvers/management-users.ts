// Administrator fields: each declares authScopes { admin: true }; an end user's token or none is a typed
// ForbiddenError / NotAuthenticatedError member.
import { InvalidClientError, UserNotFoundError } from "../../identity/errors.ts";
import type { UserListInput, UserListSpec } from "../../identity/operations/user-directory.ts";
import type { GraphQLContext } from "../context.ts";
import { maxBatchSize } from "../../identity/management/batches.ts";
import { builder } from "../builder.ts";
import { adminErrors } from "../admin.ts";
import { UserStatusEnum } from "../types/user.ts";

const ManagementTokenType = builder
  .objectRef<{ access_token: string; expires_in: number }>("ManagementToken")
  .implement({
    fields: (t) => ({
      access_token: t.exposeString("access_token", {
        description: "Send as `Authorization: Bearer <token>` on admin fields.",
      }),
      expires_in: t.exposeInt("expires_in"),
    }),
  });

const UserFilterInput = builder.inputType("UserFilter", {
  fields: (t) => ({
    keyword: t.string({
      description: "Matches username, email, phone, name, nickname or externalId (case-insensitive).",
    }),
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

const UserSortFieldEnum = builder.enumType("UserSortField", {
  values: ["createdAt", "lastLogin", "username"] as const,
});
const SortDirectionEnum = builder.enumType("SortDirection", { values: ["asc", "desc"] as const });
const UserIdTypeEnum = builder.enumType("UserIdType", {
  values: ["user_id", "external_id", "phone", "email", "username"] as const,
});

/** Built (and validated) by listUsers, so its list and totalCount fields cannot fail on input. */
type UserPageQuery = Awaited<ReturnType<GraphQLContext["identity"]["userDirectory"]["userPageSpec"]>>;

const UserPageType = builder.objectRef<UserPageQuery>("UserPage").implement({
  description: "One page of users by page number, as GenAuth's listUsers returns them.",
  fields: (t) => ({
    list: t.prismaField({
      type: ["User"],
      resolve: (query, page, _args, context) =>
        context.identity.db.user.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.skip,
          take: page.take,
        }),
    }),
    totalCount: t.int({ resolve: (page, _args, context) => context.identity.userDirectory.countUsers(page) }),
    page: t.exposeInt("page"),
    limit: t.exposeInt("limit"),
  }),
});

/** The page and its totalCount share one search (its candidate query), keyed by the field's arguments object. */
const userSpecs = new WeakMap<object, Promise<UserListSpec>>();
function usersSpecOnce(context: GraphQLContext, args: UserListInput): Promise<UserListSpec> {
  let spec = userSpecs.get(args);
  if (!spec) {
    spec = context.identity.userDirectory.usersSpec(context, args);
    userSpecs.set(args, spec);
  }
  return spec;
}

builder.mutationFields((t) => ({
  getManagementToken: t.field({
    type: ManagementTokenType,
    description:
      "Exchanges the user pool's access key pair (AK/SK) for a management token valid for expires_in seconds.",
    errors: { types: [InvalidClientError] },
    args: { accessKeyId: t.arg.string({ required: true }), accessKeySecret: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      context.identity.management.issueManagementToken(args.accessKeyId, args.accessKeySecret),
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
    resolve: async (query, _root, args, context) =>
      context.identity.db.user.findMany({ ...query, ...(await usersSpecOnce(context, args)) }),
    totalCount: async (_connection, args, context) =>
      context.identity.userDirectory.countUsers(await usersSpecOnce(context, args)),
  }),
  listUsers: t.field({
    type: UserPageType,
    description: `The pool's users by page number and page size (limit 1 to ${maxBatchSize}); same filters and sort as users.`,
    authScopes: { admin: true },
    errors: { types: adminErrors },
    args: {
      page: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 10 }),
      filter: t.arg({ type: UserFilterInput }),
      sortBy: t.arg({ type: UserSortFieldEnum, defaultValue: "createdAt" }),
      direction: t.arg({ type: SortDirectionEnum, defaultValue: "desc" }),
    },
    resolve: (_root, args, context) => context.identity.userDirectory.userPageSpec(context, args),
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
    resolve: (query, _root, args, context) => context.identity.userDirectory.findUser(context, args, query),
  }),
}));
