import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword } from "./documents.ts";

let gateway: TestGateway;
let admin: Record<string, string>;
let accessKeyId: string;

beforeAll(async () => {
  gateway = await TestGateway.start();
  const access = await adminHeaders(gateway);
  accessKeyId = access.accessKeyId;
  admin = { authorization: access.authorization, "x-request-id": "admin-req-1" };
});
afterAll(() => gateway.close());

const run = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) =>
  runQuery(gateway, query, variables, headers);
const errorFields =
  "... on Error { statusCode apiCode message } ... on InvalidInputError { field } ... on UserExistsError { field }";
const createUser = (input: Record<string, unknown>) =>
  run(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ... on User { userId username email emailVerified externalId userSourceType status } ${errorFields} } }`,
    { input },
  ).then((d) => d.createUser!);
/** Creates a user that must succeed, and returns its id. */
async function createdUserId(input: Record<string, unknown>): Promise<string> {
  const result = await createUser(input);
  if (result.__typename !== "User") throw new Error(JSON.stringify(result));
  return result.userId as string;
}

async function signIn(account: string, password = defaultPassword) {
  const { data } = await gateway.execute(SignInByAccountPassword, {
    account,
    password,
    options: { scope: "openid offline_access" },
  });
  return data.signInByAccountPassword;
}

describe("createUser and updateUser", () => {
  it("creates users with verified identifiers and an external id, and refuses duplicates and weak passwords", async () => {
    const created = await createUser({
      username: "ada",
      email: "Ada@Example.com",
      emailVerified: true,
      password: defaultPassword,
      externalId: "hr-1",
      nickname: "Ada",
    });
    expect(created).toMatchObject({
      __typename: "User",
      username: "ada",
      email: "ada@example.com",
      emailVerified: true,
      externalId: "hr-1",
      userSourceType: "adminCreated",
      status: "Activated",
    });
    expect((await signIn("ada")).__typename).toBe("SignInSuccess");
    expect(await createUser({ username: "ada" })).toMatchObject({ __typename: "UserExistsError", apiCode: 2034 });
    expect(await createUser({ username: "ada2", externalId: "hr-1" })).toMatchObject({
      __typename: "UserExistsError",
      field: "externalId",
    });
    expect(await createUser({ username: "weak", password: "password" })).toMatchObject({
      __typename: "PasswordPolicyError",
    });
    expect(await createUser({ email: "bad" })).toMatchObject({ __typename: "InvalidInputError", field: "email" });
    expect(await gateway.db.user.count({ where: { userPoolId: gateway.pool.id } })).toBe(1);
  });

  it("updates profile and identifiers; a changed email is no longer verified", async () => {
    const user = { userId: await createdUserId({ username: "bo", email: "bo@example.com", emailVerified: true }) };
    const query = `mutation($userId: String!, $input: UpdateUserInput!) { updateUser(userId: $userId, input: $input) { __typename ... on User { username email emailVerified nickname } ${errorFields} } }`;
    const updated = await run(query, { userId: user.userId, input: { email: "bo.new@example.com", nickname: "Bo" } });
    expect(updated.updateUser).toEqual({
      __typename: "User",
      username: "bo",
      email: "bo.new@example.com",
      emailVerified: false,
      nickname: "Bo",
    });
    const taken = await run(query, { userId: user.userId, input: { username: "ada" } });
    expect(taken.updateUser).toMatchObject({ __typename: "UserExistsError", apiCode: 2034 });
    const unknown = await run(query, { userId: "00000000-0000-0000-0000-000000000000", input: { nickname: "x" } });
    expect(unknown.updateUser).toMatchObject({ __typename: "UserNotFoundError", apiCode: 2004 });
  });
});

describe("status, passwords and sessions", () => {
  it("setUserStatus Suspended ends sessions for good; Activated lets the user sign in again", async () => {
    const user = { userId: await createdUserId({ username: "cy", password: defaultPassword }) };
    const before = await signIn("cy");
    if (before.__typename !== "SignInSuccess") throw new Error("sign-in failed");
    const statusQuery = `mutation($userId: String!, $status: UserStatus!) { setUserStatus(userId: $userId, status: $status) { __typename ... on User { status } } }`;
    expect((await run(statusQuery, { userId: user.userId, status: "Suspended" })).setUserStatus).toEqual({
      __typename: "User",
      status: "Suspended",
    });
    expect((await signIn("cy")).__typename).toBe("InvalidCredentialsError");
    await run(statusQuery, { userId: user.userId, status: "Activated" });
    expect(
      (await gateway.execute(Me, undefined, { authorization: before.tokenSet.access_token })).data.me,
    ).toMatchObject({ reason: "revoked" });
    expect((await signIn("cy")).__typename).toBe("SignInSuccess");
  });

  it("resetUserPassword sets a new password and signs the user out; kickUsers ends sessions", async () => {
    const user = { userId: await createdUserId({ username: "di", password: defaultPassword }) };
    const session = await signIn("di");
    if (session.__typename !== "SignInSuccess") throw new Error("sign-in failed");
    const reset = await run(
      `mutation($userId: String!) { resetUserPassword(userId: $userId, password: "an admin set passphrase") { __typename ${errorFields} } }`,
      { userId: user.userId },
    );
    expect(reset.resetUserPassword).toEqual({ __typename: "Success" });
    expect(
      (await gateway.execute(Me, undefined, { authorization: session.tokenSet.access_token })).data.me,
    ).toMatchObject({ reason: "revoked" });
    expect((await signIn("di", "an admin set passphrase")).__typename).toBe("SignInSuccess");

    const fresh = await signIn("di", "an admin set passphrase");
    if (fresh.__typename !== "SignInSuccess") throw new Error("sign-in failed");
    const status = async (appId?: string) =>
      (
        await run(
          `query($userId: String!, $appId: String) { checkSessionStatus(userId: $userId, appId: $appId) { __typename ... on SessionStatus { active activeSessionCount } ... on Error { statusCode apiCode } } }`,
          { userId: user.userId, appId },
        )
      ).checkSessionStatus;
    expect(await status()).toEqual({ __typename: "SessionStatus", active: true, activeSessionCount: 2 });
    expect(await status(gateway.application.appId)).toEqual({
      __typename: "SessionStatus",
      active: true,
      activeSessionCount: 2,
    });
    const other = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "other" });
    expect(await status(other.application.appId)).toEqual({
      __typename: "SessionStatus",
      active: false,
      activeSessionCount: 0,
    });
    expect(await status("no-such-app")).toMatchObject({ __typename: "ResourceNotFoundError", statusCode: 404 });
    expect(
      (await run(`mutation($ids: [String!]!) { kickUsers(userIds: $ids) { __typename } }`, { ids: [user.userId] }))
        .kickUsers,
    ).toEqual({ __typename: "Success" });
    expect(
      (await gateway.execute(Me, undefined, { authorization: fresh.tokenSet.access_token })).data.me,
    ).toMatchObject({ reason: "revoked" });
    expect(await status()).toEqual({ __typename: "SessionStatus", active: false, activeSessionCount: 0 });
  });
});

describe("deleteUsersBatch", () => {
  it("deletes all or nothing, and refuses oversized batches", async () => {
    const ids = [];
    for (const name of ["e1", "e2", "e3"]) ids.push(await createdUserId({ username: name }));
    const query = `mutation($ids: [String!]!) { deleteUsersBatch(userIds: $ids) { __typename ${errorFields} } }`;
    const withUnknown = await run(query, { ids: [...ids, "00000000-0000-0000-0000-000000000000"] });
    expect(withUnknown.deleteUsersBatch).toMatchObject({ __typename: "UserNotFoundError" });
    expect(await gateway.db.user.count({ where: { id: { in: ids } } })).toBe(3);
    const tooMany = await run(query, { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) });
    expect(tooMany.deleteUsersBatch).toMatchObject({ __typename: "InvalidInputError", field: "userIds" });
    expect((await run(query, { ids })).deleteUsersBatch).toEqual({ __typename: "Success" });
    expect(await gateway.db.user.count({ where: { id: { in: ids } } })).toBe(0);
  });
});

describe("isUserExists, login history and the audit log", () => {
  it("isUserExists answers by any identifier", async () => {
    const exists = (args: string) =>
      run(
        `{ isUserExists${args ? `(${args})` : ""} { __typename ... on IsUserExistsSuccess { exists } ... on Error { apiCode } } }`,
      ).then((d) => d.isUserExists);
    expect(await exists('username: "ada"')).toEqual({ __typename: "IsUserExistsSuccess", exists: true });
    expect(await exists('email: "ADA@example.com"')).toEqual({ __typename: "IsUserExistsSuccess", exists: true });
    expect(await exists('externalId: "hr-1"')).toEqual({ __typename: "IsUserExistsSuccess", exists: true });
    expect(await exists('username: "nobody"')).toEqual({ __typename: "IsUserExistsSuccess", exists: false });
    expect(await exists("")).toMatchObject({ __typename: "InvalidInputError" });
  });

  it("getUserLoginHistory lists sign-ins newest first", async () => {
    await signIn("ada", "wrong passphrase here");
    const ada = await gateway.db.user.findFirstOrThrow({ where: { userPoolId: gateway.pool.id, username: "ada" } });
    const { getUserLoginHistory } = await run(
      `query($id: String!) { getUserLoginHistory(userId: $id) { __typename ... on UserLoginHistory { entries { success apiCode method } } } }`,
      { id: ada.id },
    );
    expect(getUserLoginHistory).toMatchObject({ __typename: "UserLoginHistory" });
    const entries = (getUserLoginHistory as unknown as { entries: { success: boolean; apiCode: number | null }[] })
      .entries;
    expect(entries[0]).toMatchObject({ success: false, apiCode: 2333, method: "password" });
    expect(entries.some((entry) => entry.success)).toBe(true);
  });

  it("records who did what to whom, with before/after summaries and the request id, and never a password", async () => {
    const { auditLogs } = await run(
      `{ auditLogs(first: 100) { __typename ... on QueryAuditLogsConnection { edges { node { actorType actorId action targetType targetId before after requestId } } } } }`,
    );
    const entries = (auditLogs as unknown as { edges: { node: Record<string, unknown> }[] }).edges.map(
      (edge) => edge.node,
    );
    const actions = entries.map((entry) => entry.action);
    for (const action of [
      "user.create",
      "user.update",
      "user.setStatus",
      "user.resetPassword",
      "user.kick",
      "user.delete",
    ])
      expect(actions).toContain(action);
    expect(
      entries.every(
        (entry) =>
          entry.actorType === "access_key" && entry.actorId === accessKeyId && entry.requestId === "admin-req-1",
      ),
    ).toBe(true);
    const update = entries.find(
      (entry) => entry.action === "user.update" && (entry.after as { email?: string }).email === "bo.new@example.com",
    )!;
    expect(update.before).toMatchObject({ email: "bo@example.com" });
    expect(JSON.stringify(entries)).not.toMatch(/passphrase|argon2/);
    // Failed changes leave no entry.
    expect(entries.filter((entry) => entry.action === "user.delete")).toHaveLength(3);
  });
});
