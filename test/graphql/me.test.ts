import { generateKeyPair, SignJWT, decodeJwt, decodeProtectedHeader, importJWK, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway, issuer } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, MeColumns, MeColumnsWithIdentities, SignInByAccountPassword } from "./documents.ts";
import { Logout } from "./session-documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
let userId: string;

async function signIn(account = "henry"): Promise<string> {
  const { data } = await gateway.execute(SignInByAccountPassword, { account, password: defaultPassword });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
  return data.signInByAccountPassword.tokenSet.access_token;
}

beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
  userId = (await createUser(gateway, { username: "henry", email: "henry@example.com" })).id;
});
afterAll(() => gateway.close());

describe("me", () => {
  it("returns the signed-in user for `Bearer <token>` and for the bare token", async () => {
    const token = await signIn();
    for (const authorization of [`Bearer ${token}`, `bearer ${token}`, token]) {
      const { data, status } = await gateway.execute(Me, undefined, { authorization });
      expect(status).toBe(200);
      expect(data.me).toMatchObject({
        __typename: "User",
        userId,
        username: "henry",
        email: "henry@example.com",
        loginsCount: 1,
        departmentIds: [],
        customData: {},
        identities: [{ provider: "authing", type: "username" }],
      });
    }
  });

  it("checks the token's standing even when the query selects almost nothing", async () => {
    const minimal = async (authorization: string) => {
      const response = await gateway.app.fetch("http://gateway.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ me { __typename } }" }),
      });
      return ((await response.json()) as { data: { me: { __typename: string } } }).data.me.__typename;
    };
    expect(await minimal(await signIn())).toBe("User");
    const kim = await createUser(gateway, { username: "kim" });
    const token = await signIn("kim");
    await gateway.db.user.update({ where: { id: kim.id }, data: { status: "Suspended" } });
    expect(await minimal(token)).toBe("NotAuthenticatedError");
  });

  it("works without an application header, and refuses a token of another application", async () => {
    const token = await signIn();
    const noApp = await gateway.execute(Me, undefined, { authorization: token, "x-authing-app-id": "" });
    expect(noApp.data.me).toMatchObject({ __typename: "User", userId });
    const other = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "other" });
    const foreign = await gateway.execute(Me, undefined, {
      authorization: token,
      "x-authing-app-id": other.application.appId,
    });
    expect(foreign.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "invalid" });
  });

  it("is a typed NotAuthenticatedError (401, 2020) without a token", async () => {
    const { data, status } = await gateway.execute(Me);
    expect(status).toBe(200);
    expect(data.me).toMatchObject({
      __typename: "NotAuthenticatedError",
      statusCode: 401,
      apiCode: 2020,
      reason: "missing",
    });
  });

  it("refuses an expired token with NotAuthenticatedError (expired, 2206)", async () => {
    const token = await signIn();
    // Used once first, so the process's verified-token cache holds it: the cache must not outlive exp.
    expect((await gateway.execute(Me, undefined, { authorization: `Bearer ${token}` })).data.me.__typename).toBe(
      "User",
    );
    clock.advance(7201_000);
    try {
      const { status, errors, data } = await gateway.execute(Me, undefined, { authorization: `Bearer ${token}` });
      expect(status).toBe(200);
      expect(errors).toBeUndefined();
      expect(data.me).toMatchObject({
        __typename: "NotAuthenticatedError",
        reason: "expired",
        statusCode: 401,
        apiCode: 2206,
      });
      if (data.me.__typename === "NotAuthenticatedError") expect(data.me.requestId).toBeTypeOf("string");
    } finally {
      clock.advance(-7201_000);
    }
  });

  it("answers a suspended or deleted user's still-valid token with NotAuthenticatedError (revoked)", async () => {
    const ivy = await createUser(gateway, { username: "ivy" });
    const token = await signIn("ivy");
    await gateway.db.user.update({ where: { id: ivy.id }, data: { status: "Suspended" } });
    const suspended = await gateway.execute(Me, undefined, { authorization: token });
    expect(suspended.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "revoked" });
    await gateway.db.user.delete({ where: { id: ivy.id } });
    const deleted = await gateway.execute(Me, undefined, { authorization: token });
    expect(deleted.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "revoked" });
  });
});

