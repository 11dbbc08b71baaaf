import { createOutbox } from "../../src/delivery/outbox.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/index.ts";
import { createIdentity, type Identity } from "../../src/identity/index.ts";
import { secretMatches } from "../../src/identity/secrets.ts";
import { createSecretBox } from "../../src/identity/secret-box.ts";
import { randomBytes } from "node:crypto";
import { fastHasher, issuer, openTestDatabase, silentLog } from "../helpers/gateway.ts";

let database: Database;
let identity: Identity;

beforeAll(async () => {
  // A database of its own: the default pool has a fixed id, so this must not share one with other files.
  database = await openTestDatabase({ databaseUrl: "pglite:memory" });
  identity = createIdentity({
    db: database.prisma,
    sql: database.sql,
    hasher: fastHasher,
    issuer,
    delivery: createOutbox(database.prisma, silentLog),
  });
});
afterAll(() => database.close());

describe("first start", () => {
  it("creates the default pool, a signing key, a demo application and an access key, and shows secrets once", async () => {
    const first = await identity.bootstrap.ensureDefaultUserPool({ demoApplication: true });
    expect(first.pool).toMatchObject({ id: "default", isDefault: true, signingAlg: "RS256" });
    const { application, accessKey } = first.created!;
    expect(application!.appId).toMatch(/^[0-9a-f]{24}$/);

    const storedApp = await identity.db.application.findUniqueOrThrow({ where: { appId: application!.appId } });
    expect(storedApp.secretHash).not.toContain(application!.secret);
    expect(secretMatches(application!.secret, storedApp.secretHash)).toBe(true);
    expect(secretMatches(`${application!.secret}x`, storedApp.secretHash)).toBe(false);

    const storedKey = await identity.db.accessKey.findUniqueOrThrow({ where: { accessKeyId: accessKey.accessKeyId } });
    expect(secretMatches(accessKey.accessKeySecret, storedKey.secretHash)).toBe(true);
    // Without SECRETS_KEY nothing reversible is stored: the key buys management tokens but cannot sign.
    expect(storedKey.secretSealed).toBeNull();
    expect(await identity.db.signingKey.count({ where: { userPoolId: "default" } })).toBe(1);

    const second = await identity.bootstrap.ensureDefaultUserPool({ demoApplication: true });
    expect(second.created).toBeUndefined();
    expect(await identity.db.application.count()).toBe(1);
    expect(await identity.db.signingKey.count()).toBe(1);
  });

  it("with SECRETS_KEY, seals the first access key's secret so it can sign requests", async () => {
    const own = await openTestDatabase({ databaseUrl: "pglite:memory" });
    try {
      const secretsKey = randomBytes(32);
      const sealing = createIdentity({
        db: own.prisma,
        sql: own.sql,
        hasher: fastHasher,
        issuer,
        delivery: createOutbox(own.prisma, silentLog),
        secretsKey,
      });
      const { accessKey } = (await sealing.bootstrap.ensureDefaultUserPool({ demoApplication: false })).created!;
      const stored = await own.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: accessKey.accessKeyId } });
      expect(stored.secretSealed).not.toContain(accessKey.accessKeySecret);
      expect(createSecretBox(secretsKey).open(stored.secretSealed!, accessKey.accessKeyId)).toBe(
        accessKey.accessKeySecret,
      );
    } finally {
      await own.close();
    }
  });
});
