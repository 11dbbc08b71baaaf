import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway, issuer } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import {
  SignInByAccountPassword,
  SignInByEmailPassword,
  SignInByPhonePassword,
  SignInByUsernamePassword,
} from "./documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
let erin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  gateway = await TestGateway.start({ clock, pool: { lockAfterFailures: 4, lockDurationSecs: 600 } });
  erin = await createUser(gateway, {
    username: "erin",
    email: "erin@example.com",
    phone: "13900000001",
    profile: { name: "Erin Example" },
  });
});
afterAll(() => gateway.close());

describe("signInByAccountPassword", () => {
  it.each([["erin"], ["ERIN@example.com"], ["erin@example.com"], ["139 0000 0001"]])(
    "finds the account by %j and returns a token set and the user",
    async (account) => {
      const { data } = await gateway.execute(SignInByAccountPassword, { account, password: defaultPassword });
      const result = data.signInByAccountPassword;
      expect(result.__typename).toBe("SignInSuccess");
      if (result.__typename !== "SignInSuccess") return;
      expect(result.user.userId).toBe(erin.id);
      expect(result.tokenSet).toMatchObject({
        scope: "openid profile",
        token_type: "Bearer",
        expire_in: 7200,
        refresh_token: null,
      });
    },
  );

  it("issues an RS256 at+jwt access token and an id_token with the claims the scope grants", async () => {
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "erin",
      password: defaultPassword,
      options: { scope: "openid profile email phone username offline_access roles" },
    });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
    const { tokenSet } = data.signInByAccountPassword;
    const now = Math.floor(clock.now().getTime() / 1000);

    const header = decodeProtectedHeader(tokenSet.access_token);
    expect(header).toMatchObject({ alg: "RS256", typ: "at+jwt" });
    expect(header.kid).toBeTruthy();
    const access = decodeJwt(tokenSet.access_token);
    expect(access).toMatchObject({
      iss: issuer,
      sub: erin.id,
      aud: gateway.application.appId,
      client_id: gateway.application.appId,
      iat: now,
      exp: now + 7200,
      scope: "openid profile email phone username offline_access roles",
    });
    expect(access.jti).toMatch(/^[\w-]{20,}$/);

    const id = decodeJwt(tokenSet.id_token);
    expect(decodeProtectedHeader(tokenSet.id_token).typ).toBe("JWT");
    expect(id).toMatchObject({
      iss: issuer,
      sub: erin.id,
      aud: gateway.application.appId,
      name: "Erin Example",
      email: "erin@example.com",
      email_verified: false,
      phone_number: "+8613900000001",
      username: "erin",
      roles: [],
    });
    expect(id).not.toHaveProperty("external_id");

    expect(tokenSet.refresh_token).toMatch(/^[\w-]{43}$/);
    const stored = await gateway.db.refreshToken.findMany({ where: { userId: erin.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(tokenSet.refresh_token);
  });

  it("honours the application's token lifetime", async () => {
    await gateway.db.application.update({
      where: { id: gateway.application.id },
      data: { accessTokenLifetimeSecs: 600 },
    });
    try {
      const { data } = await gateway.execute(SignInByAccountPassword, { account: "erin", password: defaultPassword });
      expect(data.signInByAccountPassword).toMatchObject({ tokenSet: { expire_in: 600 } });
    } finally {
      await gateway.db.application.update({
        where: { id: gateway.application.id },
        data: { accessTokenLifetimeSecs: 7200 },
      });
    }
  });

  it("records the sign-in on the user and in the login history", async () => {
    const before = await gateway.db.user.findUniqueOrThrow({ where: { id: erin.id } });
    const { data } = await gateway.execute(
      SignInByAccountPassword,
      { account: "erin", password: defaultPassword, options: { clientIp: "203.0.113.7" } },
      { "x-authing-app-secret": gateway.applicationSecret },
    );
    expect(data.signInByAccountPassword).toMatchObject({
      user: { loginsCount: before.loginsCount + 1, lastIp: "203.0.113.7", lastLogin: clock.now().toISOString() },
    });
    const history = await gateway.db.loginHistory.findMany({
      where: { userId: erin.id, success: true, ip: "203.0.113.7" },
    });
    expect(history).toMatchObject([{ method: "password", applicationId: gateway.application.id }]);
  });

  it("refuses a scope without openid or with an unknown scope", async () => {
    for (const scope of ["profile", "openid admin"]) {
      const { data } = await gateway.execute(SignInByAccountPassword, {
        account: "erin",
        password: defaultPassword,
        options: { scope },
      });
      expect(data.signInByAccountPassword).toMatchObject({ __typename: "InvalidInputError", field: "scope" });
    }
  });

  it("refuses a clientIp that is not an address", async () => {
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "erin",
      password: defaultPassword,
      options: { clientIp: "evil" },
    });
    expect(data.signInByAccountPassword).toMatchObject({ __typename: "InvalidInputError", field: "clientIp" });
  });

  it("believes clientIp only from the application's backend (its secret), so callers cannot pick their IP", async () => {
    const options = { clientIp: "198.51.100.9" };
    const anonymous = await gateway.execute(SignInByAccountPassword, {
      account: "erin",
      password: defaultPassword,
      options,
    });
    expect(anonymous.data.signInByAccountPassword).toMatchObject({
      __typename: "InvalidInputError",
      field: "clientIp",
    });
    const wrongSecret = await gateway.execute(
      SignInByAccountPassword,
      { account: "erin", password: defaultPassword, options },
      { "x-authing-app-secret": "guess" },
    );
    expect(wrongSecret.data.signInByAccountPassword).toMatchObject({ __typename: "InvalidClientError", apiCode: 2330 });
    const badEscape = {
      authorization: `Basic ${Buffer.from(`${gateway.application.appId}:%E0%A4%A`).toString("base64")}`,
    };
    const malformed = await gateway.execute(
      SignInByAccountPassword,
      { account: "erin", password: defaultPassword, options },
      badEscape,
    );
    expect(malformed.status).toBe(200);
    expect(malformed.data.signInByAccountPassword).toMatchObject({ __typename: "InvalidClientError" });
  });

  it("a public client cannot vouch for an address: any secret it presents proves nothing", async () => {
    const { application } = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "spa" });
    await gateway.db.application.update({ where: { id: application.id }, data: { tokenEndpointAuthMethod: "none" } });
    const headers = { "x-authing-app-id": application.appId, "x-authing-app-secret": "anything at all" };
    const { data } = await gateway.execute(
      SignInByAccountPassword,
      { account: "erin", password: defaultPassword, options: { clientIp: "198.51.100.10" } },
      headers,
    );
    expect(data.signInByAccountPassword).toMatchObject({ __typename: "InvalidInputError", field: "clientIp" });
  });
});

