// Roles, departments and groups as the user type shows them (full management of them comes with their own fields).
import { builder } from "../builder.ts";

export const RoleType = builder.prismaObject("Role", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "Role",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    namespace: t.string({ select: { namespace: { select: { code: true } } }, resolve: (role) => role.namespace.code }),
  }),
});

export const DepartmentType = builder.prismaObject("Department", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "Department",
  fields: (t) => ({
    departmentId: t.exposeID("id"),
    organizationId: t.exposeString("organizationId"),
    parentDepartmentId: t.exposeString("parentId", { nullable: true }),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    parentDepartment: t.relation("parent", { nullable: true }),
    children: t.relation("children", { query: { orderBy: [{ name: "asc" }, { id: "asc" }] } }),
    roles: t.field({
      type: [RoleType],
      description: "Roles the department gives its members.",
      select: (_args, _context, nestedSelection) => ({ roles: { include: { role: nestedSelection(true) } } }),
      resolve: (department) => department.roles.map(({ role }) => role),
    }),
  }),
});

export const GroupType = builder.prismaObject("Group", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "Group",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
  }),
});
