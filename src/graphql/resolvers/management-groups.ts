// Administrator fields for groups.
import { ResourceExistsError, ResourceNotFoundError } from "../../identity/errors.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { builder } from "../builder.ts";
import { SuccessType } from "../types/passcodes.ts";

const groupErrors = [...adminErrors, ResourceNotFoundError, ResourceExistsError];
const success = { success: true } as const;

builder.mutationFields((t) => ({
  createGroup: t.prismaField({
    type: "Group",
    authScopes: { admin: true },
    errors: { types: groupErrors },
    args: {
      code: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      description: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const group = await context.identity.groupAdmin.createGroup(actorOf(context), args);
      return context.identity.db.group.findUniqueOrThrow({ ...query, where: { id: group.id } });
    },
  }),
  updateGroup: t.prismaField({
    type: "Group",
    authScopes: { admin: true },
    errors: { types: groupErrors },
    args: { code: t.arg.string({ required: true }), name: t.arg.string(), description: t.arg.string() },
    resolve: async (query, _root, { code, ...input }, context) => {
      const group = await context.identity.groupAdmin.updateGroup(actorOf(context), code, input);
      return context.identity.db.group.findUniqueOrThrow({ ...query, where: { id: group.id } });
    },
  }),
  deleteGroup: t.field({
    type: SuccessType,
    description: "Deletes the group; its members stay, without it.",
    authScopes: { admin: true },
    errors: { types: groupErrors },
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.groupAdmin.deleteGroup(actorOf(context), args.code);
      return success;
    },
  }),
  addGroupMembers: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: groupErrors },
    args: { code: t.arg.string({ required: true }), userIds: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.groupAdmin.setMembers(actorOf(context), args.code, args.userIds, true);
      return success;
    },
  }),
  removeGroupMembers: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: groupErrors },
    args: { code: t.arg.string({ required: true }), userIds: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.groupAdmin.setMembers(actorOf(context), args.code, args.userIds, false);
      return success;
    },
  }),
}));

builder.queryFields((t) => ({
  groups: t.prismaConnection({
    type: "Group",
    cursor: "id",
    authScopes: { admin: true },
    errors: { types: groupErrors },
    maxSize: 100,
    args: { keyword: t.arg.string() },
    resolve: (query, _root, args, context) =>
      context.identity.db.group.findMany({ ...query, ...context.identity.accessDirectory.groupsSpec(context, args) }),
  }),
  listGroupMembers: t.prismaConnection({
    type: "User",
    cursor: "id",
    authScopes: { admin: true },
    errors: { types: groupErrors },
    maxSize: 100,
    args: { code: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.identity.db.user.findMany({
        ...query,
        ...(await context.identity.accessDirectory.groupMembersSpec(context, args)),
      }),
  }),
}));
