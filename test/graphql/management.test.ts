import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { schema } from "../../src/graphql/schema.ts";
import { keywordMatches } from "../../src/identity/management/user-queries.ts";
import { digestSecret, generatePublicId, generateSecret } from "../../src/identity/secrets.ts";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";
import { GetManagementToken, ListUsers, UserById, Users } from "./management-documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
const accessKeyId = generatePublicId();
const accessKeySecret = generateSecret();
let admin: Record<string, string>;
let endUser: Record<string, string>;

async function managementToken(id = accessKeyId, secret = accessKeySecret) {
  return (await gateway.execute(GetManagementToken, { accessKeyId: id, accessKeySecret: secret })).data
    .getManagementToken;
}

beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
  await gateway.db.accessKey.create({
    data: { userPoolId: gateway.pool.id, accessKeyId, secretHash: digestSecret(accessKeySecret) },
  });
  const token = await managementToken();
  if (token.__typename !== "ManagementToken") throw new Error(JSON.stringify(token));
  admin = { authorization: `Bearer ${token.access_token}` };
  for (const [i, name] of ["amy", "ben", "cai", "dora", "eli"].entries()) {
    clock.advance(1000);
    await createUser(gateway, {
      username: name,
      email: `${name}@example.com`,
      externalId: `ext-${i}`,
      phone: `1380000000${i}`,
      profile: { nickname: name.toUpperCase() },
    });
  }
  const { data } = await gateway.execute(SignInByAccountPassword, { account: "amy", password: defaultPassword });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
  endUser = { authorization: `Bearer ${data.signInByAccountPassword.tokenSet.access_token}` };
});
afterAll(() => gateway.close());

describe("getManagementToken", () => {
  it("issues a short-lived management token for the pool's access key, and refuses a wrong or disabled one", async () => {
    const token = await managementToken();
    expect(token).toMatchObject({ __typename: "ManagementToken", expires_in: 3600 });
    expect(await managementToken(accessKeyId, "wrong")).toMatchObject({
      __typename: "InvalidClientError",
      apiCode: 2330,
    });
    expect(await managementToken("nope", accessKeySecret)).toMatchObject({ __typename: "InvalidClientError" });
  });

  it("stops working when it expires or its access key is disabled", async () => {
    const token = await managementToken();
    if (token.__typename !== "ManagementToken") throw new Error("no token");
    const headers = { authorization: `Bearer ${token.access_token}` };
    expect((await gateway.execute(Users, { first: 1 }, headers)).data.users.__typename).toBe("QueryUsersConnection");
    clock.advance(3601_000);
    try {
      expect((await gateway.execute(Users, { first: 1 }, headers)).data.users).toMatchObject({
        __typename: "NotAuthenticatedError",
        apiCode: 2206,
      });
    } finally {
      clock.advance(-3601_000);
    }
    await gateway.db.accessKey.update({ where: { accessKeyId }, data: { status: "DISABLED" } });
    try {
      expect((await gateway.execute(Users, { first: 1 }, headers)).data.users).toMatchObject({
        __typename: "NotAuthenticatedError",
        apiCode: 2020,
      });
      expect(await managementToken()).toMatchObject({ __typename: "InvalidClientError" });
    } finally {
      await gateway.db.accessKey.update({ where: { accessKeyId }, data: { status: "ACTIVE" } });
    }
  });
});

