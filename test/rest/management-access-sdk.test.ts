// GenAuth's REST v3 management routes for roles, namespaces and groups, driven by the official Node SDK's
// ManagementClient against a gateway on a real port, with the same reads through GraphQL compared.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
beforeAll(async () => {
  sdk = await startSdkGateway();
});
afterAll(() => sdk?.close());

const password = "a long enough passphrase";

const createUsers = (...usernames: string[]) => sdk.createUsers(password, ...usernames);

describe("roles and namespaces through ManagementClient", () => {
  it("creates, reads, lists, updates, assigns, revokes and deletes roles in a namespace", async () => {
    const client = sdk.management();
    const namespace = await client.createNamespace({ code: "billing", name: "Billing", description: "money" });
    expect(namespace).toMatchObject({
      statusCode: 200,
      data: { code: "billing", name: "Billing", description: "money" },
    });
    expect((await client.getNamespace({ code: "billing" })).data).toMatchObject({ code: "billing" });
    const namespaces = await client.listNamespaces({ keywords: "bill" });
    expect(namespaces.data).toMatchObject({ totalCount: 1, list: [{ code: "billing" }] });

    const created = await client.createRole({ code: "accountant", namespace: "billing", name: "Accountant" });
    expect(created).toMatchObject({
      statusCode: 200,
      data: { code: "accountant", name: "Accountant", namespace: "billing", namespaceName: "Billing" },
    });
    await client.createRole({ code: "auditor", namespace: "billing" });
    expect((await client.getRole({ code: "auditor", namespace: "billing" })).data).toMatchObject({
      id: expect.any(String),
      code: "auditor",
      name: "auditor",
    });
    const listed = await client.listRoles({ namespace: "billing", page: 1, limit: 1 });
    expect(listed.data).toMatchObject({ totalCount: 2, list: [{ code: "accountant" }] });
    expect((await client.listRoles({ namespace: "billing", keywords: "AUDIT" })).data.totalCount).toBe(1);

    const updated = await client.updateRole({
      code: "auditor",
      newCode: "controller",
      name: "Controller",
      namespace: "billing",
    });
    expect(updated).toMatchObject({ statusCode: 200, data: { success: true } });
    expect((await client.getRole({ code: "controller", namespace: "billing" })).data.name).toBe("Controller");

    const [alice, bob] = await createUsers("role-alice", "role-bob");
    const organization = await client.createOrganization({
      organizationCode: "role-org",
      organizationName: "Org",
    } as never);
    const department = await client.createDepartment({
      organizationCode: "role-org",
      parentDepartmentId: organization.data.departmentId,
      name: "Finance",
      code: "finance",
    } as never);
    await client.addDepartmentMembers({
      organizationCode: "role-org",
      departmentId: department.data.departmentId,
      userIds: [bob!],
    });
    const assigned = await client.assignRole({
      code: "controller",
      namespace: "billing",
      targets: [
        { targetType: "USER" as never, targetIdentifier: alice! },
        { targetType: "DEPARTMENT" as never, targetIdentifier: department.data.departmentId },
      ],
    });
    expect(assigned).toMatchObject({ statusCode: 200, data: { success: true } });
    const members = await client.listRoleMembers({ code: "controller", namespace: "billing", withDepartmentIds: true });
    expect(members.data.totalCount).toBe(2);
    expect(members.data.list.map((user) => user.username).sort()).toEqual(["role-alice", "role-bob"]);
    const departments = await client.listRoleDepartments({ code: "controller", namespace: "billing" });
    expect(departments.data).toEqual({
      totalCount: 1,
      list: [{ id: department.data.departmentId, code: "finance", name: "Finance", description: "" }],
    });
    expect((await client.getUserRoles({ userId: bob!, namespace: "billing" })).data.list).toMatchObject([
      { code: "controller" },
    ]);

    await client.revokeRole({
      code: "controller",
      namespace: "billing",
      targets: [{ targetType: "DEPARTMENT" as never, targetIdentifier: department.data.departmentId }],
    });
    expect((await client.listRoleMembers({ code: "controller", namespace: "billing" })).data).toMatchObject({
      totalCount: 1,
      list: [{ userId: alice }],
    });

    const deleted = await client.deleteRolesBatch({ codeList: ["accountant", "controller"], namespace: "billing" });
    expect(deleted).toMatchObject({ statusCode: 200, data: { success: true } });
    expect((await client.listRoles({ namespace: "billing" })).data.totalCount).toBe(0);
    const audited = await sdk.gateway.db.auditLog.count({
      where: { userPoolId: sdk.gateway.pool.id, action: { in: ["role.create", "role.assign", "role.delete"] } },
    });
    expect(audited).toBe(5);
  });

  it("refuses what it cannot honour and names what is missing, with the envelope", async () => {
    const client = sdk.management();
    await client.createRole({ code: "reader" });
    const taken = await client.createRole({ code: "reader" });
    expect(taken).toMatchObject({ statusCode: 400, apiCode: 2409 });
    const timed = await client.createRole({ code: "temporary", disableTime: "1700000000000" });
    expect(timed).toMatchObject({ statusCode: 400, message: expect.stringContaining("disableTime") });
    const [carol] = await createUsers("role-carol");
    const toGroup = await client.assignRole({
      code: "reader",
      targets: [
        { targetType: "USER" as never, targetIdentifier: carol! },
        { targetType: "GROUP" as never, targetIdentifier: "some-group" },
      ],
    });
    expect(toGroup).toMatchObject({ statusCode: 400, message: expect.stringContaining("GROUP") });
    const toStranger = await client.assignRole({
      code: "reader",
      targets: [
        { targetType: "USER" as never, targetIdentifier: carol! },
        { targetType: "USER" as never, targetIdentifier: "no-such-user" },
      ],
    });
    expect(toStranger).toMatchObject({ statusCode: 404 });
    expect((await client.listRoleMembers({ code: "reader" })).data.totalCount).toBe(0);
    expect(await client.getRole({ code: "reader", namespace: "nowhere" })).toMatchObject({ statusCode: 404 });
    const partly = await client.deleteRolesBatch({ codeList: ["reader", "missing"] });
    expect(partly).toMatchObject({ statusCode: 404 });
    expect((await client.getRole({ code: "reader" })).statusCode).toBe(200);
  });

  it("lists a namespace's roles as GraphQL does", async () => {
    const client = sdk.management();
    await client.createNamespace({ code: "contract" });
    for (const code of ["b-role", "a-role", "c-role"]) await client.createRole({ code, namespace: "contract" });
    const rest = await client.listRoles({ namespace: "contract", limit: 10 });
    const graphql = await sdk.adminGraphql(
      `query { roles(namespace: "contract", first: 10) {
        ... on QueryRolesConnection { edges { node { id code name description namespace } } } } }`,
    );
    const edges = (graphql.roles as unknown as { edges: { node: Record<string, string | null> }[] }).edges;
    expect(edges.map(({ node }) => node.code)).toEqual(["a-role", "b-role", "c-role"]);
    // GenAuth's RoleDto has no nulls: a role without a name is named by its code, a missing description is "".
    expect(
      rest.data.list.map(({ id, code, name, description, namespace }) => ({ id, code, name, description, namespace })),
    ).toEqual(
      edges.map(({ node }) => ({ ...node, name: node.name ?? node.code, description: node.description ?? "" })),
    );
  });
});

