// GenAuth's REST v3 management routes for users, driven by the official Node SDK's ManagementClient (which signs
// every request with the access key, HMAC-SHA1 over its own string to sign) against a gateway on a real port;
// the Python SDK's way in (get-management-token, the pool read from the token, Bearer, `True` flags, repeated
// list parameters) by plain HTTP; and the same read through GraphQL, compared.
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuery } from "../helpers/admin.ts";
import type { TestGateway } from "../helpers/gateway.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
let gateway: TestGateway;
let origin: string;
let key: SdkGateway["key"];
const password = "a long enough passphrase";

beforeAll(async () => {
  sdk = await startSdkGateway();
  ({ gateway, origin, key } = sdk);
});
afterAll(() => sdk?.close());

const management = (secret?: string) => sdk.management(secret);

// biome-ignore lint/suspicious/noExplicitAny: each route's data differs; the assertions say what it must be
type Envelope = { statusCode: number; apiCode?: number; message: string; data: any };

/** A request as GenAuth's Python SDK sends it: JSON without its None members, or GET parameters. */
async function pythonStyle(method: "GET" | "POST", path: string, token: string, input: Record<string, unknown>) {
  const url = new URL(`${origin}/api/v3/${path}`);
  if (method === "GET")
    for (const [name, value] of Object.entries(input))
      for (const item of [value].flat()) url.searchParams.append(name, String(item));
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "x-authing-userpool-id": decodeJwt(token).scoped_userpool_id as string,
      "x-authing-request-from": "sdk",
      "x-authing-lang": "",
      ...(method === "POST" ? { "content-type": "application/json" } : {}),
    },
    body: method === "POST" ? JSON.stringify(input) : undefined,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Envelope;
}