describe("failed sign-ins", () => {
  it("answers an unknown account and a wrong password identically (2333)", async () => {
    const unknown = await gateway.execute(SignInByAccountPassword, {
      account: "nobody-here",
      password: defaultPassword,
    });
    const wrong = await gateway.execute(SignInByAccountPassword, {
      account: "erin",
      password: "not the right passphrase",
    });
    const strip = (value: Record<string, unknown>) => ({ ...value, requestId: undefined });
    expect(strip(unknown.data.signInByAccountPassword)).toEqual(strip(wrong.data.signInByAccountPassword));
    expect(unknown.data.signInByAccountPassword).toMatchObject({
      __typename: "InvalidCredentialsError",
      statusCode: 400,
      apiCode: 2333,
      message: "The account or password is incorrect.",
    });
    await gateway.db.attemptCounter.deleteMany({ where: { userPoolId: gateway.pool.id } });
  });

  it("answers a suspended account like a wrong password, even with the right password", async () => {
    const frank = await createUser(gateway, { username: "frank" });
    await gateway.db.user.update({ where: { id: frank.id }, data: { status: "Suspended" } });
    const { data } = await gateway.execute(SignInByUsernamePassword, { username: "frank", password: defaultPassword });
    expect(data.signInByUsernamePassword).toMatchObject({ __typename: "InvalidCredentialsError", apiCode: 2333 });
  });

  it("gives GenAuth's distinct codes when the pool opts in", async () => {
    await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { distinctLoginErrors: true } });
    try {
      const unknown = await gateway.execute(SignInByUsernamePassword, {
        username: "nobody-else",
        password: defaultPassword,
      });
      expect(unknown.data.signInByUsernamePassword).toMatchObject({
        apiCode: 2004,
        message: "The user does not exist.",
      });
      const wrong = await gateway.execute(SignInByUsernamePassword, {
        username: "erin",
        password: "not the right passphrase",
      });
      expect(wrong.data.signInByUsernamePassword).toMatchObject({ apiCode: 2006 });
      const disabled = await gateway.execute(SignInByUsernamePassword, {
        username: "frank",
        password: defaultPassword,
      });
      expect(disabled.data.signInByUsernamePassword).toMatchObject({ apiCode: 2120008 });
    } finally {
      await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { distinctLoginErrors: false } });
      await gateway.db.attemptCounter.deleteMany({ where: { userPoolId: gateway.pool.id } });
    }
  });

  it("counts failures per account in the database and locks after the pool's limit, for unknown accounts too", async () => {
    const grace = await createUser(gateway, { username: "grace", email: "grace@example.com" });
    for (let attempt = 1; attempt <= 4; attempt++) {
      // Alternating username and email: both name one account, so both count against it.
      const account = attempt % 2 ? "grace" : "grace@example.com";
      const { data } = await gateway.execute(SignInByAccountPassword, {
        account,
        password: `wrong passphrase ${attempt}`,
      });
      expect(data.signInByAccountPassword.__typename).toBe("InvalidCredentialsError");
    }
    const locked = await gateway.execute(SignInByAccountPassword, { account: "grace", password: defaultPassword });
    expect(locked.data.signInByAccountPassword).toMatchObject({
      __typename: "AccountLockedError",
      apiCode: 2005,
      retryAfterSeconds: 600,
    });

    for (let attempt = 1; attempt <= 4; attempt++) {
      await gateway.execute(SignInByAccountPassword, { account: "ghost", password: `wrong passphrase ${attempt}` });
    }
    const ghost = await gateway.execute(SignInByAccountPassword, { account: "ghost", password: defaultPassword });
    expect(ghost.data.signInByAccountPassword).toMatchObject({ __typename: "AccountLockedError", apiCode: 2005 });

    clock.advance(601_000);
    const after = await gateway.execute(SignInByAccountPassword, { account: "grace", password: defaultPassword });
    expect(after.data.signInByAccountPassword).toMatchObject({
      __typename: "SignInSuccess",
      user: { userId: grace.id },
    });
    const counter = await gateway.db.attemptCounter.findFirst({
      where: { userPoolId: gateway.pool.id, key: `user:${grace.id}` },
    });
    expect(counter?.count ?? 0).toBe(0);
  });

  it("writes a failed login history row naming the user when known", async () => {
    const failedRows = () =>
      gateway.db.loginHistory.count({ where: { userId: erin.id, success: false, apiCode: 2333, method: "password" } });
    const before = await failedRows();
    await gateway.execute(SignInByAccountPassword, { account: "erin", password: "not the right passphrase" });
    expect(await failedRows()).toBe(before + 1);
    await gateway.db.attemptCounter.deleteMany({ where: { userPoolId: gateway.pool.id } });
  });
});

