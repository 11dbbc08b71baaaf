// Administrator fields for namespaces and roles.
import { ResourceExistsError, ResourceNotFoundError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { SuccessType } from "../types/passcodes.ts";

const roleErrors = [...adminErrors, ResourceNotFoundError, ResourceExistsError];

const NamespaceType = builder.prismaObject("Namespace", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "Namespace",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
  }),
});

const RoleTargetTypeEnum = builder.enumType("RoleTargetType", { values: ["USER", "DEPARTMENT"] as const });
const RoleTargetInput = builder.inputType("RoleTargetInput", {
  fields: (t) => ({
    targetType: t.field({ type: RoleTargetTypeEnum, required: true }),
    targetId: t.string({ required: true, description: "A userId or a departmentId." }),
  }),
});

const namespaceDescription = 'The role\'s namespace code; "default" when omitted.';

builder.mutationFields((t) => ({
  createNamespace: t.prismaField({
    type: NamespaceType,
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: { code: t.arg.string({ required: true }), name: t.arg.string(), description: t.arg.string() },
    resolve: async (query, _root, args, context) => {
      const created = await context.identity.roleAdmin.createNamespace(
        actorOf(context),
        args.code,
        args.name,
        args.description,
      );
      return context.identity.db.namespace.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  createRole: t.prismaField({
    type: "Role",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: {
      code: t.arg.string({ required: true }),
      namespace: t.arg.string({ description: namespaceDescription }),
      name: t.arg.string(),
      description: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const role = await context.identity.roleAdmin.createRole(actorOf(context), args);
      return context.identity.db.role.findUniqueOrThrow({ ...query, where: { id: role.id } });
    },
  }),
  updateRole: t.prismaField({
    type: "Role",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: {
      code: t.arg.string({ required: true }),
      namespace: t.arg.string({ description: namespaceDescription }),
      newCode: t.arg.string(),
      name: t.arg.string(),
      description: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const role = await context.identity.roleAdmin.updateRole(actorOf(context), args);
      return context.identity.db.role.findUniqueOrThrow({ ...query, where: { id: role.id } });
    },
  }),
  deleteRolesBatch: t.field({
    type: SuccessType,
    description: "Deletes the roles and their assignments in one transaction; an unknown code deletes none.",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: {
      codes: t.arg.stringList({ required: true }),
      namespace: t.arg.string({ description: namespaceDescription }),
    },
    resolve: async (_root, args, context) => {
      await context.identity.roleAdmin.deleteRoles(actorOf(context), args.codes, args.namespace);
      return { success: true } as const;
    },
  }),
  assignRole: t.field({
    type: SuccessType,
    description: "Grants the role to users and departments (a department's members hold its roles).",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: {
      code: t.arg.string({ required: true }),
      namespace: t.arg.string({ description: namespaceDescription }),
      targets: t.arg({ type: [RoleTargetInput], required: true }),
    },
    resolve: async (_root, args, context) => {
      await context.identity.roleAdmin.assignRole(actorOf(context), args.code, args.namespace, args.targets);
      return { success: true } as const;
    },
  }),
  revokeRole: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: {
      code: t.arg.string({ required: true }),
      namespace: t.arg.string({ description: namespaceDescription }),
      targets: t.arg({ type: [RoleTargetInput], required: true }),
    },
    resolve: async (_root, args, context) => {
      await context.identity.roleAdmin.revokeRole(actorOf(context), args.code, args.namespace, args.targets);
      return { success: true } as const;
    },
  }),
}));

builder.queryFields((t) => ({
  roles: t.prismaConnection({
    type: "Role",
    cursor: "id",
    description: "The roles of a namespace, by code.",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    maxSize: 100,
    args: { namespace: t.arg.string({ description: namespaceDescription }), keyword: t.arg.string() },
    resolve: async (query, _root, args, context) =>
      context.identity.db.role.findMany({
        ...query,
        ...(await context.identity.accessDirectory.rolesSpec(context, args)),
      }),
  }),
  role: t.prismaField({
    type: "Role",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    args: { code: t.arg.string({ required: true }), namespace: t.arg.string({ description: namespaceDescription }) },
    resolve: async (query, _root, args, context) => {
      const role = await context.identity.roleAdmin.roleOf(actorOf(context), args.code, args.namespace);
      return context.identity.db.role.findUniqueOrThrow({ ...query, where: { id: role.id } });
    },
  }),
  listRoleMembers: t.prismaConnection({
    type: "User",
    cursor: "id",
    description: "Users holding the role directly, and with includeDepartments also through their departments.",
    authScopes: { admin: true },
    errors: { types: roleErrors },
    maxSize: 100,
    args: {
      code: t.arg.string({ required: true }),
      namespace: t.arg.string({ description: namespaceDescription }),
      includeDepartments: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (query, _root, args, context) =>
      context.identity.db.user.findMany({
        ...query,
        ...(await context.identity.accessDirectory.roleMembersSpec(context, args)),
      }),
  }),
}));
