// Administrator mutations on users, and the queries that go with them. Each field: admin scope, typed errors.
import {
  BatchFailedError,
  ResourceNotFoundError,
  PasswordPolicyError,
  UserExistsError,
  UserNotFoundError,
} from "../../identity/errors.ts";
import { profileTextFields } from "../../identity/users/profile.ts";
import { builder } from "../builder.ts";
import { selectingAtLeastKey } from "../loaded-row.ts";
import type { GraphQLContext } from "../context.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { SuccessType } from "../types/passcodes.ts";
import { maxBatchSize } from "../../identity/management/batches.ts";
import { GenderEnum, UserStatusEnum } from "../types/user.ts";

const userChangeErrors = [...adminErrors, UserNotFoundError, UserExistsError, PasswordPolicyError];

const CreateUserInput = builder.inputType("CreateUserInput", {
  fields: (t) => ({
    username: t.string(),
    email: t.string(),
    emailVerified: t.boolean(),
    phone: t.string(),
    phoneCountryCode: t.string(),
    phoneVerified: t.boolean(),
    password: t.string({ description: "Optional: a user without one signs in by passcode." }),
    externalId: t.string(),
    ...Object.fromEntries(profileTextFields.map((field) => [field, t.string()])),
    gender: t.field({ type: GenderEnum }),
    birthdate: t.string(),
    customData: t.field({ type: "JSONObject" }),
  }),
});

const UpdateUserInput = builder.inputType("UpdateUserInput", {
  fields: (t) => ({
    username: t.string(),
    email: t.string(),
    emailVerified: t.boolean(),
    phone: t.string(),
    phoneCountryCode: t.string(),
    phoneVerified: t.boolean(),
    externalId: t.string(),
    ...Object.fromEntries(profileTextFields.map((field) => [field, t.string()])),
    gender: t.field({ type: GenderEnum }),
    birthdate: t.string(),
  }),
});