describe("the other password sign-ins", () => {
  it("signInByUsernamePassword matches the username only", async () => {
    const ok = await gateway.execute(SignInByUsernamePassword, { username: "erin", password: defaultPassword });
    expect(ok.data.signInByUsernamePassword).toMatchObject({ __typename: "SignInSuccess" });
    const byEmail = await gateway.execute(SignInByUsernamePassword, {
      username: "erin@example.com",
      password: defaultPassword,
    });
    expect(byEmail.data.signInByUsernamePassword).toMatchObject({ __typename: "InvalidCredentialsError" });
  });

  it("signInByEmailPassword is case-insensitive and refuses a malformed email", async () => {
    const ok = await gateway.execute(SignInByEmailPassword, { email: "Erin@Example.com", password: defaultPassword });
    expect(ok.data.signInByEmailPassword).toMatchObject({ __typename: "SignInSuccess", user: { userId: erin.id } });
    const bad = await gateway.execute(SignInByEmailPassword, { email: "erin", password: defaultPassword });
    expect(bad.data.signInByEmailPassword).toMatchObject({ __typename: "InvalidInputError", apiCode: 2003 });
  });

  it("signInByPhonePassword uses the pool's default country code and distinguishes others", async () => {
    const ok = await gateway.execute(SignInByPhonePassword, { phone: "13900000001", password: defaultPassword });
    expect(ok.data.signInByPhonePassword).toMatchObject({ __typename: "SignInSuccess", user: { userId: erin.id } });
    const explicit = await gateway.execute(SignInByPhonePassword, {
      phone: "13900000001",
      phoneCountryCode: "+86",
      password: defaultPassword,
    });
    expect(explicit.data.signInByPhonePassword.__typename).toBe("SignInSuccess");
    const otherCountry = await gateway.execute(SignInByPhonePassword, {
      phone: "13900000001",
      phoneCountryCode: "+1",
      password: defaultPassword,
    });
    expect(otherCountry.data.signInByPhonePassword).toMatchObject({ __typename: "InvalidCredentialsError" });
    const malformed = await gateway.execute(SignInByPhonePassword, { phone: "phone", password: defaultPassword });
    expect(malformed.data.signInByPhonePassword).toMatchObject({ __typename: "InvalidInputError", field: "phone" });
    await gateway.db.attemptCounter.deleteMany({ where: { userPoolId: gateway.pool.id } });
  });

  it("autoRegister creates an unknown account and signs it in, but never takes over a known one", async () => {
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "newcomer@example.com",
      password: defaultPassword,
      options: { autoRegister: true },
    });
    expect(data.signInByAccountPassword).toMatchObject({ __typename: "SignInSuccess" });
    const created = await gateway.db.user.findFirst({
      where: { userPoolId: gateway.pool.id, email: "newcomer@example.com" },
    });
    expect(created).not.toBeNull();
    const known = await gateway.execute(SignInByAccountPassword, {
      account: "erin",
      password: "not the right passphrase",
      options: { autoRegister: true },
    });
    expect(known.data.signInByAccountPassword).toMatchObject({ __typename: "InvalidCredentialsError" });
    await gateway.db.attemptCounter.deleteMany({ where: { userPoolId: gateway.pool.id } });
  });

  it("refuses a password marked rsa-encrypted that is not (2016)", async () => {
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "erin",
      password: "opaque",
      options: { passwordEncryptType: "rsa" },
    });
    expect(data.signInByAccountPassword).toMatchObject({ __typename: "PasswordDecryptionError", apiCode: 2016 });
  });
});
