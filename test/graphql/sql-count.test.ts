// No N+1: a page of users with their roles, departments, identities and groups costs the same, small number of
// SQL statements whatever the page size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders } from "../helpers/admin.ts";
import { defaultPassword } from "../helpers/users.ts";
import { Me, MeColumns, SignInByAccountPassword } from "./documents.ts";
import { RefreshToken } from "./session-documents.ts";
import { TestGateway } from "../helpers/gateway.ts";
import {
  DepartmentsWithMembers,
  GroupsWithMembers,
  ListUsersWithRelations,
  Users,
  UsersWithRelations,
} from "./management-documents.ts";

const statements: string[] = [];
let recording = false;
let gateway: TestGateway;
let admin: Record<string, string>;

beforeAll(async () => {
  gateway = await TestGateway.start({ onQuery: (sql) => recording && statements.push(sql) });
  const db = gateway.db;
  const poolId = gateway.pool.id;
  const namespace = await db.namespace.create({ data: { userPoolId: poolId, code: "default", name: "Default" } });
  const roles = await Promise.all(
    ["admin", "editor", "viewer"].map((code) =>
      db.role.create({ data: { userPoolId: poolId, namespaceId: namespace.id, code } }),
    ),
  );
  const organization = await db.organization.create({ data: { userPoolId: poolId, code: "acme", name: "Acme" } });
  const departments = await Promise.all(
    ["sales", "ops"].map((code) =>
      db.department.create({ data: { userPoolId: poolId, organizationId: organization.id, code, name: code } }),
    ),
  );
  const groups = await Promise.all(
    ["beta", "staff"].map((code) => db.group.create({ data: { userPoolId: poolId, code, name: code } })),
  );
  for (let i = 0; i < 120; i++) {
    await db.user.create({
      data: {
        userPoolId: poolId,
        username: `bulk-${i}`,
        identities: {
          create: {
            userPoolId: poolId,
            extIdpId: poolId,
            provider: "authing",
            type: "username",
            userIdInIdp: `bulk-${i}`,
            originConnIds: [],
          },
        },
        roles: { create: [{ roleId: roles[i % 3]!.id }] },
        departments: { create: [{ departmentId: departments[i % 2]!.id }] },
        groups: { create: [{ groupId: groups[i % 2]!.id }] },
      },
    });
  }
  // 20 departments "team-N" under one root, each with 6 members and a role; 20 groups "club-N" with 6 members.
  const root = await db.department.create({
    data: { userPoolId: poolId, organizationId: organization.id, code: "teams", name: "Teams" },
  });
  const members = await db.user.findMany({
    where: { userPoolId: poolId },
    orderBy: { username: "asc" },
    take: 120,
    select: { id: true },
  });
  for (let i = 0; i < 20; i++) {
    const team = await db.department.create({
      data: {
        userPoolId: poolId,
        organizationId: organization.id,
        parentId: root.id,
        code: `team-${i}`,
        name: `team-${i}`,
      },
    });
    await db.departmentRole.create({ data: { departmentId: team.id, roleId: roles[i % 3]!.id } });
    const club = await db.group.create({ data: { userPoolId: poolId, code: `club-${i}`, name: `club-${i}` } });
    const six = members.slice(i * 6, i * 6 + 6);
    await db.departmentMember.createMany({ data: six.map((user) => ({ departmentId: team.id, userId: user.id })) });
    await db.groupMember.createMany({ data: six.map((user) => ({ groupId: club.id, userId: user.id })) });
  }
  admin = { authorization: (await adminHeaders(gateway)).authorization };
});
afterAll(() => gateway.close());

/**
 * The request's statements, but for the read of its application: each process caches that, and on the suite's
 * shared PostgreSQL another file's write to the table may drop the copy at any moment (test/identity/
 * settings-cache.test.ts proves the caching itself).
 */
async function record<T>(run: () => Promise<T>): Promise<[T, string[]]> {
  statements.length = 0;
  recording = true;
  const result = await run();
  recording = false;
  return [result, statements.filter((sql) => !isApplicationRead(sql))];
}

const isApplicationRead = (sql: string) => sql.includes('FROM "Application" a JOIN "UserPool" p');

function expectFullRelations(
  nodes: { roles: unknown[]; departments: unknown[]; groups: unknown[]; identities: unknown[] }[],
  count: number,
) {
  expect(nodes).toHaveLength(count);
  // Every bulk user has a role, a department, a group and an identity (some also a team and a club below).
  expect(
    nodes.every(
      (node) =>
        node.roles.length >= 1 &&
        node.departments.length >= 1 &&
        node.groups.length >= 1 &&
        node.identities.length === 1,
    ),
  ).toBe(true);
}