describe("REST v3 user management through authing-node-sdk's ManagementClient", () => {
  it("creates, reads, lists, updates and deletes users with signed requests", async () => {
    const client = management();
    const created = await client.createUser({
      username: "mgmt-alice",
      email: "Alice@Example.com",
      emailVerified: true,
      password,
      nickname: "Al",
      gender: "F" as never,
      options: { resetPasswordOnFirstLogin: true },
    });
    expect(created).toMatchObject({
      statusCode: 200,
      data: {
        username: "mgmt-alice",
        email: "alice@example.com",
        emailVerified: true,
        nickname: "Al",
        gender: "F",
        resetPasswordOnNextLogin: true,
      },
    });
    const userId = created.data.userId;

    const byEmail = await client.getUser({ userId: "alice@example.com", userIdType: "email", withCustomData: true });
    expect(byEmail).toMatchObject({ statusCode: 200, data: { userId, customData: {} } });

    const batch = await client.createUsersBatch({
      list: [
        { username: "mgmt-bob", password },
        { username: "mgmt-carol", phone: "13800000001" },
      ],
    } as never);
    expect(batch.statusCode).toBe(200);
    expect(batch.data.map((user) => user.username)).toEqual(["mgmt-bob", "mgmt-carol"]);

    const many = await client.getUserBatch({ userIds: [batch.data[1]!.userId, userId, "unknown-id"] });
    expect(many.data.map((user: { userId: string }) => user.userId)).toEqual([batch.data[1]!.userId, userId]);

    const page = await client.listUsers({
      keywords: "mgmt",
      options: { pagination: { page: 1, limit: 2 }, sort: [{ field: "username" as never, order: "asc" as never }] },
    });
    expect(page).toMatchObject({ statusCode: 200, data: { totalCount: 3 } });
    expect(page.data.list.map((user) => user.username)).toEqual(["mgmt-alice", "mgmt-bob"]);
    const legacy = await client.listUsersLegacy({ page: 2, limit: 2, withDepartmentIds: true });
    expect(legacy.data).toMatchObject({ totalCount: 3, list: [{ departmentIds: [] }] });

    const updated = await client.updateUser({ userId, nickname: "Alice", status: "Suspended" as never });
    expect(updated).toMatchObject({ statusCode: 200, data: { nickname: "Alice", status: "Suspended" } });
    expect((await client.isUserExists({ username: "mgmt-bob" })).data).toEqual({ exists: true });
    expect((await client.isUserExists({ email: "nobody@example.com" })).data).toEqual({ exists: false });

    const deleted = await client.deleteUsersBatch({ userIds: [batch.data[0]!.userId] });
    expect(deleted).toMatchObject({ statusCode: 200, data: { success: true } });
    expect(await gateway.db.user.count({ where: { id: batch.data[0]!.userId } })).toBe(0);
  });

  it("tells a session apart, ends it by application, and reads the sign-ins and what the user holds", async () => {
    const client = management();
    const { data: user } = await client.createUser({ username: "mgmt-dave", password });
    const auth = sdk.authentication();
    const signedIn = await auth.signInByUsernamePassword({ username: "mgmt-dave", password });
    expect(signedIn.statusCode).toBe(200);

    const appId = gateway.application.appId;
    expect((await client.checkSessionStatus({ userId: user.userId, appId })).data).toEqual({ status: true });
    const history = await client.getUserLoginHistory({ userId: user.userId });
    expect(history.data).toMatchObject({ totalCount: 1, list: [{ appId, success: true }] });

    expect(await client.kickUsers({ userId: user.userId, appIds: [appId] })).toMatchObject({ statusCode: 200 });
    expect((await client.checkSessionStatus({ userId: user.userId, appId })).data).toEqual({ status: false });
    auth.setAccessToken(signedIn.data.access_token ?? "");
    expect((await auth.getProfile({})).statusCode).toBe(401);

    const namespace = await gateway.db.namespace.create({
      data: { userPoolId: gateway.pool.id, code: "mgmt-ns", name: "Management" },
    });
    await gateway.db.role.create({
      data: {
        userPoolId: gateway.pool.id,
        namespaceId: namespace.id,
        code: "auditor",
        users: { create: { userId: user.userId } },
      },
    });
    const roles = await client.getUserRoles({ userId: user.userId });
    expect(roles.data).toMatchObject({ totalCount: 1, list: [{ code: "auditor", namespace: "mgmt-ns" }] });
    expect((await client.getUserGroups({ userId: user.userId })).data).toEqual({ totalCount: 0, list: [] });
    expect((await client.getUserDepartments({ userId: user.userId })).data).toEqual({ totalCount: 0, list: [] });
    const identities = await client.getUserIdentities({ userId: user.userId });
    expect(identities.data).toEqual([expect.objectContaining({ provider: "authing", userIdInIdp: user.userId })]);
  });

  it("answers bad input and a bad signature with the envelope (HTTP 200), and writes nothing", async () => {
    const client = management();
    const empty = await client.createUser({});
    expect(empty).toMatchObject({ statusCode: 400, apiCode: expect.any(Number), message: expect.any(String) });
    const imported = await client.createUser({ username: "mgmt-hash", password: "$2b$10$abc", salt: "s" });
    expect(imported).toMatchObject({ statusCode: 400, message: expect.stringContaining("salt") });
    const unknown = await client.getUser({ userId: "no-such-user" });
    expect(unknown).toMatchObject({ statusCode: 404 });
    const filter = await client.listUsers({
      advancedFilter: [{ field: "loginsCount", operator: "GREATER" as never, value: 3 }],
    });
    expect(filter).toMatchObject({ statusCode: 400, message: expect.stringContaining("loginsCount") });
    const badPage = await client.listUsersLegacy({ page: 0 });
    expect(badPage).toMatchObject({ statusCode: 400 });

    const forged = await management("not the secret").createUser({ username: "mgmt-forged", password });
    expect(forged).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(await gateway.db.user.count({ where: { username: { in: ["mgmt-hash", "mgmt-forged"] } } })).toBe(0);

    const anonymous = await fetch(`${origin}/api/v3/get-user?userId=x`);
    expect(await anonymous.json()).toMatchObject({ statusCode: 401 });
  });
});

