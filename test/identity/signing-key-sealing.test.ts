// Keys at rest: with SECRETS_KEY, a pool's private signing key is sealed in the database, so a dump alone cannot
// mint tokens; keys stored in the clear before SECRETS_KEY was set are sealed at start; production needs the key.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { createIdentity } from "../../src/identity/index.ts";
import { createOutbox } from "../../src/delivery/outbox.ts";
import { SealedSigningKeyError } from "../../src/identity/tokens/signing-keys.ts";
import { fastHasher, issuer, silentLog, TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword } from "../graphql/documents.ts";

const secretsKey = randomBytes(32);

describe("signing keys at rest", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({ secretsKey });
  });
  afterAll(() => gateway?.close());

  const privateJwkOf = async () =>
    (await gateway.db.signingKey.findFirstOrThrow({ where: { userPoolId: gateway.pool.id } })).privateJwk as Record<
      string,
      unknown
    >;

  it("stores the private key sealed (no JWK parameters in the row), and still signs tokens that verify", async () => {
    const stored = await privateJwkOf();
    expect(Object.keys(stored)).toEqual(["sealed"]);
    expect(JSON.stringify(stored)).not.toMatch(/"d"|"p"|"q"/);
    await createUser(gateway, { username: "sealed-signer" });
    const { data } = await gateway.execute(SignInByAccountPassword, {
      account: "sealed-signer",
      password: defaultPassword,
    });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    const me = await gateway.execute(Me, undefined, {
      authorization: data.signInByAccountPassword.tokenSet.access_token,
    });
    expect(me.data.me.__typename).toBe("User");
  });

  it("a gateway without the SECRETS_KEY (a stolen dump) cannot sign with it, and says why", async () => {
    const thief = createIdentity({
      db: gateway.db,
      sql: gateway.database.sql,
      hasher: fastHasher,
      issuer,
      delivery: createOutbox(gateway.db, silentLog),
    });
    await expect(thief.keys.activeSigningKey(gateway.pool.id)).rejects.toBeInstanceOf(SealedSigningKeyError);
    const otherKey = createIdentity({
      db: gateway.db,
      sql: gateway.database.sql,
      hasher: fastHasher,
      issuer,
      delivery: createOutbox(gateway.db, silentLog),
      secretsKey: randomBytes(32),
    });
    await expect(otherKey.keys.activeSigningKey(gateway.pool.id)).rejects.toBeInstanceOf(SealedSigningKeyError);
  });

  it("seals keys stored in the clear once SECRETS_KEY is set", async () => {
    const plain = createIdentity({
      db: gateway.db,
      sql: gateway.database.sql,
      hasher: fastHasher,
      issuer,
      delivery: createOutbox(gateway.db, silentLog),
    });
    const pool = await plain.pools.createUserPool({ name: "made before SECRETS_KEY" });
    const before = (await gateway.db.signingKey.findFirstOrThrow({ where: { userPoolId: pool.id } }))
      .privateJwk as Record<string, unknown>;
    expect(before.d).toBeTypeOf("string");
    expect(await gateway.identity.keys.sealPlainSigningKeys()).toBeGreaterThanOrEqual(1);
    const after = (await gateway.db.signingKey.findFirstOrThrow({ where: { userPoolId: pool.id } }))
      .privateJwk as Record<string, unknown>;
    expect(Object.keys(after)).toEqual(["sealed"]);
    expect(await gateway.identity.keys.activeSigningKey(pool.id)).toMatchObject({ alg: "RS256" });
  });
});

describe("production configuration", () => {
  it("refuses to start without SECRETS_KEY", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SECRETS_KEY is required in production/);
    expect(loadConfig({ NODE_ENV: "production", SECRETS_KEY: secretsKey.toString("hex") }).secretsKey).toEqual(
      secretsKey,
    );
  });
});
