// Every root field with a full selection: each member of its result union with every field it has (leaves and
// nested objects, to a depth bound), with arguments that name real rows (the seeded user, department, role,
// group, application, access key, custom field), so the success members resolve rather than only the errors.
// Sent as an anonymous caller, an end user and an administrator: no answer may be a 5xx or an internal error,
// and every document must be valid (a generator bug must not pass as a clean run). A selection of only
// __typename is the fuzz test's; this is the other end, every scalar.
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { requiredArguments, schema } from "../helpers/schema-literals.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";

/** The gateway refuses documents over 2,000 tokens; a selection is made shallower until it fits. */
const tokenBudget = 1_900;

interface Seeded {
  userId: string;
  email: string;
  phone: string;
  username: string;
  departmentId: string;
  organizationCode: string;
  roleCode: string;
  groupCode: string;
  appId: string;
  accessKeyId: string;
  customFieldKey: string;
  accessToken: string;
  refreshToken: string;
}

/** The seeded row an argument's name points at, else a plausible string. */
function seededString(name: string, rootField: string, seeded: Seeded): string {
  const byName: Record<string, string> = {
    userId: seeded.userId,
    targetId: seeded.userId,
    departmentId: seeded.departmentId,
    parentDepartmentId: seeded.departmentId,
    organizationCode: seeded.organizationCode,
    appId: seeded.appId,
    accessKeyId: seeded.accessKeyId,
    key: seeded.customFieldKey,
    email: seeded.email,
    phone: seeded.phone,
    phoneNumber: seeded.phone,
    username: seeded.username,
    account: seeded.username,
    token: seeded.accessToken,
    refreshToken: seeded.refreshToken,
    password: defaultPassword,
    keyword: "seed",
  };
  if (name === "code") {
    if (/group/i.test(rootField)) return JSON.stringify(seeded.groupCode);
    if (/organization|department/i.test(rootField)) return JSON.stringify(seeded.organizationCode);
    return JSON.stringify(seeded.roleCode);
  }
  return JSON.stringify(byName[name] ?? "seed");
}

const argumentsOf = (args: readonly GraphQLArgument[], rootField: string, seeded: Seeded) =>
  requiredArguments(args, (name) => seededString(name, rootField, seeded));

