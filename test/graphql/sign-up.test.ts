import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { SignUpByEmailPassword, SignUpByUsernamePassword } from "./documents.ts";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start();
});
afterAll(() => gateway.close());

const password = "a long enough passphrase";
const userCount = () => gateway.db.user.count({ where: { userPoolId: gateway.pool.id } });

describe("signUpByUsernamePassword", () => {
  it("creates the user with a hashed password, a local identity and its profile", async () => {
    const { data } = await gateway.execute(SignUpByUsernamePassword, {
      username: "Alice.Smith",
      password,
      profile: {
        nickname: "Ali",
        gender: "F",
        birthdate: "1990-04-01",
        email: "Alice@Example.COM",
        phone: "138 0000 0000",
      },
    });
    const user = data.signUpByUsernamePassword;
    expect(user.__typename).toBe("User");
    if (user.__typename !== "User") return;
    expect(user).toMatchObject({
      username: "alice.smith",
      email: "alice@example.com",
      phone: "13800000000",
      phoneCountryCode: "+86",
      nickname: "Ali",
      gender: "F",
      birthdate: "1990-04-01",
      status: "Activated",
      userSourceType: "register",
      userSourceId: gateway.application.appId,
      loginsCount: 0,
    });
    expect(user.identities).toEqual([{ provider: "authing", type: "username", userIdInIdp: user.userId }]);
    const stored = await gateway.db.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(stored.passwordHash).not.toContain(password);
    expect(stored.passwordLastSetAt).toBeInstanceOf(Date);
  });

  it("usernames are unique as a person reads them: ALICE after Alice is taken (2034), and Alice signs in as alice", async () => {
    const first = await gateway.execute(SignUpByUsernamePassword, { username: "Alice", password });
    expect(first.data.signUpByUsernamePassword).toMatchObject({ __typename: "User", username: "alice" });
    const shouted = await gateway.execute(SignUpByUsernamePassword, { username: "ALICE", password });
    expect(shouted.data.signUpByUsernamePassword).toMatchObject({ __typename: "UserExistsError", apiCode: 2034 });
    const wide = await gateway.execute(SignUpByUsernamePassword, { username: "ＡＬＩＣＥ", password });
    expect(wide.data.signUpByUsernamePassword).toMatchObject({ __typename: "UserExistsError", apiCode: 2034 });
  });

  it("refuses a username shaped like an email address or a phone number", async () => {
    for (const username of ["cfo@example.com", "13800000000", "+86 138 0000 0001"]) {
      const { data } = await gateway.execute(SignUpByUsernamePassword, { username, password });
      expect(data.signUpByUsernamePassword).toMatchObject({ __typename: "InvalidInputError", field: "username" });
    }
  });

  it("refuses a taken username with apiCode 2034, and a taken email with 2026", async () => {
    await gateway.execute(SignUpByUsernamePassword, {
      username: "bob",
      password,
      profile: { email: "bob@example.com" },
    });
    const before = await userCount();
    const sameName = await gateway.execute(SignUpByUsernamePassword, { username: "bob", password });
    expect(sameName.data.signUpByUsernamePassword).toMatchObject({
      __typename: "UserExistsError",
      statusCode: 400,
      apiCode: 2034,
      field: "username",
      message: "This username is already taken.",
    });
    const sameEmail = await gateway.execute(SignUpByEmailPassword, { email: "BOB@example.com", password });
    expect(sameEmail.data.signUpByEmailPassword).toMatchObject({
      __typename: "UserExistsError",
      apiCode: 2026,
      field: "email",
    });
    expect(await userCount()).toBe(before);
  });

  it.each([
    ["", "InvalidInputError", 1002],
    [" ", "InvalidInputError", 1002],
    ["x".repeat(65), "InvalidInputError", 1002],
    ["has space", "InvalidInputError", 1002],
    ["-leadingdash", "InvalidInputError", 1002],
    ["semi;colon", "InvalidInputError", 1002],
  ])("refuses the malformed username %j without writing a row", async (username, typename, apiCode) => {
    const before = await userCount();
    const { data, status } = await gateway.execute(SignUpByUsernamePassword, { username, password });
    expect(status).toBe(200);
    expect(data.signUpByUsernamePassword).toMatchObject({
      __typename: typename,
      apiCode,
      statusCode: 400,
      field: "username",
    });
    expect(await userCount()).toBe(before);
  });

  it.each([
    ["short", "TOO_SHORT", "at least 8"],
    ["x".repeat(129), "TOO_LONG", "at most 128"],
    ["", "REQUIRED", "required"],
    ["password123", "BLOCKLISTED", "commonly used"],
    ["iloveyou2", "BLOCKLISTED", "commonly used"],
    ["carol-the-user", "CONTAINS_ACCOUNT", "username"],
  ])("refuses the password %j (%s) and says why", async (weak, reason, says) => {
    const before = await userCount();
    const { data } = await gateway.execute(SignUpByUsernamePassword, { username: "carol-the-user", password: weak });
    expect(data.signUpByUsernamePassword).toMatchObject({ __typename: "PasswordPolicyError", apiCode: 2029, reason });
    if (data.signUpByUsernamePassword.__typename === "PasswordPolicyError") {
      expect(data.signUpByUsernamePassword.message).toContain(says);
    }
    expect(await userCount()).toBe(before);
  });

  it("accepts long Unicode passphrases and counts characters, not bytes", async () => {
    const { data } = await gateway.execute(SignUpByUsernamePassword, {
      username: "unicode",
      password: "密码密码密码密码",
    });
    expect(data.signUpByUsernamePassword.__typename).toBe("User");
  });

  it("validates profile fields: bad birthdate, bad URL, bad phone, bad email", async () => {
    const cases = [
      [{ birthdate: "1990-02-30" }, "birthdate"],
      [{ website: "javascript:alert(1)" }, "website"],
      [{ phone: "12ab" }, "phone"],
      [{ email: "not-an-email" }, "email"],
      [{ nickname: "n".repeat(256) }, "nickname"],
    ] as const;
    for (const [profile, field] of cases) {
      const { data } = await gateway.execute(SignUpByUsernamePassword, { username: `p-${field}`, password, profile });
      expect(data.signUpByUsernamePassword, field).toMatchObject({ __typename: "InvalidInputError", field });
    }
  });

  it("stores typed custom data for user-editable fields and refuses unknown keys or wrong types", async () => {
    await gateway.db.customFieldDefinition.createMany({
      data: [
        { userPoolId: gateway.pool.id, key: "age", label: "Age", dataType: "NUMBER", userEditable: true },
        { userPoolId: gateway.pool.id, key: "vip", label: "VIP", dataType: "BOOLEAN", userEditable: false },
      ],
    });
    const ok = await gateway.execute(SignUpByUsernamePassword, {
      username: "custom-ok",
      password,
      profile: { customData: { age: 41 } },
    });
    expect(ok.data.signUpByUsernamePassword).toMatchObject({ __typename: "User", customData: { age: 41 } });
    const wrongType = await gateway.execute(SignUpByUsernamePassword, {
      username: "custom-bad",
      password,
      profile: { customData: { age: "old" } },
    });
    expect(wrongType.data.signUpByUsernamePassword).toMatchObject({
      __typename: "InvalidInputError",
      field: "customData.age",
    });
    const notEditable = await gateway.execute(SignUpByUsernamePassword, {
      username: "custom-vip",
      password,
      profile: { customData: { vip: true } },
    });
    expect(notEditable.data.signUpByUsernamePassword).toMatchObject({
      __typename: "InvalidInputError",
      field: "customData.vip",
    });
    expect(await gateway.db.user.count({ where: { username: { in: ["custom-bad", "custom-vip"] } } })).toBe(0);
  });

  it("answers in the caller's language", async () => {
    const { data } = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "bob", password },
      { "x-authing-lang": "zh-CN" },
    );
    expect(data.signUpByUsernamePassword).toMatchObject({ apiCode: 2034, message: "用户名已存在。" });
    const viaAccept = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "bob", password },
      { "accept-language": "zh-Hans;q=0.9, fr;q=0.8" },
    );
    expect(viaAccept.data.signUpByUsernamePassword).toMatchObject({ message: "用户名已存在。" });
    const traditional = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "bob", password },
      { "x-authing-lang": "zh-TW" },
    );
    expect(traditional.data.signUpByUsernamePassword).toMatchObject({ message: "使用者名稱已存在。" });
    const japanese = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "bob", password },
      { "accept-language": "ja-JP,ja;q=0.9" },
    );
    expect(japanese.data.signUpByUsernamePassword).toMatchObject({ message: "このユーザー名は既に使用されています。" });
  });

  it("is refused when the pool disables registration (2031)", async () => {
    await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { registrationDisabled: true } });
    try {
      const { data } = await gateway.execute(SignUpByUsernamePassword, { username: "latecomer", password });
      expect(data.signUpByUsernamePassword).toMatchObject({
        __typename: "RegistrationDisabledError",
        apiCode: 2031,
        statusCode: 403,
      });
    } finally {
      await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { registrationDisabled: false } });
    }
  });
});

