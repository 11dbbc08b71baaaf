// Administrator fields for organizations and the department tree.
import { ResourceExistsError, ResourceNotFoundError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";
import { selectingAtLeastKey } from "../loaded-row.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { SuccessType } from "../types/passcodes.ts";

const departmentErrors = [...adminErrors, ResourceNotFoundError, ResourceExistsError];
const success = { success: true } as const;

const OrganizationType = builder.prismaObject("Organization", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "Organization",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  createOrganization: t.prismaField({
    type: OrganizationType,
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: {
      code: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      description: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const created = await context.identity.departmentAdmin.createOrganization(actorOf(context), args);
      return context.identity.db.organization.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  createDepartment: t.prismaField({
    type: "Department",
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: {
      organizationCode: t.arg.string({ required: true }),
      code: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      parentDepartmentId: t.arg.string({ description: "Omitted: a top-level department of the organization." }),
      description: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const created = await context.identity.departmentAdmin.createDepartment(actorOf(context), args);
      return context.identity.db.department.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateDepartment: t.prismaField({
    type: "Department",
    description: "Renames or moves a department; moving it under itself or a descendant is refused.",
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: {
      departmentId: t.arg.string({ required: true }),
      name: t.arg.string(),
      code: t.arg.string(),
      description: t.arg.string(),
      parentDepartmentId: t.arg.string(),
      moveToRoot: t.arg.boolean(),
    },
    resolve: async (query, _root, { departmentId, ...input }, context) => {
      const updated = await context.identity.departmentAdmin.updateDepartment(actorOf(context), departmentId, input);
      return context.identity.db.department.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  deleteDepartment: t.field({
    type: SuccessType,
    description:
      "Refused while the department has sub-departments or members, unless force (which deletes the subtree).",
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: { departmentId: t.arg.string({ required: true }), force: t.arg.boolean({ defaultValue: false }) },
    resolve: async (_root, args, context) => {
      await context.identity.departmentAdmin.deleteDepartment(actorOf(context), args.departmentId, args.force ?? false);
      return success;
    },
  }),
  addDepartmentMembers: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: { departmentId: t.arg.string({ required: true }), userIds: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.departmentAdmin.setMembers(actorOf(context), args.departmentId, args.userIds, true);
      return success;
    },
  }),
  removeDepartmentMembers: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: { departmentId: t.arg.string({ required: true }), userIds: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.departmentAdmin.setMembers(actorOf(context), args.departmentId, args.userIds, false);
      return success;
    },
  }),
  setUserMainDepartment: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    args: { userId: t.arg.string({ required: true }), departmentId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.departmentAdmin.setMainDepartment(actorOf(context), args.userId, args.departmentId);
      return success;
    },
  }),
}));

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: OrganizationType,
    cursor: "id",
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    maxSize: 100,
    resolve: (query, _root, _args, context) =>
      context.identity.db.organization.findMany({
        ...query,
        ...context.identity.organizationDirectory.organizationsSpec(context),
      }),
  }),
  listChildrenDepartments: t.prismaField({
    type: ["Department"],
    description: "The direct children of a department, or the top-level departments of an organization.",
    authScopes: { admin: true },
    errors: {
      types: departmentErrors,
      directResult: false,
      result: { name: "DepartmentList" },
      dataField: { name: "departments" },
      union: { name: "ListChildrenDepartmentsResult" },
    },
    args: { organizationCode: t.arg.string({ required: true }), departmentId: t.arg.string() },
    resolve: async (query, _root, args, context) =>
      context.identity.db.department.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.organizationDirectory.childDepartmentsSpec(context, args)),
      }),
  }),
  searchDepartments: t.prismaField({
    type: ["Department"],
    description: "Departments whose name or code contains the keyword (case-insensitive), at most 100.",
    authScopes: { admin: true },
    errors: {
      types: departmentErrors,
      directResult: false,
      result: { name: "DepartmentSearch" },
      dataField: { name: "departments" },
      union: { name: "SearchDepartmentsResult" },
    },
    args: { keyword: t.arg.string({ required: true }), organizationCode: t.arg.string() },
    resolve: async (query, _root, args, context) =>
      context.identity.db.department.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.organizationDirectory.searchDepartmentsSpec(context, args)),
      }),
  }),
  listDepartmentMembers: t.prismaConnection({
    type: "User",
    cursor: "id",
    authScopes: { admin: true },
    errors: { types: departmentErrors },
    maxSize: 100,
    args: { departmentId: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.identity.db.user.findMany({
        ...query,
        ...(await context.identity.organizationDirectory.departmentMembersSpec(context, args)),
      }),
  }),
}));
