import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";
import { CreateUsersBatch } from "./management-documents.ts";

let gateway: TestGateway;
let admin: Record<string, string>;

beforeAll(async () => {
  gateway = await TestGateway.start();
  admin = { authorization: (await adminHeaders(gateway)).authorization };
  await gateway.db.customFieldDefinition.create({
    data: { userPoolId: gateway.pool.id, key: "level", label: "Level", dataType: "NUMBER" },
  });
  await createUser(gateway, { username: "existing", email: "existing@example.com" });
});
afterAll(() => gateway.close());

const usersOfPool = () => gateway.db.user.count({ where: { userPoolId: gateway.pool.id } });
async function batch(users: Record<string, unknown>[]) {
  const response = await gateway.execute(CreateUsersBatch, { users: users as never }, admin);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.createUsersBatch;
}

describe("createUsersBatch", () => {
  it("creates every user in order, with identities, custom data and an audit entry each; they can sign in", async () => {
    const before = await usersOfPool();
    const result = await batch([
      { username: "b1", password: defaultPassword, customData: { level: 3 } },
      { email: "B2@Example.com", emailVerified: true },
      { phone: "13900000001", username: "b3" },
    ]);
    if (result.__typename !== "CreateUsersBatchSuccess") throw new Error(JSON.stringify(result));
    expect(result.data.map((user) => [user.username, user.email, user.phone])).toEqual([
      ["b1", null, null],
      [null, "b2@example.com", null],
      ["b3", null, "13900000001"],
    ]);
    expect(result.data[0]!.customData).toEqual({ level: 3 });
    expect(await usersOfPool()).toBe(before + 3);
    const ids = result.data.map((user) => user.userId);
    expect(await gateway.db.identity.count({ where: { userId: { in: ids } } })).toBe(3);
    expect(await gateway.db.auditLog.count({ where: { action: "user.create", targetId: { in: ids } } })).toBe(3);
    expect(
      (await gateway.execute(SignInByAccountPassword, { account: "b1", password: defaultPassword })).data
        .signInByAccountPassword.__typename,
    ).toBe("SignInSuccess");
  });

  it("reports each refused item by index and writes nothing", async () => {
    const before = await usersOfPool();
    const auditsBefore = await gateway.db.auditLog.count({ where: { userPoolId: gateway.pool.id } });
    const result = await batch([
      { username: "fresh-1" },
      { username: "existing" },
      { email: "not-an-email" },
      { username: "fresh-2", password: "short" },
      { username: "fresh-3", email: "DUP@example.com" },
      { username: "fresh-4", email: "dup@example.com" },
      { username: "fresh-5", customData: { level: "high" } },
      { email: "Existing@Example.com" },
    ]);
    if (result.__typename !== "BatchFailedError") throw new Error(JSON.stringify(result));
    expect(result).toMatchObject({ statusCode: 400, apiCode: 2414 });
    expect(result.message).toContain("6 of the 8");
    expect(result.failures[0]).toMatchObject({
      statusCode: 400,
      apiCode: 2034,
      message: expect.stringContaining("username"),
    });
    expect(result.failures.map((failure) => [failure.index, failure.errorType, failure.field])).toEqual([
      [1, "UserExistsError", "username"],
      [2, "InvalidInputError", "email"],
      [3, "PasswordPolicyError", "TOO_SHORT"],
      [5, "UserExistsError", "email"],
      [6, "InvalidInputError", "customData.level"],
      [7, "UserExistsError", "email"],
    ]);
    expect(await usersOfPool()).toBe(before);
    expect(await gateway.db.auditLog.count({ where: { userPoolId: gateway.pool.id } })).toBe(auditsBefore);
  });

  it("refuses an empty or oversized batch with a typed error", async () => {
    expect(await batch([])).toMatchObject({ __typename: "InvalidInputError", field: "users" });
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ username: `many-${i}` }));
    expect(await batch(tooMany)).toMatchObject({ __typename: "InvalidInputError", field: "users", statusCode: 400 });
    expect(
      await gateway.db.user.count({ where: { userPoolId: gateway.pool.id, username: { startsWith: "many-" } } }),
    ).toBe(0);
  });

  it("creates a full batch of 100", async () => {
    const result = await batch(
      Array.from({ length: 100 }, (_, i) => ({ username: `hundred-${i}`, email: `hundred-${i}@example.com` })),
    );
    expect(result.__typename).toBe("CreateUsersBatchSuccess");
    expect(
      await gateway.db.user.count({ where: { userPoolId: gateway.pool.id, username: { startsWith: "hundred-" } } }),
    ).toBe(100);
  });
});