const LoginHistoryType = builder.prismaObject("LoginHistory", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "LoginHistoryEntry",
  fields: (t) => ({
    id: t.exposeID("id"),
    method: t.exposeString("method"),
    success: t.exposeBoolean("success"),
    apiCode: t.exposeInt("apiCode", { nullable: true }),
    ip: t.exposeString("ip", { nullable: true }),
    userAgent: t.exposeString("userAgent", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObject("AuditLog", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "AuditLogEntry",
  fields: (t) => ({
    id: t.exposeID("id"),
    actorType: t.exposeString("actorType"),
    actorId: t.exposeString("actorId", { nullable: true }),
    action: t.exposeString("action"),
    targetType: t.exposeString("targetType", { nullable: true }),
    targetId: t.exposeString("targetId", { nullable: true }),
    before: t.field({
      type: "JSONObject",
      nullable: true,
      select: { before: true },
      resolve: (entry) => entry.before as Record<string, unknown> | null,
    }),
    after: t.field({
      type: "JSONObject",
      nullable: true,
      select: { after: true },
      resolve: (entry) => entry.after as Record<string, unknown> | null,
    }),
    requestId: t.exposeString("requestId", { nullable: true }),
    ip: t.exposeString("ip", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const reload = (context: GraphQLContext, query: object, id: string) =>
  context.identity.db.user.findUniqueOrThrow({ ...query, where: { id } });

/** CreateUserInput as the identity core's new-user input. */
function newUserOf(input: typeof CreateUserInput.$inferInput) {
  const {
    username,
    email,
    phone,
    phoneCountryCode,
    password,
    externalId,
    customData,
    emailVerified,
    phoneVerified,
    ...profile
  } = input;
  return {
    username,
    email,
    phone,
    phoneCountryCode,
    password,
    externalId,
    customData,
    profile,
    verified: { email: emailVerified ?? false, phone: phoneVerified ?? false },
  };
}

const SessionStatusType = builder
  .objectRef<{ active: boolean; activeSessionCount: number }>("SessionStatus")
  .implement({
    fields: (t) => ({
      active: t.exposeBoolean("active", {
        description: "Whether the user has a live session (not ended, not expired).",
      }),
      activeSessionCount: t.exposeInt("activeSessionCount"),
    }),
  });

builder.queryFields((t) => ({
  checkSessionStatus: t.field({
    type: SessionStatusType,
    description: "Whether the user is signed in anywhere, or in one application when appId is given.",
    authScopes: { admin: true },
    errors: { types: [...adminErrors, UserNotFoundError, ResourceNotFoundError] },
    args: { userId: t.arg.string({ required: true }), appId: t.arg.string() },
    resolve: (_root, args, context) =>
      context.identity.userAdmin.checkSessionStatus(actorOf(context), args.userId, args.appId),
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: "User",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const user = await context.identity.userAdmin.createUser(actorOf(context), newUserOf(input));
      return reload(context, query, user.id);
    },
  }),
  createUsersBatch: t.prismaField({
    type: ["User"],
    description: `Creates up to ${maxBatchSize} users, all or nothing: any refused item gives BatchFailedError naming each, and no user is created.`,
    authScopes: { admin: true },
    errors: { types: [...adminErrors, BatchFailedError] },
    args: { users: t.arg({ type: [CreateUserInput], required: true }) },
    resolve: async (query, _root, args, context) => {
      const created = await context.identity.usersBatch.createUsersBatch(actorOf(context), args.users.map(newUserOf));
      const ids = created.map((user) => user.id);
      const loaded = await context.identity.db.user.findMany({ ...query, where: { id: { in: ids } } });
      const byId = new Map(loaded.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id)!);
    },
  }),
  updateUser: t.prismaField({
    type: "User",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: { userId: t.arg.string({ required: true }), input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const user = await context.identity.userAdmin.updateUser(actorOf(context), args.userId, args.input);
      return reload(context, query, user.id);
    },
  }),
  setUserStatus: t.prismaField({
    type: "User",
    description: "Any status but Activated also ends the user's sessions and refuses their earlier tokens.",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: { userId: t.arg.string({ required: true }), status: t.arg({ type: UserStatusEnum, required: true }) },
    resolve: async (query, _root, args, context) => {
      const user = await context.identity.userAdmin.setUserStatus(actorOf(context), args.userId, args.status);
      return reload(context, query, user.id);
    },
  }),
  resetUserPassword: t.field({
    type: SuccessType,
    description: "Sets a password for the user and signs them out everywhere.",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: {
      userId: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      requireChangeOnNextLogin: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, args, context) => {
      await context.identity.userAdmin.resetUserPassword(
        actorOf(context),
        args.userId,
        args.password,
        args.requireChangeOnNextLogin ?? false,
      );
      return { success: true } as const;
    },
  }),
  resetUserMfa: t.field({
    type: SuccessType,
    description:
      "Removes every second factor and recovery code of the user (a lost authenticator); audited as user.resetMfa.",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: { userId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.userAdmin.resetUserMfa(actorOf(context), args.userId);
      return { success: true } as const;
    },
  }),
  kickUsers: t.field({
    type: SuccessType,
    description: "Ends every session of the users (at most 100 per call).",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: { userIds: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.userAdmin.kickUsers(actorOf(context), args.userIds);
      return { success: true } as const;
    },
  }),
  deleteUsersBatch: t.field({
    type: SuccessType,
    description: "Deletes the users (at most 100) in one transaction; an unknown id deletes none.",
    authScopes: { admin: true },
    errors: { types: userChangeErrors },
    args: { userIds: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.userAdmin.deleteUsers(actorOf(context), args.userIds);
      return { success: true } as const;
    },
  }),
}));

builder.queryFields((t) => ({
  isUserExists: t.boolean({
    description: "Whether a user of the pool has this username, email, phone or external id (any given one).",
    authScopes: { admin: true },
    errors: {
      types: adminErrors,
      directResult: false,
      result: { name: "IsUserExistsSuccess" },
      dataField: { name: "exists" },
      union: { name: "IsUserExistsResult" },
    },
    args: {
      username: t.arg.string(),
      email: t.arg.string(),
      phone: t.arg.string(),
      phoneCountryCode: t.arg.string(),
      externalId: t.arg.string(),
    },
    resolve: (_root, args, context) => context.identity.userDirectory.isUserExists(context, args),
  }),
  getUserLoginHistory: t.prismaField({
    type: [LoginHistoryType],
    description: "The user's latest sign-ins and failed attempts, newest first.",
    authScopes: { admin: true },
    errors: {
      types: [...adminErrors, UserNotFoundError],
      directResult: false,
      result: { name: "UserLoginHistory" },
      dataField: { name: "entries" },
      union: { name: "GetUserLoginHistoryResult" },
    },
    args: { userId: t.arg.string({ required: true }), last: t.arg.int({ defaultValue: 20 }) },
    resolve: async (query, _root, args, context) =>
      context.identity.db.loginHistory.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.userDirectory.loginHistorySpec(context, args)),
      }),
  }),
  auditLogs: t.prismaConnection({
    type: "AuditLog",
    cursor: "id",
    description: "Administrator actions on this pool, newest first.",
    authScopes: { admin: true },
    errors: { types: adminErrors },
    maxSize: 100,
    args: { action: t.arg.string(), targetId: t.arg.string() },
    resolve: (query, _root, args, context) =>
      context.identity.db.auditLog.findMany({
        ...query,
        ...context.identity.userDirectory.auditLogSpec(context, args),
      }),
  }),
}));