/** Every field of `type` to `depth` object levels; an object type is not entered twice on one path. */
function selectionOf(
  type: GraphQLNamedType,
  depth: number,
  path: Set<string>,
  rootField: string,
  seeded: Seeded,
): string {
  if (isLeafType(type)) return "";
  if (isUnionType(type)) {
    const members = type.getTypes().filter((member) => !member.getInterfaces().some((iface) => iface.name === "Error"));
    const fragments = members.map(
      (member) => `... on ${member.name} ${selectionOf(member, depth, path, rootField, seeded)}`,
    );
    const errors =
      type.getTypes().length > members.length ? ["... on Error { statusCode apiCode message requestId }"] : [];
    return `{ __typename ${[...fragments, ...errors].join(" ")} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return "";
  const parts = ["__typename"];
  for (const field of Object.values((type as GraphQLObjectType).getFields()) as GraphQLField<unknown, unknown>[]) {
    const named = getNamedType(field.type);
    const args = argumentsOf(field.args, rootField, seeded);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (depth > 0 && !path.has(named.name)) {
      parts.push(
        `${field.name}${args} ${selectionOf(named, depth - 1, new Set([...path, named.name]), rootField, seeded)}`,
      );
    }
  }
  return `{ ${parts.join(" ")} }`;
}

const tokensOf = (document: string) =>
  document.match(/[A-Za-z_][\w]*|"(?:[^"\\]|\\.)*"|-?\d+|\.\.\.|[{}():[\],!$=@]/g)?.length ?? 0;

function documentFor(operation: "query" | "mutation", field: GraphQLField<unknown, unknown>, seeded: Seeded): string {
  for (let depth = 4; ; depth--) {
    const selection = selectionOf(
      getNamedType(field.type),
      depth,
      new Set([getNamedType(field.type).name]),
      field.name,
      seeded,
    );
    const document = `${operation} { ${field.name}${argumentsOf(field.args, field.name, seeded)} ${selection} }`;
    if (tokensOf(document) <= tokenBudget || depth === 0) return document;
  }
}

/** Deletions and sign-outs last, so the rows and tokens the other fields name still exist when they run. */
const destructive = (name: string) =>
  /^(delete|remove|kick|logout|revoke|unbind|setUserStatus|resetUserPassword|updatePassword|rotate)/.test(name);

describe("every field with a full selection", () => {
  let gateway: TestGateway;
  let seeded: Seeded;
  const callers: Record<string, Record<string, string>> = { anonymous: {} };

  beforeAll(async () => {
    gateway = await TestGateway.start({ pool: { registrationsPerIpPerHour: 1_000_000 } });
    const user = await createUser(gateway, { username: "seeded", email: "seeded@example.com", phone: "13800000001" });
    const admin = await adminHeaders(gateway);
    const signIn = await runQuery(
      gateway,
      `mutation($p: String!) { signInByAccountPassword(account: "seeded", password: $p, options: { scope: "openid offline_access" }) { ... on SignInSuccess { tokenSet { access_token refresh_token } } } }`,
      { p: defaultPassword },
      {},
    );
    const tokenSet = signIn.signInByAccountPassword!.tokenSet as { access_token: string; refresh_token: string };
    const run = (query: string) => runQuery(gateway, query, {}, { authorization: admin.authorization });
    const organization = await run(`mutation { createOrganization(code: "seedorg", name: "Seed org") { __typename } }`);
    const department = await run(
      `mutation { createDepartment(organizationCode: "seedorg", code: "seeddept", name: "Seed department") { __typename ... on Department { departmentId } } }`,
    );
    const departmentId = String(department.createDepartment!.departmentId);
    await run(
      `mutation { addDepartmentMembers(departmentId: "${departmentId}", userIds: ["${user.id}"]) { __typename } }`,
    );
    await run(`mutation { createRole(code: "seedrole", name: "Seed role") { __typename } }`);
    await run(
      `mutation { assignRole(code: "seedrole", targets: [{ targetType: USER, targetId: "${user.id}" }]) { __typename } }`,
    );
    await run(`mutation { createGroup(code: "seedgroup", name: "Seed group") { __typename } }`);
    await run(`mutation { addGroupMembers(code: "seedgroup", userIds: ["${user.id}"]) { __typename } }`);
    await run(
      `mutation { createCustomField(key: "seedfield", label: "Seed field", dataType: STRING, userEditable: true) { __typename } }`,
    );
    const { accessKey } = await gateway.identity.accessKeys.insertAccessKey(gateway.db, gateway.pool.id);
    expect(organization.createOrganization!.__typename).toBe("Organization");
    seeded = {
      userId: user.id,
      email: "seeded@example.com",
      phone: "13800000001",
      username: "seeded",
      departmentId,
      organizationCode: "seedorg",
      roleCode: "seedrole",
      groupCode: "seedgroup",
      appId: gateway.application.appId,
      accessKeyId: accessKey.accessKeyId,
      customFieldKey: "seedfield",
      accessToken: tokenSet.access_token,
      refreshToken: tokenSet.refresh_token,
    };
    callers.user = { authorization: `Bearer ${tokenSet.access_token}` };
    callers.admin = { authorization: admin.authorization };
  });
  afterAll(() => gateway?.close());

  it("no 5xx, no internal error, no invalid document; the success members are reached", async () => {
    const queries = Object.values(schema.getQueryType()!.getFields()).map((field) => ["query", field] as const);
    const mutations = Object.values(schema.getMutationType()!.getFields())
      .sort((a, b) => Number(destructive(a.name)) - Number(destructive(b.name)))
      .map((field) => ["mutation", field] as const);
    const failures: string[] = [];
    const reached = new Set<string>();
    for (const [operation, field] of [...queries, ...mutations]) {
      const document = documentFor(operation, field, seeded);
      for (const [caller, headers] of Object.entries(callers)) {
        const response = await gateway.app.fetch("http://gateway.test/graphql", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-authing-app-id": gateway.application.appId,
            "x-authing-app-secret": gateway.applicationSecret,
            ...headers,
          },
          body: JSON.stringify({ query: document }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as {
          data?: Record<string, { __typename?: string } | null>;
          errors?: { extensions?: { code?: string } }[];
        };
        const invalid = body.errors?.some(
          (error) =>
            error.extensions?.code === "GRAPHQL_VALIDATION_FAILED" || error.extensions?.code === "GRAPHQL_PARSE_FAILED",
        );
        if (response.status >= 500 || invalid || /INTERNAL_SERVER_ERROR|Unexpected error/.test(text)) {
          failures.push(`${field.name} as ${caller}: ${response.status} ${text.slice(0, 400)}`);
        }
        const typename = body.data?.[field.name]?.__typename;
        if (typename) reached.add(typename);
      }
    }
    expect(failures).toEqual([]);
    // The arguments name real rows: these success members came back, so their fields were resolved.
    expect([...reached].sort()).toEqual(
      expect.arrayContaining([
        "AccessKeysSuccess",
        "Application",
        "ApplicationsSuccess",
        "CreatedAccessKey",
        "CustomField",
        "CustomFieldsSuccess",
        "Department",
        "DepartmentList",
        "DepartmentSearch",
        "Group",
        "LoginStatus",
        "MyApplications",
        "MyDepartments",
        "MyGroups",
        "MyRoles",
        "Namespace",
        "QueryAuditLogsConnection",
        "QueryGroupsConnection",
        "QueryListDepartmentMembersConnection",
        "QueryListGroupMembersConnection",
        "QueryListRoleMembersConnection",
        "QueryOrganizationsConnection",
        "QueryRolesConnection",
        "QueryUsersConnection",
        "Role",
        "SessionStatus",
        "SignInSuccess",
        "SystemInfo",
        "TokenIntrospection",
        "TokenSet",
        "User",
        "UserLoginHistory",
        "UserPage",
      ]),
    );
  }, 300_000);
});
