// An end user reads only their own record. The walk is generated from schema.graphql: every path from every Query
// root field through object, union and list fields (each type's field at most once per path, to a depth bound)
// that reaches a User, each sent as its own document with an end user's token. No User but the viewer may come
// back, nor a colleague's email or phone. The same walk with an administrator's credential does reach the
// colleague, which shows the walk covers the paths to them.
import {
  getNamedType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { adminHeaders } from "../helpers/admin.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { requiredArguments, schema } from "../helpers/schema-literals.ts";
import { SignInByAccountPassword } from "./documents.ts";

const maxDepth = 7;

/** Required arguments: ids and strings name the colleague, the most tempting target. */
const argumentsOf = (args: readonly GraphQLArgument[], target: string) =>
  requiredArguments(args, () => JSON.stringify(target));

/** Selections under `type` that end in a User's userId, one per path. */
function pathsFrom(type: GraphQLNamedType, depth: number, visited: Set<string>, target: string): string[] {
  if (isUnionType(type)) {
    return type
      .getTypes()
      .flatMap((member) =>
        pathsFrom(member, depth, visited, target).map((path) => `... on ${member.name} { ${path} }`),
      );
  }
  if (!isObjectType(type)) return [];
  const paths = type.name === "User" ? ["userId email phone"] : [];
  if (depth === 0) return paths;
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    const key = `${type.name}.${field.name}`;
    const named = getNamedType(field.type);
    if (visited.has(key) || !(isObjectType(named) || isUnionType(named))) continue;
    const below = pathsFrom(named, depth - 1, new Set([...visited, key]), target);
    for (const path of below) paths.push(`${field.name}${argumentsOf(field.args, target)} { __typename ${path} }`);
  }
  return paths;
}

function rootPaths(target: string): string[] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    return pathsFrom(named, maxDepth - 1, new Set([`Query.${field.name}`]), target).map(
      (path) => `{ ${field.name}${argumentsOf(field.args, target)} { __typename ${path} } }`,
    );
  });
}

function userIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) userIdsIn(item, found);
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "userId" && typeof inner === "string") found.add(inner);
      else userIdsIn(inner, found);
    }
  }
  return found;
}

describe("what an end user can reach", () => {
  let gateway: TestGateway;
  let viewer: { id: string };
  let colleague: { id: string };
  let userToken: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    gateway = await TestGateway.start();
    viewer = await createUser(gateway, { username: "walker", email: "walker@example.com" });
    colleague = await createUser(gateway, {
      username: "colleague",
      email: "colleague@example.com",
      phone: "13900000077",
      externalId: "hr-77",
    });
    await gateway.db.user.update({ where: { id: colleague.id }, data: { lastIp: "203.0.113.77" } });
    const poolId = gateway.pool.id;
    const organization = await gateway.db.organization.create({
      data: { userPoolId: poolId, code: "acme", name: "Acme" },
    });
    const parent = await gateway.db.department.create({
      data: { userPoolId: poolId, organizationId: organization.id, code: "eng", name: "Engineering" },
    });
    const team = await gateway.db.department.create({
      data: { userPoolId: poolId, organizationId: organization.id, parentId: parent.id, code: "id", name: "Identity" },
    });
    const sibling = await gateway.db.department.create({
      data: { userPoolId: poolId, organizationId: organization.id, parentId: parent.id, code: "pay", name: "Payments" },
    });
    const group = await gateway.db.group.create({ data: { userPoolId: poolId, code: "oncall", name: "On call" } });
    const namespace = await gateway.db.namespace.create({ data: { userPoolId: poolId, code: "walk", name: "Walk" } });
    const role = await gateway.db.role.create({
      data: { userPoolId: poolId, namespaceId: namespace.id, code: "dev", name: "Developer" },
    });
    for (const user of [viewer, colleague]) {
      await gateway.db.departmentMember.create({ data: { departmentId: team.id, userId: user.id } });
      await gateway.db.groupMember.create({ data: { groupId: group.id, userId: user.id } });
      await gateway.db.userRole.create({ data: { userId: user.id, roleId: role.id } });
    }
    await gateway.db.departmentMember.create({ data: { departmentId: parent.id, userId: colleague.id } });
    await gateway.db.departmentMember.create({ data: { departmentId: sibling.id, userId: colleague.id } });
    await gateway.db.departmentRole.create({ data: { departmentId: team.id, roleId: role.id } });
    const { data } = await gateway.execute(SignInByAccountPassword, { account: "walker", password: defaultPassword });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    userToken = { authorization: data.signInByAccountPassword.tokenSet.access_token };
    admin = { authorization: (await adminHeaders(gateway)).authorization };
  });
  afterAll(() => gateway?.close());

  async function walk(headers: Record<string, string>) {
    const documents = rootPaths(colleague.id);
    const seen = new Set<string>();
    const bodies: string[] = [];
    for (let start = 0; start < documents.length; start += 16) {
      const batch = documents.slice(start, start + 16);
      const responses = await Promise.all(
        batch.map((query) =>
          gateway.app.fetch("http://gateway.test/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId, ...headers },
            body: JSON.stringify({ query }),
          }),
        ),
      );
      for (const response of responses) {
        expect(response.status).toBeLessThan(500);
        const text = await response.text();
        bodies.push(text);
        userIdsIn(JSON.parse(text).data, seen);
      }
    }
    return { documents: documents.length, seen, bodies };
  }

  it("with an end user's token, every path to a User answers the viewer only", async () => {
    const { documents, seen, bodies } = await walk(userToken);
    expect(documents).toBeGreaterThan(50);
    expect(seen).toEqual(new Set([viewer.id]));
    for (const body of bodies) {
      expect(body).not.toContain("colleague@example.com");
      expect(body).not.toContain("13900000077");
    }
  });

  it("with an administrator's credential the same walk reaches the colleague (the walk covers the paths to them)", async () => {
    const { seen } = await walk(admin);
    expect(seen.has(colleague.id)).toBe(true);
  });
});