// A selection of columns only is read with plain SQL (src/db/sql-rows.ts), one with relations by the Prisma client:
// both must answer the same values and refuse the same tokens.
describe("me with columns only", () => {
  it("answers exactly what the Prisma read answers, dates and enums included", async () => {
    const lena = await createUser(gateway, { username: "lena", email: "lena@example.com", phone: "13800000001" });
    await gateway.db.user.update({
      where: { id: lena.id },
      data: {
        emailVerified: true,
        statusChangedAt: new Date("2026-01-02T03:04:05.678Z"),
        gender: "F",
        passwordSecurityLevel: 2,
      },
    });
    const authorization = await signIn("lena");
    const columns = await gateway.execute(MeColumns, undefined, { authorization });
    const withRelation = await gateway.execute(MeColumnsWithIdentities, undefined, { authorization });
    expect(columns.data.me).toMatchObject({
      __typename: "User",
      userId: lena.id,
      email: "lena@example.com",
      emailVerified: true,
      phoneVerified: false,
      loginsCount: 1,
      statusChangedAt: "2026-01-02T03:04:05.678Z",
      gender: "F",
      status: "Activated",
      passwordSecurityLevel: 2,
    });
    if (columns.data.me.__typename !== "User") throw new Error("not a user");
    expect(columns.data.me.lastLogin).toBe(clock.now().toISOString());
    expect(withRelation.errors).toBeUndefined();
    const { identities, ...sameColumns } = withRelation.data.me as typeof withRelation.data.me & {
      identities: unknown;
    };
    expect(identities).toEqual([{ type: "username" }]);
    expect(columns.data.me).toEqual(sameColumns);
  });

  it("refuses a token whose session was signed out, or whose user was suspended or deleted", async () => {
    const mona = await createUser(gateway, { username: "mona" });
    const signedOut = await signIn("mona");
    const kept = await signIn("mona");
    await gateway.execute(Logout, undefined, { authorization: signedOut });
    expect((await gateway.execute(MeColumns, undefined, { authorization: signedOut })).data.me).toEqual({
      __typename: "NotAuthenticatedError",
      reason: "revoked",
    });
    expect((await gateway.execute(MeColumns, undefined, { authorization: kept })).data.me).toMatchObject({
      __typename: "User",
      userId: mona.id,
    });
    await gateway.db.user.update({ where: { id: mona.id }, data: { status: "Suspended" } });
    expect((await gateway.execute(MeColumns, undefined, { authorization: kept })).data.me).toEqual({
      __typename: "NotAuthenticatedError",
      reason: "revoked",
    });
    await gateway.db.user.delete({ where: { id: mona.id } });
    expect((await gateway.execute(MeColumns, undefined, { authorization: kept })).data.me).toEqual({
      __typename: "NotAuthenticatedError",
      reason: "revoked",
    });
  });
});

describe("forged and malformed tokens are refused (NotAuthenticatedError, invalid)", () => {
  let genuine: string;
  beforeAll(async () => {
    genuine = await signIn();
  });

  async function expect401(token: string) {
    const { status, errors, data } = await gateway.execute(Me, undefined, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.me).toMatchObject({ __typename: "NotAuthenticatedError", statusCode: 401, apiCode: 2020 });
    expect(JSON.stringify(data)).not.toMatch(/stack|jose|JWS|at \w+ \(/);
  }

  it("garbage, a truncated token and a tampered payload", async () => {
    await expect401("not-a-jwt");
    await expect401(genuine.slice(0, -10));
    const [header, , signature] = genuine.split(".");
    const payload = Buffer.from(JSON.stringify({ ...decodeJwt(genuine), sub: "someone-else" })).toString("base64url");
    await expect401(`${header}.${payload}.${signature}`);
  });

  it("alg none", async () => {
    const header = Buffer.from(
      JSON.stringify({ alg: "none", typ: "at+jwt", kid: decodeProtectedHeader(genuine).kid }),
    ).toString("base64url");
    const payload = genuine.split(".")[1];
    await expect401(`${header}.${payload}.`);
  });

  it("signed by a foreign key, with an unknown kid or with our kid", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const claims = decodeJwt(genuine);
    for (const kid of ["foreign", decodeProtectedHeader(genuine).kid!]) {
      const forged = await new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid })
        .sign(privateKey);
      await expect401(forged);
    }
  });

  it("HS256 signed with our public key (algorithm confusion)", async () => {
    const kid = decodeProtectedHeader(genuine).kid!;
    const row = await gateway.db.signingKey.findUniqueOrThrow({ where: { kid } });
    const secret = new TextEncoder().encode(JSON.stringify(row.publicJwk));
    const forged = await new SignJWT(decodeJwt(genuine))
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt", kid })
      .sign(secret);
    await expect401(forged);
  });

  it("an id_token presented as an access token (wrong typ)", async () => {
    const { data } = await gateway.execute(SignInByAccountPassword, { account: "henry", password: defaultPassword });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
    await expect401(data.signInByAccountPassword.tokenSet.id_token);
  });

  it("our key but another issuer, or no exp", async () => {
    const kid = decodeProtectedHeader(genuine).kid!;
    const row = await gateway.db.signingKey.findUniqueOrThrow({ where: { kid } });
    const key = await importJWK(row.privateJwk as JWK, "RS256");
    const claims = decodeJwt(genuine);
    const otherIssuer = await new SignJWT({ ...claims, iss: "https://evil.example/oidc" })
      .setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid })
      .sign(key);
    await expect401(otherIssuer);
    const { exp: _exp, ...withoutExp } = claims;
    const noExp = await new SignJWT(withoutExp).setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid }).sign(key);
    await expect401(noExp);
    expect(issuer).toBe(claims.iss);
  });
});
