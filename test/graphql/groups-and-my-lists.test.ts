import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";

let gateway: TestGateway;
let admin: Record<string, string>;
let me: Record<string, string>;
let ivy: string;
let jo: string;

const run = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) =>
  runQuery(gateway, query, variables, headers);
const errors =
  "... on Error { apiCode } ... on ResourceNotFoundError { resource } ... on ResourceExistsError { resource }";

beforeAll(async () => {
  gateway = await TestGateway.start();
  const { authorization } = await adminHeaders(gateway);
  admin = { authorization };
  ivy = (await createUser(gateway, { username: "ivy" })).id;
  jo = (await createUser(gateway, { username: "jo" })).id;
  const signedIn = await gateway.execute(SignInByAccountPassword, { account: "ivy", password: defaultPassword });
  if (signedIn.data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
  me = { authorization: signedIn.data.signInByAccountPassword.tokenSet.access_token };
});
afterAll(() => gateway.close());

describe("groups", () => {
  it("creates, lists, updates, fills and deletes groups", async () => {
    expect(
      (
        await run(
          `mutation { createGroup(code: "beta", name: "Beta testers") { __typename ... on Group { code name } ${errors} } }`,
        )
      ).createGroup,
    ).toEqual({ __typename: "Group", code: "beta", name: "Beta testers" });
    expect(
      (await run(`mutation { createGroup(code: "beta", name: "Again") { __typename ${errors} } }`)).createGroup,
    ).toMatchObject({ __typename: "ResourceExistsError", apiCode: 2409 });
    await run(`mutation { createGroup(code: "staff", name: "Staff") { __typename } }`);
    const list = await run(
      `{ groups(first: 10, keyword: "TEST") { __typename ... on QueryGroupsConnection { edges { node { code } } } } }`,
    );
    expect((list.groups!.edges as { node: { code: string } }[]).map((e) => e.node.code)).toEqual(["beta"]);
    expect(
      (
        await run(
          `mutation { updateGroup(code: "beta", description: "Early access") { __typename ... on Group { description } } }`,
        )
      ).updateGroup,
    ).toEqual({ __typename: "Group", description: "Early access" });
    const add = await run(
      `mutation($ids: [String!]!) { addGroupMembers(code: "beta", userIds: $ids) { __typename ${errors} } }`,
      { ids: [ivy, jo] },
    );
    expect(add.addGroupMembers).toEqual({ __typename: "Success" });
    const unknown = await run(
      `mutation($ids: [String!]!) { addGroupMembers(code: "ghost", userIds: $ids) { __typename ${errors} } }`,
      { ids: [ivy] },
    );
    expect(unknown.addGroupMembers).toMatchObject({ __typename: "ResourceNotFoundError", resource: "group" });
    await run(`mutation($ids: [String!]!) { removeGroupMembers(code: "beta", userIds: $ids) { __typename } }`, {
      ids: [jo],
    });
    const members = await run(
      `{ listGroupMembers(code: "beta", first: 10) { __typename ... on QueryListGroupMembersConnection { edges { node { username } } } } }`,
    );
    expect((members.listGroupMembers!.edges as { node: { username: string } }[]).map((e) => e.node.username)).toEqual([
      "ivy",
    ]);
    expect((await run(`mutation { deleteGroup(code: "staff") { __typename } }`)).deleteGroup).toEqual({
      __typename: "Success",
    });
    expect(await gateway.db.group.count({ where: { userPoolId: gateway.pool.id } })).toBe(1);
  });
});

describe("the signed-in user's own lists", () => {
  it("getRoleList includes roles held through a department; departments, groups and applications are listed", async () => {
    const db = gateway.db;
    const ns = await db.namespace.create({ data: { userPoolId: gateway.pool.id, code: "default", name: "Default" } });
    const direct = await db.role.create({ data: { userPoolId: gateway.pool.id, namespaceId: ns.id, code: "direct" } });
    const inherited = await db.role.create({
      data: { userPoolId: gateway.pool.id, namespaceId: ns.id, code: "inherited" },
    });
    await db.role.create({ data: { userPoolId: gateway.pool.id, namespaceId: ns.id, code: "unrelated" } });
    const org = await db.organization.create({ data: { userPoolId: gateway.pool.id, code: "o", name: "O" } });
    const dept = await db.department.create({
      data: { userPoolId: gateway.pool.id, organizationId: org.id, code: "d", name: "Design" },
    });
    await db.userRole.create({ data: { userId: ivy, roleId: direct.id } });
    await db.departmentRole.create({ data: { departmentId: dept.id, roleId: inherited.id } });
    await db.departmentMember.create({ data: { departmentId: dept.id, userId: ivy } });

    const lists = await run(
      `{ getRoleList { __typename ... on MyRoles { roles { code } } }
         getDepartmentList { __typename ... on MyDepartments { departments { name } } }
         getGroupList { __typename ... on MyGroups { groups { code } } }
         getAccessibleApps { __typename ... on MyApplications { applications { appId } } } }`,
      {},
      me,
    );
    expect(lists.getRoleList).toEqual({ __typename: "MyRoles", roles: [{ code: "direct" }, { code: "inherited" }] });
    expect(lists.getDepartmentList).toEqual({ __typename: "MyDepartments", departments: [{ name: "Design" }] });
    expect(lists.getGroupList).toEqual({ __typename: "MyGroups", groups: [{ code: "beta" }] });
    expect(lists.getAccessibleApps).toEqual({
      __typename: "MyApplications",
      applications: [{ appId: gateway.application.appId }],
    });
  });

  it("needs a signed-in user", async () => {
    const { getRoleList } = await run(`{ getRoleList { __typename ... on Error { apiCode } } }`, {}, {});
    expect(getRoleList).toEqual({ __typename: "NotAuthenticatedError", apiCode: 2020 });
  });
});
