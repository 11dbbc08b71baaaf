// The signed-in user's own lists, as GenAuth's authentication client offers them.
import { NotAuthenticatedError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";
import { selectingAtLeastKey } from "../loaded-row.ts";

const ApplicationSummaryType = builder.prismaObject("Application", {
  // Always at least the key: a selection of only __typename must not become an empty Prisma select.
  select: { id: true },
  name: "ApplicationSummary",
  fields: (t) => ({
    appId: t.exposeString("appId"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
  }),
});

const listErrors = (name: string, dataField: string) => ({
  types: [NotAuthenticatedError],
  directResult: false as const,
  result: { name },
  dataField: { name: dataField },
  union: { name: `${name}Result` },
});

builder.queryFields((t) => ({
  getRoleList: t.prismaField({
    type: ["Role"],
    description: "The roles the signed-in user holds, directly or through a department, optionally in one namespace.",
    errors: listErrors("MyRoles", "roles"),
    args: { namespace: t.arg.string() },
    resolve: async (query, _root, args, context) =>
      context.identity.db.role.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.myResources.myRoles(context, args)),
      }),
  }),
  getDepartmentList: t.prismaField({
    type: ["Department"],
    description: "The departments the signed-in user belongs to.",
    errors: listErrors("MyDepartments", "departments"),
    resolve: async (query, _root, _args, context) =>
      context.identity.db.department.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.myResources.myDepartments(context)),
      }),
  }),
  getGroupList: t.prismaField({
    type: ["Group"],
    description: "The groups the signed-in user belongs to.",
    errors: listErrors("MyGroups", "groups"),
    resolve: async (query, _root, _args, context) =>
      context.identity.db.group.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.myResources.myGroups(context)),
      }),
  }),
  getAccessibleApps: t.prismaField({
    type: [ApplicationSummaryType],
    description:
      "The applications of the user's pool the user may sign in to (every one, until per-app access rules exist).",
    errors: listErrors("MyApplications", "applications"),
    resolve: async (query, _root, _args, context) =>
      context.identity.db.application.findMany({
        ...selectingAtLeastKey(query),
        ...(await context.identity.myResources.myApplications(context)),
      }),
  }),
}));
