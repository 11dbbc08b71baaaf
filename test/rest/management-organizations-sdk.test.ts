// GenAuth's REST v3 management routes for organizations and departments, driven by the official Node SDK's
// ManagementClient against a gateway on a real port, with the same tree read through GraphQL compared.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
beforeAll(async () => {
  sdk = await startSdkGateway();
});
afterAll(() => sdk?.close());

const password = "a long enough passphrase";

const createUsers = (...usernames: string[]) => sdk.createUsers(password, ...usernames);

describe("organizations and departments through ManagementClient", () => {
  it("builds a tree, moves and renames in it, reads it by id and code, and lists a level", async () => {
    const client = sdk.management();
    const organization = await client.createOrganization({
      organizationCode: "acme",
      organizationName: "Acme",
      description: "the company",
    } as never);
    expect(organization).toMatchObject({
      statusCode: 200,
      data: { organizationCode: "acme", organizationName: "Acme", hasChildren: false, membersCount: 0 },
    });
    const root = organization.data.departmentId;

    const sales = await client.createDepartment({
      organizationCode: "acme",
      parentDepartmentId: root,
      name: "Sales",
      code: "sales",
    } as never);
    expect(sales.data).toMatchObject({
      organizationCode: "acme",
      name: "Sales",
      code: "sales",
      parentDepartmentId: root,
      parentDepartmentCode: "acme",
      membersCount: 0,
      hasChildren: false,
    });
    // GenAuth's code is optional: without one the department gets a generated code.
    const east = await client.createDepartment({
      organizationCode: "acme",
      parentDepartmentId: "sales",
      departmentIdType: "code",
      name: "East",
    } as never);
    expect(east.data).toMatchObject({ parentDepartmentId: sales.data.departmentId, code: expect.any(String) });
    const west = await client.createDepartment({
      organizationCode: "acme",
      parentDepartmentId: root,
      name: "West",
      code: "west",
    } as never);

    const top = await client.listChildrenDepartments({ organizationCode: "acme", departmentId: root });
    expect(top.data.list.map((department) => department.code)).toEqual(["sales", "west"]);
    expect(top.data.list[0]).toMatchObject({ hasChildren: true });
    const below = await client.listChildrenDepartments({
      organizationCode: "acme",
      departmentId: "sales",
      departmentIdType: "code" as never,
    });
    expect(below.data).toMatchObject({ totalCount: 1, list: [{ name: "East" }] });

    const moved = await client.updateDepartment({
      organizationCode: "acme",
      departmentId: west.data.departmentId,
      parentDepartmentId: sales.data.departmentId,
      name: "West coast",
    } as never);
    expect(moved.data).toMatchObject({ name: "West coast", parentDepartmentCode: "sales" });
    const cycle = await client.updateDepartment({
      organizationCode: "acme",
      departmentId: sales.data.departmentId,
      parentDepartmentId: west.data.departmentId,
    } as never);
    expect(cycle).toMatchObject({ statusCode: 400 });
    const backToTop = await client.updateDepartment({
      organizationCode: "acme",
      departmentId: "west",
      departmentIdType: "code" as never,
      parentDepartmentId: root,
    } as never);
    expect(backToTop.data).toMatchObject({ parentDepartmentId: root });

    const byCode = await client.getDepartment({
      organizationCode: "acme",
      departmentId: "sales",
      departmentIdType: "code" as never,
    });
    expect(byCode.data).toMatchObject({ departmentId: sales.data.departmentId, hasChildren: true });
    const found = await client.searchDepartments({ keywords: "EAST", organizationCode: "acme" });
    expect(found.data.map((department) => department.departmentId)).toEqual([east.data.departmentId]);

    const renamed = await client.updateOrganization({
      organizationCode: "acme",
      organizationNewCode: "acme-corp",
      organizationName: "Acme Corp",
    });
    expect(renamed.data).toMatchObject({
      organizationCode: "acme-corp",
      organizationName: "Acme Corp",
      hasChildren: true,
    });
    expect((await client.getOrganization({ organizationCode: "acme-corp" })).data.departmentId).toBe(root);
    expect((await client.getOrganization({ organizationCode: "acme" })).statusCode).toBe(404);
  });

  it("manages members, leaders and a user's departments, and counts members once per organization", async () => {
    const client = sdk.management();
    const organization = await client.createOrganization({
      organizationCode: "globex",
      organizationName: "Globex",
    } as never);
    const root = organization.data.departmentId;
    const department = async (code: string) =>
      (
        await client.createDepartment({
          organizationCode: "globex",
          parentDepartmentId: root,
          name: code,
          code,
        } as never)
      ).data.departmentId;
    const [research, support] = [await department("research"), await department("support")];
    const [hank, iris] = await createUsers("org-hank", "org-iris");

    await client.addDepartmentMembers({ organizationCode: "globex", departmentId: research, userIds: [hank!, iris!] });
    await client.addDepartmentMembers({ organizationCode: "globex", departmentId: support, userIds: [hank!] });
    const members = await client.listDepartmentMembers({
      organizationCode: "globex",
      departmentId: research,
      withDepartmentIds: true,
    });
    expect(members.data.totalCount).toBe(2);
    expect(members.data.list.find((user) => user.userId === hank)?.departmentIds?.sort()).toEqual(
      [research, support].sort(),
    );
    expect((await client.getOrganization({ organizationCode: "globex" })).data.membersCount).toBe(2);

    const led = await client.updateDepartment({
      organizationCode: "globex",
      departmentId: research,
      leaderUserIds: [iris!],
    } as never);
    expect(led.data).toMatchObject({ leaderUserIds: [iris], membersCount: 2 });
    const outsider = await client.updateDepartment({
      organizationCode: "globex",
      departmentId: support,
      leaderUserIds: [iris!],
    } as never);
    expect(outsider).toMatchObject({ statusCode: 400 });

    const set = await client.setUserDepartments({
      userId: hank!,
      departments: [{ departmentId: support, isMainDepartment: true, isLeader: true }],
    });
    expect(set).toMatchObject({ statusCode: 200, data: { success: true } });
    const mine = await client.getUserDepartments({ userId: hank! });
    expect(mine.data).toMatchObject({
      totalCount: 1,
      list: [{ departmentId: support, isMainDepartment: true, isLeader: true, organizationCode: "globex" }],
    });
    const twoMain = await client.setUserDepartments({
      userId: hank!,
      departments: [
        { departmentId: support, isMainDepartment: true },
        { departmentId: research, isMainDepartment: true },
      ],
    });
    expect(twoMain).toMatchObject({ statusCode: 400 });
    expect((await client.getUserDepartments({ userId: hank! })).data.totalCount).toBe(1);

    await client.removeDepartmentMembers({ organizationCode: "globex", departmentId: research, userIds: [iris!] });
    expect(
      (await client.listDepartmentMembers({ organizationCode: "globex", departmentId: research })).data.totalCount,
    ).toBe(0);

    const notEmpty = await client.deleteDepartment({ organizationCode: "globex", departmentId: support });
    expect(notEmpty).toMatchObject({ statusCode: 400 });
    expect(await client.deleteDepartment({ organizationCode: "globex", departmentId: research })).toMatchObject({
      data: { success: true },
    });
    const listed = await client.listOrganizations({});
    expect(listed.data.list.map((entry) => entry.organizationCode)).toContain("globex");

    expect(await client.deleteOrganization({ organizationCode: "globex" })).toMatchObject({ data: { success: true } });
    expect((await client.getUserDepartments({ userId: hank! })).data.totalCount).toBe(0);
    const user = await sdk.gateway.db.user.findUniqueOrThrow({ where: { id: hank! } });
    expect(user.mainDepartmentId).toBeNull();
  });

  it("refuses what it has no notion of, and the root as a department, with the envelope", async () => {
    const client = sdk.management();
    const organization = await client.createOrganization({
      organizationCode: "initech",
      organizationName: "Initech",
    } as never);
    const virtual = await client.createDepartment({
      organizationCode: "initech",
      parentDepartmentId: organization.data.departmentId,
      name: "Virtual",
      isVirtualNode: true,
    } as never);
    expect(virtual).toMatchObject({ statusCode: 400, message: expect.stringContaining("isVirtualNode") });
    const root = await client.getDepartment({
      organizationCode: "initech",
      departmentId: organization.data.departmentId,
    });
    expect(root).toMatchObject({ statusCode: 400 });
    const stranger = await client.listChildrenDepartments({
      organizationCode: "initech",
      departmentId: "no-such-department",
    });
    expect(stranger).toMatchObject({ statusCode: 404 });
    const nowhere = await client.createDepartment({
      organizationCode: "nowhere",
      parentDepartmentId: "root",
      name: "X",
    } as never);
    expect(nowhere).toMatchObject({ statusCode: 404 });
    expect(await sdk.gateway.db.department.count({ where: { organization: { code: "initech" } } })).toBe(0);
  });

  it("lists a level of the tree as GraphQL's listChildrenDepartments does", async () => {
    const client = sdk.management();
    const organization = await client.createOrganization({
      organizationCode: "umbrella",
      organizationName: "Umbrella",
    } as never);
    for (const code of ["labs", "admin", "security"])
      await client.createDepartment({
        organizationCode: "umbrella",
        parentDepartmentId: organization.data.departmentId,
        name: code.toUpperCase(),
        code,
      } as never);
    const rest = await client.listChildrenDepartments({ organizationCode: "umbrella", departmentId: "root" });
    const graphql = await sdk.adminGraphql(
      `query { listChildrenDepartments(organizationCode: "umbrella") {
        ... on DepartmentList { departments { departmentId code name description memberCount } } } }`,
    );
    const departments = (graphql.listChildrenDepartments as unknown as { departments: Record<string, unknown>[] })
      .departments;
    expect(
      rest.data.list.map((d) => ({
        departmentId: d.departmentId,
        code: d.code,
        name: d.name,
        memberCount: d.membersCount,
      })),
    ).toEqual(departments.map(({ description: _, ...department }) => department));
  });
});
