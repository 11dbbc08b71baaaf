// The user as GenAuth's UserDto, read through Pothos's Prisma plugin so relations are selected in the same
// round trip as the user.
import { fromColumns } from "../../identity/users/custom-data.ts";
import { optionalUserTextFields } from "../../identity/users/profile.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import type { MembershipKind } from "../../identity/management/memberships.ts";
import { DepartmentType, GroupType, RoleType } from "./organization.ts";

export const UserStatusEnum = builder.enumType("UserStatus", {
  values: ["Activated", "Suspended", "Deactivated", "Resigned", "Archived"] as const,
});
export const GenderEnum = builder.enumType("Gender", { values: ["M", "F", "U"] as const });
export const UserSourceTypeEnum = builder.enumType("UserSourceType", {
  values: ["excel", "register", "adminCreated", "syncTask"] as const,
});

export const IdentityType = builder.prismaObject("Identity", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "Identity",
  fields: (t) => ({
    identityId: t.exposeID("id"),
    extIdpId: t.exposeString("extIdpId"),
    provider: t.exposeString("provider"),
    type: t.exposeString("type"),
    userIdInIdp: t.exposeString("userIdInIdp"),
    originConnIds: t.exposeStringList("originConnIds"),
  }),
});

export const UserType = builder.prismaObject("User", {
  name: "User",
  // An end user reads only their own record, however a query reaches a User (a department's members, a group's,
  // a relation added later): other users' records need an administrator's credential.
  authScopes: (user, context) =>
    context.admin !== null || context.viewer?.sub === user.id || context.provenUserIds.has(user.id),
  // Only the columns of the selected fields are read: a user row has ~55 columns, and reading and converting all of
  // them made a `me { userId username }` cost twice as much CPU as the rest of the request.
  select: { id: true },
  fields: (t) => ({
    userId: t.exposeID("id"),
    ...Object.fromEntries(optionalUserTextFields.map((field) => [field, t.exposeString(field, { nullable: true })])),
    status: t.expose("status", { type: UserStatusEnum }),
    statusChangedAt: t.expose("statusChangedAt", { type: "DateTime", nullable: true }),
    emailVerified: t.exposeBoolean("emailVerified"),
    phoneVerified: t.exposeBoolean("phoneVerified"),
    gender: t.expose("gender", { type: GenderEnum }),
    loginsCount: t.exposeInt("loginsCount"),
    lastLogin: t.expose("lastLogin", { type: "DateTime", nullable: true }),
    lastMfaTime: t.expose("lastMfaTime", { type: "DateTime", nullable: true }),
    userSourceType: t.expose("userSourceType", { type: UserSourceTypeEnum }),
    passwordSecurityLevel: t.exposeInt("passwordSecurityLevel", { nullable: true }),
    resetPasswordOnNextLogin: t.exposeBoolean("resetPasswordOnNextLogin"),
    passwordLastSetAt: t.expose("passwordLastSetAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    identities: t.relation("identities"),
    roles: t.field({
      type: [RoleType],
      description:
        "Roles the user holds directly and, unless includeDepartmentRoles is false, through their departments.",
      args: { includeDepartmentRoles: t.arg.boolean({ defaultValue: true }) },
      select: (_args, _context, nestedSelection) => ({
        roles: { include: { role: nestedSelection(true) } },
        departments: { include: { department: { include: { roles: { include: { role: nestedSelection(true) } } } } } },
      }),
      resolve: (user, args) => {
        const throughDepartments =
          args.includeDepartmentRoles === false
            ? []
            : user.departments.flatMap(({ department }) => department.roles.map(({ role }) => role));
        const held = [...user.roles.map(({ role }) => role), ...throughDepartments];
        const distinct = new Map(held.map((role) => [role.id, role]));
        return [...distinct.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      },
    }),
    departments: t.field({
      type: [DepartmentType],
      select: (_args, _context, nestedSelection) => ({
        departments: { include: { department: nestedSelection(true) } },
      }),
      resolve: (user) => user.departments.map(({ department }) => department),
    }),
    groups: t.field({
      type: [GroupType],
      select: (_args, _context, nestedSelection) => ({ groups: { include: { group: nestedSelection(true) } } }),
      resolve: (user) => user.groups.map(({ group }) => group),
    }),
    departmentIds: t.stringList({
      select: { departments: { select: { departmentId: true } } },
      resolve: (user) => user.departments.map((membership) => membership.departmentId),
    }),
    customData: t.field({
      type: "JSONObject",
      description: "Values of the user pool's custom fields, keyed by field key.",
      select: { customValues: { include: { definition: { select: { key: true, dataType: true } } } } },
      resolve: (user) =>
        Object.fromEntries(
          user.customValues.map((value) => [value.definition.key, fromColumns(value.definition.dataType, value)]),
        ),
    }),
  }),
});

/** Members shown inline on a department or a group (listDepartmentMembers / listGroupMembers page through all). */
const membersDescription =
  "The first members (at most 100), oldest membership first. Administrators only: empty for end users.";
const inlineMembers = (first: number | null | undefined) => Math.min(Math.max(first ?? 20, 0), 100);

/** Loader key "<first>|<parentId>": the core batches the page's parents into a statement per distinct limit. */
function loadFirstMembers(context: GraphQLContext, kind: MembershipKind, keys: readonly string[]) {
  return context.identity.memberships.firstMembers(
    kind,
    keys.map((key) => {
      const [first, parentId] = key.split("|") as [string, string];
      return { parentId, limit: Number(first) };
    }),
  );
}

const memberCountField = (kind: MembershipKind) => ({
  type: "Int" as const,
  load: (ids: string[], context: GraphQLContext) => context.identity.memberships.countMembers(kind, ids),
  resolve: (parent: { id: string }) => parent.id,
});
const membersField = (kind: MembershipKind) => ({
  type: UserType,
  description: membersDescription,
  load: (keys: string[], context: GraphQLContext) => loadFirstMembers(context, kind, keys),
  resolve: (parent: { id: string }, args: { first?: number | null }) => `${inlineMembers(args.first)}|${parent.id}`,
});

// Members are other users: administrators see them, an end user sees an empty list (not an error, so a member's
// own department list still renders).
const adminOnlyMembers = { authScopes: { admin: true }, unauthorizedResolver: () => [] } as const;

builder.objectFields(DepartmentType, (t) => ({
  memberCount: t.loadable(memberCountField("department")),
  members: t.loadableList({
    ...membersField("department"),
    ...adminOnlyMembers,
    args: { first: t.arg.int({ defaultValue: 20 }) },
  }),
}));
builder.objectFields(GroupType, (t) => ({
  memberCount: t.loadable(memberCountField("group")),
  members: t.loadableList({
    ...membersField("group"),
    ...adminOnlyMembers,
    args: { first: t.arg.int({ defaultValue: 20 }) },
  }),
}));
builder.objectFields(RoleType, (t) => ({
  userCount: t.loadable({
    type: "Int",
    description: "Users holding the role directly.",
    load: (ids: string[], context: GraphQLContext) => context.identity.memberships.countMembers("role", ids),
    resolve: (role) => role.id,
  }),
}));
