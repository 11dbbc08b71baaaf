import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser } from "../helpers/users.ts";

let gateway: TestGateway;
let admin: Record<string, string>;
const ids: Record<string, string> = {};

const run = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) =>
  runQuery(gateway, query, variables, headers);
const errors =
  "... on Error { apiCode message } ... on ResourceNotFoundError { resource } ... on ResourceExistsError { resource } ... on InvalidInputError { field }";

async function department(code: string, parent?: string) {
  const { createDepartment } = await run(
    `mutation($code: String!, $parent: String) { createDepartment(organizationCode: "acme", code: $code, name: $code, parentDepartmentId: $parent) { __typename ... on Department { departmentId parentDepartmentId } ${errors} } }`,
    { code, parent },
  );
  if (createDepartment!.__typename === "Department") ids[code] = createDepartment!.departmentId as string;
  return createDepartment!;
}
const children = (departmentId?: string) =>
  run(
    `query($id: String) { listChildrenDepartments(organizationCode: "acme", departmentId: $id) { __typename ... on DepartmentList { departments { code } } ${errors} } }`,
    { id: departmentId },
  ).then(
    (d) =>
      (d.listChildrenDepartments!.departments as { code: string }[] | undefined)?.map((dep) => dep.code) ??
      d.listChildrenDepartments,
  );

beforeAll(async () => {
  gateway = await TestGateway.start();
  const { authorization } = await adminHeaders(gateway);
  admin = { authorization };
  ids.ada = (await createUser(gateway, { username: "ada" })).id;
  ids.bo = (await createUser(gateway, { username: "bo" })).id;
});
afterAll(() => gateway.close());

describe("organizations and the department tree", () => {
  it("builds a tree and lists children level by level", async () => {
    const org = await run(
      `mutation { createOrganization(code: "acme", name: "Acme") { __typename ... on Organization { code } ${errors} } }`,
    );
    expect(org.createOrganization).toEqual({ __typename: "Organization", code: "acme" });
    const again = await run(`mutation { createOrganization(code: "acme", name: "Acme") { __typename ${errors} } }`);
    expect(again.createOrganization).toMatchObject({ __typename: "ResourceExistsError", apiCode: 2409 });
    await department("sales");
    await department("ops");
    await department("emea", ids.sales);
    await department("berlin", ids.emea);
    expect(await children()).toEqual(["ops", "sales"]);
    expect(await children(ids.sales)).toEqual(["emea"]);
    expect(await department("sales")).toMatchObject({ __typename: "ResourceExistsError" });
    expect(await department("orphan", "00000000-0000-0000-0000-000000000000")).toMatchObject({
      __typename: "ResourceNotFoundError",
      resource: "department",
    });
  });

  it("moves departments but never under themselves or a descendant", async () => {
    const move = (id: string, parent: string) =>
      run(
        `mutation($id: String!, $parent: String) { updateDepartment(departmentId: $id, parentDepartmentId: $parent) { __typename ... on Department { parentDepartmentId } ${errors} } }`,
        { id, parent },
      ).then((d) => d.updateDepartment!);
    expect(await move(ids.sales!, ids.berlin!)).toMatchObject({
      __typename: "InvalidInputError",
      field: "parentDepartmentId",
    });
    expect(await move(ids.sales!, ids.sales!)).toMatchObject({ __typename: "InvalidInputError" });
    expect(await move(ids.emea!, ids.ops!)).toEqual({ __typename: "Department", parentDepartmentId: ids.ops });
    expect(await children(ids.ops)).toEqual(["emea"]);
    const root = await run(
      `mutation($id: String!) { updateDepartment(departmentId: $id, moveToRoot: true) { __typename ... on Department { parentDepartmentId } } }`,
      { id: ids.emea },
    );
    expect(root.updateDepartment).toEqual({ __typename: "Department", parentDepartmentId: null });
  });

  it("manages members and the main department", async () => {
    const add = await run(
      `mutation($id: String!, $users: [String!]!) { addDepartmentMembers(departmentId: $id, userIds: $users) { __typename ${errors} } }`,
      { id: ids.ops, users: [ids.ada, ids.bo] },
    );
    expect(add.addDepartmentMembers).toEqual({ __typename: "Success" });
    const unknown = await run(
      `mutation($id: String!) { addDepartmentMembers(departmentId: $id, userIds: ["00000000-0000-0000-0000-000000000000"]) { __typename ${errors} } }`,
      { id: ids.ops },
    );
    expect(unknown.addDepartmentMembers).toMatchObject({ __typename: "ResourceNotFoundError", resource: "user" });
    const list = await run(
      `query($id: String!) { listDepartmentMembers(departmentId: $id, first: 10) { __typename ... on QueryListDepartmentMembersConnection { edges { node { username departmentIds } } } } }`,
      { id: ids.ops },
    );
    expect(
      (list.listDepartmentMembers!.edges as { node: { username: string } }[]).map((edge) => edge.node.username),
    ).toEqual(["ada", "bo"]);
    const notMember = await run(
      `mutation($u: String!, $d: String!) { setUserMainDepartment(userId: $u, departmentId: $d) { __typename ${errors} } }`,
      { u: ids.ada, d: ids.sales },
    );
    expect(notMember.setUserMainDepartment).toMatchObject({ __typename: "InvalidInputError", field: "departmentId" });
    await run(
      `mutation($u: String!, $d: String!) { setUserMainDepartment(userId: $u, departmentId: $d) { __typename } }`,
      { u: ids.ada, d: ids.ops },
    );
    expect((await gateway.db.user.findUniqueOrThrow({ where: { id: ids.ada } })).mainDepartmentId).toBe(ids.ops);
    const removed = await run(
      `mutation($id: String!, $users: [String!]!) { removeDepartmentMembers(departmentId: $id, userIds: $users) { __typename } }`,
      { id: ids.ops, users: [ids.ada] },
    );
    expect(removed.removeDepartmentMembers).toEqual({ __typename: "Success" });
    expect((await gateway.db.user.findUniqueOrThrow({ where: { id: ids.ada } })).mainDepartmentId).toBeNull();
  });

  it("searches departments by name or code", async () => {
    const { searchDepartments } = await run(
      `{ searchDepartments(keyword: "ER") { __typename ... on DepartmentSearch { departments { code } } } }`,
    );
    expect((searchDepartments!.departments as { code: string }[]).map((dep) => dep.code)).toEqual(["berlin"]);
  });

  it("refuses to delete a non-empty department unless forced; force removes the subtree", async () => {
    const remove = (id: string, force = false) =>
      run(
        `mutation($id: String!, $force: Boolean) { deleteDepartment(departmentId: $id, force: $force) { __typename ${errors} } }`,
        { id, force },
      ).then((d) => d.deleteDepartment!);
    // ops has a member, emea a sub-department: both are refused and nothing changes.
    expect(await remove(ids.ops!)).toMatchObject({ __typename: "InvalidInputError", field: "departmentId" });
    expect(await remove(ids.emea!)).toMatchObject({
      __typename: "InvalidInputError",
      message: expect.stringContaining("1 sub-departments"),
    });
    expect(await gateway.db.department.count({ where: { userPoolId: gateway.pool.id } })).toBe(4);
    expect(await remove(ids.emea!, true)).toEqual({ __typename: "Success" });
    expect(await gateway.db.department.count({ where: { id: { in: [ids.emea!, ids.berlin!] } } })).toBe(0);
    expect(await remove(ids.sales!)).toEqual({ __typename: "Success" });
    expect(await children()).toEqual(["ops"]);
  });
});
