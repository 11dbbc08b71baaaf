import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser } from "../helpers/users.ts";

let gateway: TestGateway;
let admin: Record<string, string>;
let ann: string;
let bob: string;
let cat: string;
let sales: string;

beforeAll(async () => {
  gateway = await TestGateway.start();
  const { authorization } = await adminHeaders(gateway);
  admin = { authorization };
  ann = (await createUser(gateway, { username: "ann" })).id;
  bob = (await createUser(gateway, { username: "bob" })).id;
  cat = (await createUser(gateway, { username: "cat" })).id;
  const organization = await gateway.db.organization.create({
    data: { userPoolId: gateway.pool.id, code: "acme", name: "Acme" },
  });
  sales = (
    await gateway.db.department.create({
      data: { userPoolId: gateway.pool.id, organizationId: organization.id, code: "sales", name: "Sales" },
    })
  ).id;
  await gateway.db.departmentMember.create({ data: { departmentId: sales, userId: cat } });
});
afterAll(() => gateway.close());

const run = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) =>
  runQuery(gateway, query, variables, headers);
const errors =
  "... on Error { apiCode } ... on ResourceNotFoundError { resource identifier } ... on ResourceExistsError { resource identifier } ... on InvalidInputError { field }";
const createRole = (code: string, namespace?: string) =>
  run(
    `mutation($code: String!, $ns: String) { createRole(code: $code, namespace: $ns, name: "Role ${code}") { __typename ... on Role { code namespace name } ${errors} } }`,
    { code, ns: namespace },
  ).then((d) => d.createRole!);
const members = (code: string, includeDepartments = true, namespace?: string) =>
  run(
    `query($code: String!, $ns: String, $inc: Boolean) { listRoleMembers(code: $code, namespace: $ns, includeDepartments: $inc, first: 50) { __typename ... on QueryListRoleMembersConnection { edges { node { username } } } ${errors} } }`,
    { code, ns: namespace, inc: includeDepartments },
  ).then((d) => {
    const result = d.listRoleMembers!;
    return result.__typename === "QueryListRoleMembersConnection"
      ? (result.edges as { node: { username: string } }[]).map((edge) => edge.node.username)
      : result;
  });
const assign = (verb: "assignRole" | "revokeRole", code: string, targets: unknown[], namespace?: string) =>
  run(
    `mutation($code: String!, $ns: String, $targets: [RoleTargetInput!]!) { ${verb}(code: $code, namespace: $ns, targets: $targets) { __typename ${errors} } }`,
    { code, ns: namespace, targets },
  ).then((d) => d[verb]!);

