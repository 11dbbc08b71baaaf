// GenAuth's REST v3 management routes for the pool's configuration (applications, custom fields and data,
// access keys, the audit log), driven by the official Node SDK's ManagementClient against a gateway on a real
// port.
import { AuthenticationClient, ManagementClient } from "authing-node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
beforeAll(async () => {
  sdk = await startSdkGateway();
});
afterAll(() => sdk?.close());

const password = "a long enough passphrase";

describe("applications through ManagementClient", () => {
  it("creates one (its secret answered once), reads, lists, updates, rotates the secret and deletes it", async () => {
    const client = sdk.management();
    const created = await client.createApplication({
      appName: "Billing portal",
      appDescription: "invoices",
      redirectUris: ["https://billing.example.com/callback"],
      oidcConfig: { access_token_expires_in: 600 } as never,
    });
    expect(created).toMatchObject({
      statusCode: 200,
      data: {
        appName: "Billing portal",
        appDescription: "invoices",
        appType: "web",
        defaultProtocol: "oidc",
        redirectUris: ["https://billing.example.com/callback"],
        oidcConfig: { access_token_expires_in: 600 },
      },
    });
    const { appId, appSecret } = created.data as typeof created.data & { appSecret: string };
    expect(appSecret).toEqual(expect.any(String));

    // The secret it answered is the application's: a user signs in through it.
    await client.createUser({ username: "app-user", password });
    const viaNewApp = () =>
      new AuthenticationClient({ appId, appSecret: secret, appHost: sdk.origin }).signInByUsernamePassword({
        username: "app-user",
        password,
      });
    let secret = appSecret;
    expect((await viaNewApp()).statusCode).toBe(200);

    expect((await client.getApplication({ appId })).data).toMatchObject({ appId, appName: "Billing portal" });
    const listed = await client.listApplications({ keywords: "billing" });
    expect(listed.data).toMatchObject({ totalCount: 1, list: [{ appId }] });
    expect((await client.listApplications({})).data.totalCount).toBe(2);

    const updated = await client.updateApplication({
      appId,
      appName: "Billing",
      logoutRedirectUris: ["https://billing.example.com/bye"],
    });
    expect(updated).toMatchObject({ statusCode: 200, data: { success: true } });
    expect((await client.getApplication({ appId })).data).toMatchObject({
      appName: "Billing",
      logoutRedirectUris: ["https://billing.example.com/bye"],
    });

    const rotated = await client.refreshApplicationSecret({ appId });
    expect(rotated.data.secret).toEqual(expect.any(String));
    expect((await viaNewApp()).statusCode).not.toBe(200);
    secret = rotated.data.secret;
    expect((await viaNewApp()).statusCode).toBe(200);

    expect(await client.deleteApplication({ appId })).toMatchObject({ data: { success: true } });
    expect((await client.getApplication({ appId })).statusCode).toBe(404);
  });

  it("refuses protocols and settings it does not have, and bad redirect URIs, writing nothing", async () => {
    const client = sdk.management();
    const before = await sdk.gateway.db.application.count();
    const saml = await client.createApplication({ appName: "SAML", samlProviderEnabled: true });
    expect(saml).toMatchObject({ statusCode: 400, message: expect.stringContaining("samlProviderEnabled") });
    const native = await client.createApplication({ appName: "Native", appType: "native" as never });
    expect(native).toMatchObject({ statusCode: 400, message: expect.stringContaining("appType") });
    const badUri = await client.createApplication({ appName: "Bad", redirectUris: ["javascript:alert(1)"] });
    expect(badUri).toMatchObject({ statusCode: 400 });
    expect(await sdk.gateway.db.application.count()).toBe(before);
  });
});

describe("custom fields and data through ManagementClient", () => {
  it("declares and updates user fields, sets and reads a user's values", async () => {
    const client = sdk.management();
    const declared = await client.setCustomFields({
      list: [
        { targetType: "USER" as never, key: "employeeNumber", dataType: "NUMBER" as never, label: "Employee no." },
        { targetType: "USER" as never, key: "team", dataType: "STRING" as never, label: "Team", userEditable: true },
      ],
    });
    expect(declared.statusCode).toBe(200);
    expect(declared.data.map((field) => [field.key, field.dataType, field.userEditable])).toEqual([
      ["employeeNumber", "NUMBER", false],
      ["team", "STRING", true],
    ]);
    const relabelled = await client.setCustomFields({
      list: [{ targetType: "USER" as never, key: "team", label: "Squad" }],
    });
    expect(relabelled.data).toMatchObject([{ key: "team", label: "Squad", dataType: "STRING" }]);
    const fields = await client.getCustomFields({ targetType: "USER" as never });
    expect(fields.data.map((field) => field.key)).toEqual(["employeeNumber", "team"]);

    const { data: user } = await client.createUser({ username: "custom-user", password });
    const set = await client.setCustomData({
      targetType: "USER" as never,
      targetIdentifier: user.userId,
      list: [
        { key: "employeeNumber", value: 42 as never },
        { key: "team", value: "identity" },
      ],
    });
    expect(set).toMatchObject({ statusCode: 200, data: { success: true } });
    const data = await client.getCustomData({ targetType: "USER", targetIdentifier: user.userId } as never);
    expect(data.data).toEqual({ employeeNumber: 42, team: "identity" });
    expect((await client.getUser({ userId: user.userId, withCustomData: true })).data.customData).toEqual(data.data);
  });

  it("refuses other targets, a changed type and a wrong value type, writing nothing", async () => {
    const client = sdk.management();
    const role = await client.setCustomFields({
      list: [{ targetType: "ROLE" as never, key: "level", dataType: "NUMBER" as never }],
    });
    expect(role).toMatchObject({ statusCode: 400, message: expect.stringContaining("targetType") });
    await client.setCustomFields({
      list: [{ targetType: "USER" as never, key: "floor", dataType: "NUMBER" as never, label: "Floor" }],
    });
    const retyped = await client.setCustomFields({
      list: [
        { targetType: "USER" as never, key: "desk", dataType: "STRING" as never, label: "Desk" },
        { targetType: "USER" as never, key: "floor", dataType: "STRING" as never },
      ],
    });
    expect(retyped).toMatchObject({ statusCode: 400 });
    const keys = (await client.getCustomFields({ targetType: "USER" as never })).data.map((field) => field.key);
    expect(keys).not.toContain("desk");

    const { data: user } = await client.createUser({ username: "custom-typed", password });
    const wrongType = await client.setCustomData({
      targetType: "USER" as never,
      targetIdentifier: user.userId,
      list: [{ key: "floor", value: "third" }],
    });
    expect(wrongType).toMatchObject({ statusCode: 400, message: expect.stringContaining("floor") });
    expect((await client.getCustomData({ targetType: "USER", targetIdentifier: user.userId } as never)).data).toEqual(
      {},
    );
    const stranger = await client.getCustomData({ targetType: "USER", targetIdentifier: "no-such-user" } as never);
    expect(stranger).toMatchObject({ statusCode: 404 });
  });
});