describe("REST v3 management as GenAuth's Python SDK calls it", () => {
  it("buys a management token, reads the pool from it, and sends Bearer with Python's spellings", async () => {
    const bought = await fetch(`${origin}/api/v3/get-management-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(key),
    }).then((response) => response.json() as Promise<Envelope>);
    expect(bought).toMatchObject({ statusCode: 200, data: { access_token: expect.any(String), expires_in: 3600 } });
    const token = bought.data.access_token as string;
    expect(decodeJwt(token).scoped_userpool_id).toBe(gateway.pool.id);

    const created = await pythonStyle("POST", "create-user", token, { username: "py-erin", password });
    expect(created).toMatchObject({ statusCode: 200, data: { username: "py-erin" } });
    const second = await pythonStyle("POST", "create-user", token, { username: "py-frank" });
    const batch = await pythonStyle("GET", "get-user-batch", token, {
      userIds: [created.data.userId, second.data.userId],
      withCustomData: "True",
      withIdentities: "False",
    });
    expect(
      batch.data.map((user: { username: string; customData?: object }) => [user.username, user.customData]),
    ).toEqual([
      ["py-erin", {}],
      ["py-frank", {}],
    ]);
    const garbledFlag = await pythonStyle("GET", "get-user", token, {
      userId: created.data.userId,
      withCustomData: "yes",
    });
    expect(garbledFlag).toMatchObject({ statusCode: 400 });

    const wrongSecret = await fetch(`${origin}/api/v3/get-management-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...key, accessKeySecret: "wrong" }),
    }).then((response) => response.json() as Promise<{ statusCode: number; data: unknown }>);
    expect(wrongSecret).toMatchObject({ statusCode: expect.any(Number), data: null });
    expect(wrongSecret.statusCode).not.toBe(200);
  });

  it("answers reads sent as older Python SDKs send them: POST with a JSON body and an options object", async () => {
    const { data: token } = await fetch(`${origin}/api/v3/get-management-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(key),
    }).then((response) => response.json() as Promise<{ data: { access_token: string } }>);
    const created = await pythonStyle("POST", "create-user", token.access_token, { username: "py-old", password });
    const viaPost = await pythonStyle("POST", "get-user", token.access_token, {
      userId: created.data.userId,
      options: { withCustomData: true, withIdentities: null },
    });
    const viaGet = await pythonStyle("GET", "get-user", token.access_token, {
      userId: created.data.userId,
      withCustomData: "True",
    });
    expect(viaPost).toMatchObject({ statusCode: 200, data: { username: "py-old", customData: {} } });
    expect(viaPost.data).toEqual(viaGet.data);
    const batch = await pythonStyle("POST", "get-user-batch", token.access_token, {
      userIds: [created.data.userId],
      options: null,
    });
    expect(batch.data.map((user: { userId: string }) => user.userId)).toEqual([created.data.userId]);
    const bad = await pythonStyle("POST", "get-user", token.access_token, { options: { withCustomData: "maybe" } });
    expect(bad).toMatchObject({ statusCode: 400 });
  });

  it("get-user answers what GraphQL's user answers for the same user", async () => {
    const client = management();
    const { data: rest } = await client.getUser({ userId: "py-erin", userIdType: "username" });
    const { data: token } = await fetch(`${origin}/api/v3/get-management-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(key),
    }).then((response) => response.json() as Promise<{ data: { access_token: string } }>);
    const graphql = await runQuery(
      gateway,
      `query ($id: String!) { user(userId: $id, userIdType: username) { __typename ... on User { userId username email phone status loginsCount emailVerified createdAt } } }`,
      { id: "py-erin" },
      { authorization: `Bearer ${token.access_token}` },
    );
    const { __typename, ...fields } = graphql.user as Record<string, unknown>;
    expect(__typename).toBe("User");
    expect(Object.fromEntries(Object.keys(fields).map((name) => [name, rest[name as keyof typeof rest]]))).toEqual(
      fields,
    );
  });
});
