import { createOutbox } from "../../src/delivery/outbox.ts";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { openDatabase } from "../../src/db/index.ts";
import { createIdentity } from "../../src/identity/index.ts";
import { createLogger } from "../../src/logger.ts";
import { TestGateway, fastHasher, issuer, silentLog } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "../graphql/documents.ts";

let rsa: TestGateway;
let ec: TestGateway;

beforeAll(async () => {
  rsa = await TestGateway.start();
  ec = await TestGateway.start({ pool: { signingAlg: "ES256" } });
  await createUser(rsa, { username: "jane" });
  await createUser(ec, { username: "jane" });
});
afterAll(async () => {
  await rsa.close();
  await ec.close();
});

async function accessToken(gateway: TestGateway) {
  const { data } = await gateway.execute(SignInByAccountPassword, { account: "jane", password: defaultPassword });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
  return data.signInByAccountPassword.tokenSet;
}

async function fetchJwks(gateway: TestGateway, path: string) {
  const response = await gateway.app.fetch(`http://gateway.test${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/jwk-set+json");
  return (await response.json()) as JSONWebKeySet;
}

describe("JWKS", () => {
  it.each(["/oidc/.well-known/jwks.json", "/.well-known/jwks.json"])(
    "%s publishes public keys only, and a verifier can check our tokens offline with it",
    async (path) => {
      const jwks = await fetchJwks(rsa, path);
      expect(jwks.keys.length).toBeGreaterThan(0);
      for (const key of jwks.keys) {
        for (const privatePart of ["d", "p", "q", "dp", "dq", "qi"]) expect(key).not.toHaveProperty(privatePart);
        expect(key).toMatchObject({ use: "sig" });
        expect(key.kid).toBeTruthy();
      }
      const tokens = await accessToken(rsa);
      const verifier = createLocalJWKSet(jwks);
      const { payload } = await jwtVerify(tokens.access_token, verifier, {
        issuer,
        audience: rsa.application.appId,
        typ: "at+jwt",
      });
      expect(payload.sub).toBeTruthy();
      await jwtVerify(tokens.id_token, verifier, { issuer, audience: rsa.application.appId });
    },
  );

  it("reads no private key to answer: the statements behind the JWKS name only the public halves", async () => {
    const statements: string[] = [];
    const recorded = await TestGateway.start({ onQuery: (sql) => statements.push(sql) });
    try {
      statements.length = 0;
      await fetchJwks(recorded, "/oidc/.well-known/jwks.json");
      expect(statements.some((sql) => sql.includes('"SigningKey"'))).toBe(true);
      expect(statements.filter((sql) => sql.includes("privateJwk"))).toEqual([]);
    } finally {
      await recorded.close();
    }
  });

  it("an ES256 pool signs with ES256 and publishes an EC key", async () => {
    const tokens = await accessToken(ec);
    expect(decodeProtectedHeader(tokens.access_token).alg).toBe("ES256");
    const jwks = await fetchJwks(ec, "/oidc/.well-known/jwks.json");
    const key = jwks.keys.find((candidate) => candidate.kid === decodeProtectedHeader(tokens.access_token).kid);
    expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    await jwtVerify(tokens.access_token, createLocalJWKSet(jwks), { issuer, algorithms: ["ES256"] });
  });

  it("refuses methods other than GET and HEAD", async () => {
    const response = await rsa.app.fetch("http://gateway.test/oidc/.well-known/jwks.json", { method: "POST" });
    expect(response.status).toBe(405);
  });
});

describe("health and readiness", () => {
  it("/health says the process is alive; /ready says the database answers", async () => {
    expect((await rsa.app.fetch("http://gateway.test/health")).status).toBe(200);
    const ready = await rsa.app.fetch("http://gateway.test/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok" });
  });

  it("/ready answers 503 while the database does not answer", async () => {
    // Nothing listens on port 1: the client connects lazily, so the app starts and the ping fails.
    const database = await openDatabase("postgresql://postgres@127.0.0.1:1/unreachable");
    try {
      const identity = createIdentity({
        db: database.prisma,
        sql: database.sql,
        hasher: fastHasher,
        issuer,
        delivery: createOutbox(database.prisma, silentLog),
      });
      const app = createApp({
        config: {
          graphiql: false,
          introspection: false,
          corsOrigins: [],
          trustProxy: false,
          production: true,
          devOutboxQuery: false,
        },
        identity,
        log: createLogger("silent"),
      });
      const ready = await app.fetch("http://gateway.test/ready");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable" });
    } finally {
      await database.close();
    }
  });
});