describe("users", () => {
  it("lists the pool's users newest first, pages with cursors and counts them", async () => {
    const first = await gateway.execute(Users, { first: 2 }, admin);
    if (first.data.users.__typename !== "QueryUsersConnection") throw new Error(JSON.stringify(first.data));
    expect(first.data.users.totalCount).toBe(5);
    expect(first.data.users.edges.map((edge) => edge.node.username)).toEqual(["eli", "dora"]);
    expect(first.data.users.pageInfo.hasNextPage).toBe(true);
    const next = await gateway.execute(Users, { first: 10, after: first.data.users.pageInfo.endCursor }, admin);
    if (next.data.users.__typename !== "QueryUsersConnection") throw new Error("no page");
    expect(next.data.users.edges.map((edge) => edge.node.username)).toEqual(["cai", "ben", "amy"]);
    expect(next.data.users.pageInfo.hasNextPage).toBe(false);
    const sorted = await gateway.execute(Users, { first: 2, sortBy: "username", direction: "asc" }, admin);
    if (sorted.data.users.__typename !== "QueryUsersConnection") throw new Error("no page");
    expect(sorted.data.users.edges.map((edge) => edge.node.username)).toEqual(["amy", "ben"]);
  });

  it("filters by keyword over username, email, phone, nickname and externalId, and by status and dates", async () => {
    const names = async (filter: Record<string, unknown>) => {
      const { data } = await gateway.execute(Users, { first: 50, filter, sortBy: "username", direction: "asc" }, admin);
      if (data.users.__typename !== "QueryUsersConnection") throw new Error(JSON.stringify(data));
      return data.users.edges.map((edge) => edge.node.username);
    };
    expect(await names({ keyword: "DORA" })).toEqual(["dora"]);
    expect(await names({ keyword: "ben@example" })).toEqual(["ben"]);
    expect(await names({ keyword: "13800000002" })).toEqual(["cai"]);
    expect(await names({ keyword: "ext-4" })).toEqual(["eli"]);
    expect(await names({ keyword: "e" })).toEqual(["amy", "ben", "cai", "dora", "eli"]);
    // LIKE wildcards in a keyword are literal characters.
    expect(await names({ keyword: "%" })).toEqual([]);
    expect(await names({ keyword: "a_y" })).toEqual([]);
    // One index covers the six columns (joined with U+0001): a keyword never matches across two of them.
    expect(await names({ keyword: "dora\u0001dora@" })).toEqual([]);
    await gateway.db.user.updateMany({ where: { username: "ben" }, data: { status: "Suspended" } });
    expect(await names({ status: "Suspended" })).toEqual(["ben"]);
    expect(await names({ lastLoginAfter: "2000-01-01T00:00:00Z" })).toEqual(["amy"]);
    expect(await names({ createdBefore: new Date(Date.parse("2026-11-23T10:00:02.500Z")).toISOString() })).toEqual([
      "amy",
      "ben",
    ]);
    const { data } = await gateway.execute(Users, { first: 5, filter: { keyword: "x".repeat(200) } }, admin);
    expect(data.users).toMatchObject({ __typename: "InvalidInputError", field: "keyword" });
  });

  it("finds keyword candidates through the one trigram index over the six columns", async () => {
    // Few rows here, so the planner would scan the table; forbidden that, it must be able to use the index, which
    // it can only if the search's expression is the index's own.
    const plan = await gateway.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN SELECT id FROM "User" WHERE ${keywordMatches("dora")}`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("User_keyword_trgm_idx");
  });

  it("pages by page number and limit, with the same sort, filters and count", async () => {
    const page = async (variables: Record<string, unknown>) =>
      (await gateway.execute(ListUsers, variables, admin)).data.listUsers;
    expect(await page({ page: 1, limit: 2 })).toEqual({
      __typename: "UserPage",
      totalCount: 5,
      page: 1,
      limit: 2,
      list: [{ username: "eli" }, { username: "dora" }],
    });
    expect(await page({ page: 3, limit: 2 })).toMatchObject({ list: [{ username: "amy" }] });
    expect(await page({ page: 4, limit: 2 })).toMatchObject({ totalCount: 5, list: [] });
    expect(
      await page({ page: 1, limit: 10, sortBy: "username", direction: "asc", filter: { keyword: "example.com" } }),
    ).toMatchObject({
      list: [{ username: "amy" }, { username: "ben" }, { username: "cai" }, { username: "dora" }, { username: "eli" }],
    });
    expect(await page({ page: 0 })).toMatchObject({ __typename: "InvalidInputError", field: "page", statusCode: 400 });
    expect(await page({ limit: 101 })).toMatchObject({ __typename: "InvalidInputError", field: "limit" });
    expect(await page({ filter: { keyword: "x".repeat(200) } })).toMatchObject({
      __typename: "InvalidInputError",
      field: "keyword",
    });
  });

  it("never shows another pool's users", async () => {
    const foreignPool = await gateway.identity.pools.createUserPool({ name: "foreign" });
    await gateway.identity.users.createUser(
      foreignPool,
      { username: "stranger", password: defaultPassword, source: { type: "adminCreated" } },
      "admin",
    );
    const { data } = await gateway.execute(Users, { first: 50, filter: { keyword: "stranger" } }, admin);
    expect(data.users).toMatchObject({ __typename: "QueryUsersConnection", totalCount: 0 });
  });
});

describe("user(userId, userIdType)", () => {
  it("finds a user by each kind of identifier, and answers unknown or malformed ones with typed errors", async () => {
    const cai = await gateway.db.user.findFirstOrThrow({ where: { userPoolId: gateway.pool.id, username: "cai" } });
    const lookups = [
      [cai.id, "user_id"],
      ["ext-2", "external_id"],
      ["CAI@example.com", "email"],
      ["cai", "username"],
      ["13800000002", "phone"],
      ["+86 13800000002", "phone"],
    ] as const;
    for (const [userId, userIdType] of lookups) {
      const { data } = await gateway.execute(UserById, { userId, userIdType }, admin);
      expect(data.user, `${userIdType} ${userId}`).toMatchObject({ __typename: "User", username: "cai" });
    }
    expect(
      (await gateway.execute(UserById, { userId: "nobody", userIdType: "username" }, admin)).data.user,
    ).toMatchObject({ __typename: "UserNotFoundError", apiCode: 2004 });
    expect(
      (await gateway.execute(UserById, { userId: "not-an-email", userIdType: "email" }, admin)).data.user,
    ).toMatchObject({ __typename: "InvalidInputError", field: "userId" });
  });
});

describe("admin fields refuse everyone but administrators", () => {
  // One call per admin field; the first test fails when a field is added without joining this walk.
  const calls: Record<string, string> = {
    users: "{ users(first: 1) { __typename ... on Error { statusCode apiCode } } }",
    checkSessionStatus: '{ checkSessionStatus(userId: "x") { __typename ... on Error { statusCode apiCode } } }',
    listUsers: "{ listUsers { __typename ... on Error { statusCode apiCode } } }",
    user: '{ user(userId: "x") { __typename ... on Error { statusCode apiCode } } }',
    isUserExists: '{ isUserExists(username: "amy") { __typename ... on Error { statusCode apiCode } } }',
    getUserLoginHistory: '{ getUserLoginHistory(userId: "x") { __typename ... on Error { statusCode apiCode } } }',
    auditLogs: "{ auditLogs(first: 1) { __typename ... on Error { statusCode apiCode } } }",
    createUser:
      'mutation { createUser(input: { username: "walk" }) { __typename ... on Error { statusCode apiCode } } }',
    updateUser:
      'mutation { updateUser(userId: "x", input: { nickname: "n" }) { __typename ... on Error { statusCode apiCode } } }',
    setUserStatus:
      'mutation { setUserStatus(userId: "x", status: Suspended) { __typename ... on Error { statusCode apiCode } } }',
    resetUserPassword:
      'mutation { resetUserPassword(userId: "x", password: "a long passphrase") { __typename ... on Error { statusCode apiCode } } }',
    createUsersBatch:
      'mutation { createUsersBatch(users: [{ username: "walk" }]) { __typename ... on Error { statusCode apiCode } } }',
    kickUsers: 'mutation { kickUsers(userIds: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    deleteUsersBatch:
      'mutation { deleteUsersBatch(userIds: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    roles: "{ roles(first: 1) { __typename ... on Error { statusCode apiCode } } }",
    role: '{ role(code: "x") { __typename ... on Error { statusCode apiCode } } }',
    listRoleMembers: '{ listRoleMembers(code: "x", first: 1) { __typename ... on Error { statusCode apiCode } } }',
    createNamespace: 'mutation { createNamespace(code: "walk") { __typename ... on Error { statusCode apiCode } } }',
    createRole: 'mutation { createRole(code: "walk") { __typename ... on Error { statusCode apiCode } } }',
    updateRole: 'mutation { updateRole(code: "x", name: "n") { __typename ... on Error { statusCode apiCode } } }',
    deleteRolesBatch: 'mutation { deleteRolesBatch(codes: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    assignRole:
      'mutation { assignRole(code: "x", targets: [{ targetType: USER, targetId: "x" }]) { __typename ... on Error { statusCode apiCode } } }',
    revokeRole:
      'mutation { revokeRole(code: "x", targets: [{ targetType: USER, targetId: "x" }]) { __typename ... on Error { statusCode apiCode } } }',
    organizations: "{ organizations(first: 1) { __typename ... on Error { statusCode apiCode } } }",
    listChildrenDepartments:
      '{ listChildrenDepartments(organizationCode: "x") { __typename ... on Error { statusCode apiCode } } }',
    searchDepartments: '{ searchDepartments(keyword: "x") { __typename ... on Error { statusCode apiCode } } }',
    listDepartmentMembers:
      '{ listDepartmentMembers(departmentId: "x", first: 1) { __typename ... on Error { statusCode apiCode } } }',
    createOrganization:
      'mutation { createOrganization(code: "walk", name: "w") { __typename ... on Error { statusCode apiCode } } }',
    createDepartment:
      'mutation { createDepartment(organizationCode: "x", code: "walk", name: "w") { __typename ... on Error { statusCode apiCode } } }',
    updateDepartment:
      'mutation { updateDepartment(departmentId: "x", name: "n") { __typename ... on Error { statusCode apiCode } } }',
    deleteDepartment:
      'mutation { deleteDepartment(departmentId: "x") { __typename ... on Error { statusCode apiCode } } }',
    addDepartmentMembers:
      'mutation { addDepartmentMembers(departmentId: "x", userIds: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    removeDepartmentMembers:
      'mutation { removeDepartmentMembers(departmentId: "x", userIds: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    setUserMainDepartment:
      'mutation { setUserMainDepartment(userId: "x", departmentId: "x") { __typename ... on Error { statusCode apiCode } } }',
    groups: "{ groups(first: 1) { __typename ... on Error { statusCode apiCode } } }",
    listGroupMembers: '{ listGroupMembers(code: "x", first: 1) { __typename ... on Error { statusCode apiCode } } }',
    createGroup: 'mutation { createGroup(code: "walk", name: "w") { __typename ... on Error { statusCode apiCode } } }',
    updateGroup: 'mutation { updateGroup(code: "x", name: "n") { __typename ... on Error { statusCode apiCode } } }',
    deleteGroup: 'mutation { deleteGroup(code: "x") { __typename ... on Error { statusCode apiCode } } }',
    addGroupMembers:
      'mutation { addGroupMembers(code: "x", userIds: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    removeGroupMembers:
      'mutation { removeGroupMembers(code: "x", userIds: ["x"]) { __typename ... on Error { statusCode apiCode } } }',
    applications: "{ applications { __typename ... on Error { statusCode apiCode } } }",
    application: '{ application(appId: "x") { __typename ... on Error { statusCode apiCode } } }',
    createApplication:
      'mutation { createApplication(input: { name: "walk" }) { __typename ... on Error { statusCode apiCode } } }',
    updateApplication:
      'mutation { updateApplication(appId: "x", input: { name: "walk" }) { __typename ... on Error { statusCode apiCode } } }',
    rotateApplicationSecret:
      'mutation { rotateApplicationSecret(appId: "x") { __typename ... on Error { statusCode apiCode } } }',
    deleteApplication: 'mutation { deleteApplication(appId: "x") { __typename ... on Error { statusCode apiCode } } }',
    userPoolSettings: "{ userPoolSettings { __typename ... on Error { statusCode apiCode } } }",
    updateUserPoolSettings:
      "mutation { updateUserPoolSettings(input: { mfaPolicy: OFF }) { __typename ... on Error { statusCode apiCode } } }",
    customFields: "{ customFields { __typename ... on Error { statusCode apiCode } } }",
    createCustomField:
      'mutation { createCustomField(key: "walk", label: "w", dataType: STRING) { __typename ... on Error { statusCode apiCode } } }',
    updateCustomField:
      'mutation { updateCustomField(key: "x", label: "w") { __typename ... on Error { statusCode apiCode } } }',
    deleteCustomField: 'mutation { deleteCustomField(key: "x") { __typename ... on Error { statusCode apiCode } } }',
    setUserCustomData:
      'mutation { setUserCustomData(userId: "x", customData: { a: 1 }) { __typename ... on Error { statusCode apiCode } } }',
    accessKeys: "{ accessKeys { __typename ... on Error { statusCode apiCode } } }",
    createAccessKey: "mutation { createAccessKey { __typename ... on Error { statusCode apiCode } } }",
    updateAccessKeyStatus:
      'mutation { updateAccessKeyStatus(accessKeyId: "x", status: DISABLED) { __typename ... on Error { statusCode apiCode } } }',
    deleteAccessKey:
      'mutation { deleteAccessKey(accessKeyId: "x") { __typename ... on Error { statusCode apiCode } } }',
    resetUserMfa: 'mutation { resetUserMfa(userId: "x") { __typename ... on Error { statusCode apiCode } } }',
  };

  async function run(query: string, headers: Record<string, string>) {
    const response = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId, ...headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data: Record<string, Record<string, unknown>> };
  }

  it("covers every field declared with the admin scope", () => {
    const adminFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.values(type.getFields())
        .filter(
          (field) =>
            (field.extensions as { pothosOptions?: { authScopes?: { admin?: boolean } } }).pothosOptions?.authScopes
              ?.admin,
        )
        .map((field) => field.name),
    );
    expect(adminFields.sort()).toEqual(Object.keys(calls).sort());
  });

  it.each(Object.keys(calls))(
    "%s answers an end user's token with ForbiddenError (403, 1001), and no token with 401",
    async (name) => {
      const asEndUser = await run(calls[name]!, endUser);
      expect(asEndUser.data[name]).toEqual({ __typename: "ForbiddenError", statusCode: 403, apiCode: 1001 });
      const anonymous = await run(calls[name]!, {});
      expect(anonymous.data[name]).toEqual({ __typename: "NotAuthenticatedError", statusCode: 401, apiCode: 2020 });
      expect(await gateway.db.user.count({ where: { username: "walk" } })).toBe(0);
      expect(await gateway.db.role.count({ where: { code: "walk" } })).toBe(0);
      expect(await gateway.db.organization.count({ where: { code: "walk" } })).toBe(0);
      expect(await gateway.db.group.count({ where: { code: "walk" } })).toBe(0);
      expect(await gateway.db.accessKey.count({ where: { userPoolId: gateway.pool.id } })).toBe(1);
      expect(await gateway.db.application.count({ where: { name: "walk" } })).toBe(0);
      expect(await gateway.db.customFieldDefinition.count({ where: { key: "walk" } })).toBe(0);
    },
  );
});