describe("signUpByEmailPassword", () => {
  it("stores the email lower-cased and unverified", async () => {
    const { data } = await gateway.execute(SignUpByEmailPassword, { email: "  Dana@Example.org ", password });
    expect(data.signUpByEmailPassword).toMatchObject({
      __typename: "User",
      email: "dana@example.org",
      emailVerified: false,
      username: null,
    });
  });

  it.each(["", "dana", "dana@", "@example.org", "da na@example.org", "dana@example", `${"x".repeat(65)}@example.org`])(
    "refuses the malformed email %j with apiCode 2003",
    async (email) => {
      const { data } = await gateway.execute(SignUpByEmailPassword, { email, password });
      const result = data.signUpByEmailPassword;
      expect(result.__typename).toBe("InvalidInputError");
      expect(result).toMatchObject({ field: "email" });
      if (email) expect(result).toMatchObject({ apiCode: 2003 });
    },
  );
});

describe("the application header", () => {
  it("is required, and an unknown application is a typed error (2011)", async () => {
    const missing = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "nobody", password },
      { "x-authing-app-id": "" },
    );
    expect(missing.data.signUpByUsernamePassword).toMatchObject({
      __typename: "UnknownApplicationError",
      apiCode: 2011,
      statusCode: 404,
      message: "Name the application in the x-authing-app-id header.",
    });
    const unknown = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "nobody", password },
      { "x-authing-app-id": "f".repeat(24) },
    );
    expect(unknown.data.signUpByUsernamePassword).toMatchObject({
      __typename: "UnknownApplicationError",
      apiCode: 2011,
    });
    expect(await gateway.db.user.count({ where: { username: "nobody" } })).toBe(0);
  });

  it("echoes a well-formed x-request-id in the header and in errors", async () => {
    const { data, headers } = await gateway.execute(
      SignUpByUsernamePassword,
      { username: "bob", password },
      { "x-request-id": "trace-123" },
    );
    expect(headers.get("x-request-id")).toBe("trace-123");
    expect(data.signUpByUsernamePassword).toMatchObject({ requestId: "trace-123" });
  });
});