describe("roles in namespaces", () => {
  it("creates roles in the default namespace; codes are unique per namespace, not across them", async () => {
    expect(await createRole("editor")).toEqual({
      __typename: "Role",
      code: "editor",
      namespace: "default",
      name: "Role editor",
    });
    expect(await createRole("editor")).toMatchObject({
      __typename: "ResourceExistsError",
      apiCode: 2409,
      resource: "role",
    });
    expect(await createRole("editor", "billing")).toMatchObject({
      __typename: "ResourceNotFoundError",
      resource: "namespace",
    });
    const ns = await run(
      `mutation { createNamespace(code: "billing") { __typename ... on Namespace { code } ${errors} } }`,
    );
    expect(ns.createNamespace).toEqual({ __typename: "Namespace", code: "billing" });
    expect(await createRole("editor", "billing")).toMatchObject({ __typename: "Role", namespace: "billing" });
    expect(await createRole("has space")).toMatchObject({ __typename: "InvalidInputError", field: "code" });
  });

  it("lists, reads and updates roles", async () => {
    await createRole("viewer");
    const list = await run(
      `{ roles(first: 10) { __typename ... on QueryRolesConnection { edges { node { code } } } } }`,
    );
    expect((list.roles!.edges as { node: { code: string } }[]).map((edge) => edge.node.code)).toEqual([
      "editor",
      "viewer",
    ]);
    const updated = await run(
      `mutation { updateRole(code: "viewer", newCode: "reader", description: "Reads") { __typename ... on Role { code description } ${errors} } }`,
    );
    expect(updated.updateRole).toEqual({ __typename: "Role", code: "reader", description: "Reads" });
    const clash = await run(`mutation { updateRole(code: "reader", newCode: "editor") { __typename ${errors} } }`);
    expect(clash.updateRole).toMatchObject({ __typename: "ResourceExistsError" });
    const read = await run(`{ role(code: "reader") { __typename ... on Role { code } } }`);
    expect(read.role).toEqual({ __typename: "Role", code: "reader" });
  });

  it("assigns to users and departments; department members hold the role; revoke takes it back", async () => {
    expect(
      await assign("assignRole", "editor", [
        { targetType: "USER", targetId: ann },
        { targetType: "DEPARTMENT", targetId: sales },
      ]),
    ).toEqual({ __typename: "Success" });
    expect(await assign("assignRole", "editor", [{ targetType: "USER", targetId: ann }])).toEqual({
      __typename: "Success",
    });
    expect(await members("editor")).toEqual(["ann", "cat"]);
    expect(await members("editor", false)).toEqual(["ann"]);
    expect((await run(`{ role(code: "editor") { __typename ... on Role { userCount } } }`)).role).toEqual({
      __typename: "Role",
      userCount: 1,
    });
    // The same code in another namespace is another role.
    expect(await members("editor", true, "billing")).toEqual([]);
    // User.roles shows a department's roles to its members, unless asked for direct roles only.
    const rolesOf = async (userId: string, inherited: boolean) => {
      const result = await run(
        `query($id: String!, $inc: Boolean) { user(userId: $id) { __typename ... on User { roles(includeDepartmentRoles: $inc) { code } } } }`,
        { id: userId, inc: inherited },
      );
      return (result.user!.roles as { code: string }[]).map((role) => role.code);
    };
    expect(await rolesOf(cat, true)).toEqual(["editor"]);
    expect(await rolesOf(cat, false)).toEqual([]);
    expect(await rolesOf(ann, true)).toEqual(["editor"]);
    expect(await assign("revokeRole", "editor", [{ targetType: "DEPARTMENT", targetId: sales }])).toEqual({
      __typename: "Success",
    });
    expect(await members("editor")).toEqual(["ann"]);
  });

  it("refuses unknown targets and unknown roles without assigning anything", async () => {
    const unknownUser = await assign("assignRole", "reader", [
      { targetType: "USER", targetId: bob },
      { targetType: "USER", targetId: "00000000-0000-0000-0000-000000000000" },
    ]);
    expect(unknownUser).toMatchObject({ __typename: "ResourceNotFoundError", resource: "user" });
    expect(await members("reader")).toEqual([]);
    expect(await assign("assignRole", "ghost", [{ targetType: "USER", targetId: bob }])).toMatchObject({
      __typename: "ResourceNotFoundError",
      resource: "role",
    });
  });

  it("deleteRolesBatch is all or nothing and removes assignments", async () => {
    const partial = await run(`mutation { deleteRolesBatch(codes: ["editor", "ghost"]) { __typename ${errors} } }`);
    expect(partial.deleteRolesBatch).toMatchObject({ __typename: "ResourceNotFoundError" });
    expect(await members("editor")).toEqual(["ann"]);
    const done = await run(`mutation { deleteRolesBatch(codes: ["editor", "reader"]) { __typename } }`);
    expect(done.deleteRolesBatch).toEqual({ __typename: "Success" });
    expect(await gateway.db.userRole.count({ where: { userId: ann } })).toBe(0);
    const audit = await gateway.db.auditLog.findMany({
      where: { userPoolId: gateway.pool.id, action: { startsWith: "role." } },
    });
    expect(new Set(audit.map((entry) => entry.action))).toEqual(
      new Set(["role.create", "role.update", "role.assign", "role.revoke", "role.delete"]),
    );
  });
});