describe("groups through ManagementClient", () => {
  it("creates one and a batch, reads, lists, updates, manages members and deletes a batch", async () => {
    const client = sdk.management();
    const created = await client.createGroup({ code: "editors", name: "Editors", description: "edit", type: "static" });
    expect(created).toMatchObject({ statusCode: 200, data: { code: "editors", name: "Editors", type: "static" } });
    const batch = await client.createGroupsBatch({
      list: [
        { code: "writers", name: "Writers", description: "", type: "static" },
        { code: "readers", name: "Readers", description: "", type: "static" },
      ],
    });
    expect(batch.data.map((group) => group.code)).toEqual(["writers", "readers"]);
    expect((await client.getGroup({ code: "writers" })).data).toMatchObject({ code: "writers", name: "Writers" });
    const listed = await client.listGroups({ keywords: "RS", page: 1, limit: 2 });
    expect(listed.data).toMatchObject({ totalCount: 3, list: [{ code: "editors" }, { code: "readers" }] });

    const updated = await client.updateGroup({
      code: "writers",
      newCode: "authors",
      name: "Authors",
      description: "write",
    });
    expect(updated).toMatchObject({
      statusCode: 200,
      data: { code: "authors", name: "Authors", description: "write" },
    });

    const [dora, ed] = await createUsers("group-dora", "group-ed");
    expect(await client.addGroupMembers({ code: "authors", userIds: [dora!, ed!] })).toMatchObject({
      data: { success: true },
    });
    const members = await client.listGroupMembers({ code: "authors", withCustomData: true });
    expect(members.data.totalCount).toBe(2);
    // One batch creates both users in one instant, so their order is the id's: compare as sets.
    expect(members.data.list.map((user) => user.userId).sort()).toEqual([dora, ed].sort());
    expect(members.data.list.every((user) => JSON.stringify(user.customData) === "{}")).toBe(true);
    await client.removeGroupMembers({ code: "authors", userIds: [dora!] });
    expect((await client.getUserGroups({ userId: ed! })).data.list).toMatchObject([{ code: "authors" }]);
    expect((await client.getUserGroups({ userId: dora! })).data.totalCount).toBe(0);

    const deleted = await client.deleteGroupsBatch({ codeList: ["authors", "readers"] });
    expect(deleted).toMatchObject({ data: { success: true } });
    expect((await client.listGroups({})).data.list.map((group) => group.code)).toEqual(["editors"]);
  });

  it("writes no group of a batch with a taken or repeated code, and refuses dynamic groups", async () => {
    const client = sdk.management();
    await client.createGroup({ code: "owners", name: "Owners", description: "", type: "static" });
    const taken = await client.createGroupsBatch({
      list: [
        { code: "fresh", name: "Fresh", description: "", type: "static" },
        { code: "owners", name: "Again", description: "", type: "static" },
      ],
    });
    expect(taken).toMatchObject({ statusCode: 400, apiCode: 2409 });
    const repeated = await client.createGroupsBatch({
      list: [
        { code: "twice", name: "One", description: "", type: "static" },
        { code: "twice", name: "Two", description: "", type: "static" },
      ],
    });
    expect(repeated).toMatchObject({ statusCode: 400, apiCode: 2409 });
    const dynamic = await client.createGroup({ code: "rules", name: "Rules", description: "", type: "dynamic" });
    expect(dynamic).toMatchObject({ statusCode: 400, message: expect.stringContaining("type") });
    const codes = await sdk.gateway.db.group.findMany({ where: { code: { in: ["fresh", "twice", "rules"] } } });
    expect(codes).toEqual([]);
    expect(await client.addGroupMembers({ code: "owners", userIds: ["no-such-user"] })).toMatchObject({
      statusCode: 404,
    });
  });
});