describe("access keys and the audit log through ManagementClient", () => {
  it("creates a key whose secret signs, lists and reads keys without secrets, disables and deletes it", async () => {
    const client = sdk.management();
    const created = await client.createAccessKey({ type: "userpool" });
    expect(created.statusCode).toBe(200);
    const [key] = created.data;
    expect(key).toMatchObject({ accessKeyId: expect.any(String), accessKeySecret: expect.any(String), enable: true });
    const withNewKey = new ManagementClient({
      accessKeyId: key!.accessKeyId,
      accessKeySecret: key!.accessKeySecret,
      host: sdk.origin,
    });
    expect((await withNewKey.listUsers({})).statusCode).toBe(200);

    const listed = await client.getAccessKeyList({});
    expect(listed.data.map((entry) => entry.accessKeyId)).toEqual(
      expect.arrayContaining([sdk.key.accessKeyId, key!.accessKeyId]),
    );
    expect(listed.data.every((entry) => entry.accessKeySecret === "")).toBe(true);
    const read = await client.getAccessKey({ accessKeyId: key!.accessKeyId } as never);
    expect(read.data).toMatchObject([{ accessKeyId: key!.accessKeyId, accessKeySecret: "", status: "activated" }]);

    expect(await client.updateAccessKey({ accessKeyId: key!.accessKeyId, enable: false })).toMatchObject({
      data: { success: true },
    });
    expect((await withNewKey.listUsers({})).statusCode).toBe(401);
    expect((await client.getAccessKeyList({ status: "disabled" } as never)).data).toMatchObject([
      { accessKeyId: key!.accessKeyId, enable: false },
    ]);
    expect(await client.deleteAccessKey({ accessKeyId: key!.accessKeyId })).toMatchObject({ statusCode: 200 });
    expect((await client.getAccessKey({ accessKeyId: key!.accessKeyId } as never)).statusCode).toBe(404);
  });

  it("keeps the last active key, and a key cannot be made for a user or tenant", async () => {
    const client = sdk.management();
    const others = (await client.getAccessKeyList({})).data.filter((key) => key.accessKeyId !== sdk.key.accessKeyId);
    for (const other of others.filter((key) => key.enable))
      expect((await client.updateAccessKey({ accessKeyId: other.accessKeyId, enable: false })).statusCode).toBe(200);
    const last = await client.updateAccessKey({ accessKeyId: sdk.key.accessKeyId, enable: false });
    expect(last.statusCode).toBeGreaterThanOrEqual(400);
    expect(await client.deleteAccessKey({ accessKeyId: sdk.key.accessKeyId })).toMatchObject({
      statusCode: last.statusCode,
    });
    expect((await client.listUsers({})).statusCode).toBe(200);
    const forUser = await client.createAccessKey({ type: "user", userId: "someone" });
    expect(forUser).toMatchObject({ statusCode: 400 });
  });

  it("reads the administrator changes, filtered by operation, resource, request id and period", async () => {
    const client = sdk.management();
    const created = await client.createGroup({ code: "audited", name: "Audited", description: "", type: "static" });
    const { data: user } = await client.createUser({ username: "audited-user", password });
    await client.addGroupMembers({ code: "audited", userIds: [user.userId] });

    const all = await client.getAdminAuditLogs({ pagination: { page: 1, limit: 100 } });
    expect(all.statusCode).toBe(200);
    expect(all.data.list[0]).toMatchObject({
      operationType: "add",
      resourceType: "userGroup",
      eventDetails: "group.addMembers",
      adminUserId: sdk.key.accessKeyId,
      success: true,
    });
    const groupCreations = await client.getAdminAuditLogs({ operationType: "create", resourceType: "userGroup" });
    expect(groupCreations.data.list.map((entry) => entry.eventDetails)).toEqual(["group.create"]);
    const byRequest = await client.getAdminAuditLogs({ requestId: created.requestId });
    expect(byRequest.data).toMatchObject({ totalCount: 1, list: [{ eventDetails: "group.create" }] });
    const future = await client.getAdminAuditLogs({ start: Date.now() + 60_000 });
    expect(future.data).toEqual({ totalCount: 0, list: [] });
    expect((await client.getAdminAuditLogs({ success: false })).data.totalCount).toBe(0);
  });
});