async function countStatements(first: number) {
  const [{ data }, sql] = await record(() => gateway.execute(UsersWithRelations, { first }, admin));
  if (data.users.__typename !== "QueryUsersConnection") throw new Error(JSON.stringify(data));
  expectFullRelations(
    data.users.edges.map((edge) => edge.node),
    first,
  );
  return sql;
}

async function countPageStatements(limit: number) {
  const [{ data }, sql] = await record(() => gateway.execute(ListUsersWithRelations, { limit }, admin));
  if (data.listUsers.__typename !== "UserPage") throw new Error(JSON.stringify(data));
  expectFullRelations(data.listUsers.list, limit);
  return sql;
}

describe("a page of users with relations", () => {
  it("uses the same small number of SQL statements for 10 and for 100 users", async () => {
    // The first request also loads the signing key into the per-process key cache; warm it first.
    await countStatements(1);
    const ten = await countStatements(10);
    const hundred = await countStatements(100);
    console.log(`SQL statements: users(first: 10) = ${ten.length}, users(first: 100) = ${hundred.length}`);
    if (process.env.SHOW_SQL) console.log(ten.join("\n"));
    expect(hundred.length).toBe(ten.length);
    expect(ten.length).toBeLessThanOrEqual(3);
  });

  it("departments and groups with their members: the same count for 2 and for 20 of them", async () => {
    const departments = async (keyword: string, expected: number) => {
      const [{ data }, sql] = await record(() => gateway.execute(DepartmentsWithMembers, { keyword }, admin));
      if (data.searchDepartments.__typename !== "DepartmentSearch") throw new Error(JSON.stringify(data));
      const found = data.searchDepartments.departments;
      expect(found).toHaveLength(expected);
      expect(
        found.every(
          (department) =>
            department.memberCount === 6 &&
            department.members.length === 5 &&
            department.roles.length === 1 &&
            department.parentDepartment?.code === "teams",
        ),
      ).toBe(true);
      lastStatements = sql;
      return sql.length;
    };
    let lastStatements: string[] = [];
    const groups = async (first: number) => {
      const [{ data }, sql] = await record(() =>
        gateway.execute(GroupsWithMembers, { first, keyword: "club-" }, admin),
      );
      if (data.groups.__typename !== "QueryGroupsConnection") throw new Error(JSON.stringify(data));
      expect(data.groups.edges).toHaveLength(first);
      expect(
        data.groups.edges.every(
          ({ node }) =>
            node.memberCount === 6 &&
            node.members.length === 5 &&
            node.members.every((member) => member.identities.length === 1),
        ),
      ).toBe(true);
      return sql.length;
    };
    // "team-1" matches team-1 and team-10..team-19 (11); "team-" matches all 20. The first call warms the key cache.
    await departments("team-1", 11);
    const [fewDepartments, manyDepartments] = [await departments("team-1", 11), await departments("team-", 20)];
    const [fewGroups, manyGroups] = [await groups(2), await groups(20)];
    console.log(
      `SQL statements: departments 11 → ${fewDepartments}, 20 → ${manyDepartments}; groups 2 → ${fewGroups}, 20 → ${manyGroups}`,
    );
    expect(manyDepartments).toBe(fewDepartments);
    expect(manyGroups).toBe(fewGroups);
    if (process.env.SHOW_SQL) console.log(lastStatements.join("\n"));
    expect(Math.max(manyDepartments, manyGroups)).toBeLessThanOrEqual(8);
  });

  it("me is one statement: the user with the token's session", async () => {
    const counted = await gateway.identity.users.createUser(
      gateway.pool,
      { username: "counted", password: defaultPassword, source: { type: "adminCreated" } },
      "admin",
    );
    const { data } = await gateway.execute(SignInByAccountPassword, { account: "counted", password: defaultPassword });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    const authorization = `Bearer ${data.signInByAccountPassword.tokenSet.access_token}`;
    await gateway.execute(Me, undefined, { authorization });
    const [me, sql] = await record(() => gateway.execute(Me, undefined, { authorization }));
    expect(me.data.me.__typename).toBe("User");
    expect(sql).toHaveLength(1);
    // Columns only: one plain statement, not the Prisma client's (which names the schema).
    const [columns, plain] = await record(() => gateway.execute(MeColumns, undefined, { authorization }));
    expect(columns.data.me).toMatchObject({ __typename: "User", username: "counted" });
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatch(/FROM "User" u WHERE/);
    expect(plain[0]).not.toContain('"public"');
    // Not one of the bulk users the page tests expect.
    await gateway.db.user.delete({ where: { id: counted.id } });
  });

  it("besides its (cached) application, a password sign-in is three statements: user, failure counters, one write", async () => {
    const counted = await gateway.identity.users.createUser(
      gateway.pool,
      { username: "counted-in", password: defaultPassword, source: { type: "adminCreated" } },
      "admin",
    );
    try {
      await gateway.execute(SignInByAccountPassword, { account: "counted-in", password: defaultPassword });
      const [{ data }, sql] = await record(() =>
        gateway.execute(SignInByAccountPassword, {
          account: "counted-in",
          password: defaultPassword,
          options: { scope: "openid profile offline_access" },
        }),
      );
      if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
      expect(data.signInByAccountPassword.tokenSet.refresh_token).toBeTruthy();
      // The user's columns come from the sign-in's own rows: no read after the write.
      expect(data.signInByAccountPassword.user).toMatchObject({ username: "counted-in", loginsCount: 2 });
      expect(sql, sql.join("\n")).toHaveLength(3);
      // The write: statistics, history, session and refresh token together; no transaction around separate statements.
      expect(sql[2]).toMatch(
        /UPDATE "User"[\s\S]*INSERT INTO "LoginHistory"[\s\S]*INSERT INTO "Session"[\s\S]*INSERT INTO "RefreshToken"/,
      );
      expect(sql.some((statement) => /^\s*(BEGIN|COMMIT)/i.test(statement))).toBe(false);
    } finally {
      await gateway.db.user.delete({ where: { id: counted.id } });
    }
  });

  it("besides its (cached) application, a refresh is one statement that spends, checks, rotates and reads", async () => {
    const counted = await gateway.identity.users.createUser(
      gateway.pool,
      { username: "counted-refresh", password: defaultPassword, source: { type: "adminCreated" } },
      "admin",
    );
    try {
      const { data } = await gateway.execute(SignInByAccountPassword, {
        account: "counted-refresh",
        password: defaultPassword,
        options: { scope: "openid profile offline_access" },
      });
      if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
      const first = data.signInByAccountPassword.tokenSet.refresh_token!;
      const [refreshed, sql] = await record(() => gateway.execute(RefreshToken, { refreshToken: first }));
      if (refreshed.data.refreshToken.__typename !== "TokenSet") throw new Error(JSON.stringify(refreshed));
      expect(refreshed.data.refreshToken.id_token).toBeTruthy();
      expect(sql, sql.join("\n")).toHaveLength(1);
      expect(sql[0]).toMatch(/UPDATE "RefreshToken"[\s\S]*INSERT INTO "RefreshToken"[\s\S]*UPDATE "Session"/);
      // The new token rotates in turn; the spent one is refused.
      const next = refreshed.data.refreshToken.refresh_token!;
      expect((await gateway.execute(RefreshToken, { refreshToken: next })).data.refreshToken.__typename).toBe(
        "TokenSet",
      );
      expect((await gateway.execute(RefreshToken, { refreshToken: first })).data.refreshToken.__typename).toBe(
        "InvalidGrantError",
      );
    } finally {
      await gateway.db.user.delete({ where: { id: counted.id } });
    }
  });

  it("a sign-up writes its rows in one batch and answers a column-only selection from them", async () => {
    const signUp = `mutation { signUpByUsernamePassword(username: "counted-up", password: "${defaultPassword}") { __typename ... on User { userId username loginsCount } } }`;
    const [body, sql] = await record(async () => {
      const response = await gateway.app.fetch("http://gateway.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
        body: JSON.stringify({ query: signUp }),
      });
      return (await response.json()) as { data: { signUpByUsernamePassword: Record<string, unknown> } };
    });
    try {
      expect(body.data.signUpByUsernamePassword).toMatchObject({
        __typename: "User",
        username: "counted-up",
        loginsCount: 0,
      });
      expect(sql.filter((statement) => /^INSERT INTO "public"."User"/.test(statement))).toHaveLength(1);
      expect(sql.filter((statement) => /FROM "public"."User" /.test(statement))).toEqual([]);
    } finally {
      await gateway.db.user.deleteMany({ where: { userPoolId: gateway.pool.id, username: "counted-up" } });
    }
  });

  it("a keyword search finds its candidates once for the page and its totalCount", async () => {
    const [{ data }, sql] = await record(() =>
      gateway.execute(Users, { first: 5, filter: { keyword: "bulk-11" } }, admin),
    );
    if (data.users.__typename !== "QueryUsersConnection") throw new Error(JSON.stringify(data));
    expect(data.users.totalCount).toBe(11);
    expect(sql.filter((statement) => statement.includes("MATERIALIZED"))).toHaveLength(1);
  });

  it("listUsers(limit: N) too: the same count for 10 and for 100", async () => {
    await countPageStatements(1);
    const ten = await countPageStatements(10);
    const hundred = await countPageStatements(100);
    console.log(`SQL statements: listUsers(limit: 10) = ${ten.length}, listUsers(limit: 100) = ${hundred.length}`);
    expect(hundred.length).toBe(ten.length);
    expect(ten.length).toBeLessThanOrEqual(3);
  });
});
