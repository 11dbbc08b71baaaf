// PostgreSQL-only: the settings-change feed is one LISTEN connection per process. The attack on a cache like this
// is a missed notification: kill that connection (a restart, a proxy's idle cut, a network blip) and change a
// setting while it is down. The cache must not serve its old copy meanwhile, nor after the feed is back.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { openDatabase } from "../../src/db/index.ts";
import { TestGateway } from "../helpers/gateway.ts";

const postgresUrl = inject("postgresUrl");
const skipReason = inject("postgresUnavailableReason");

describe.skipIf(!postgresUrl)(`the settings-change feed${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  const name = `feed-test-${randomUUID().slice(0, 8)}`;
  const statements: string[] = [];
  let gateway: TestGateway;
  let psql: pg.Client;

  beforeAll(async () => {
    const url = new URL(postgresUrl!);
    url.searchParams.set("application_name", name);
    gateway = await TestGateway.start({ databaseUrl: url.toString(), onQuery: (sql) => statements.push(sql) });
    psql = new pg.Client({ connectionString: postgresUrl! });
    await psql.connect();
  });
  afterAll(async () => {
    await psql?.end();
    await gateway?.close();
  });

  const find = () => gateway.identity.applications.findApplicationByAppId(gateway.application.appId);
  const readsOf = async (times: number) => {
    const before = statements.filter((sql) => sql.includes('FROM "Application" a JOIN')).length;
    for (let i = 0; i < times; i++) await find();
    return statements.filter((sql) => sql.includes('FROM "Application" a JOIN')).length - before;
  };
  const setName = (value: string) =>
    psql.query(`UPDATE "Application" SET "name" = $1 WHERE "id" = $2`, [value, gateway.application.id]);
  /** Another connection carries the notification: it arrives within milliseconds. */
  const nameSoonIs = (value: string) =>
    vi.waitFor(async () => expect((await find()).application.name).toBe(value), { timeout: 2_000, interval: 5 });

  // Other test files write to these tables on the same database meanwhile, and each write drops every copy: a few
  // reads of twenty, never all of them, prove the cache.
  it("another session's change reaches this process's cache", async () => {
    expect(await readsOf(20)).toBeLessThan(5);
    await setName("from psql");
    await nameSoonIs("from psql");
  });

  it("with its connection killed, reads go to the database until the feed is back; no change is missed", async () => {
    await find();
    const killed = await psql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`,
      [`${name} settings feed`],
    );
    expect(killed.rowCount).toBe(1);
    // Once the loss is seen (the server closes the socket at once), the cache bypasses itself.
    await vi.waitFor(() => expect(gateway.database.settingsChanges.live).toBe(false), { timeout: 2_000, interval: 5 });
    await setName("while the feed was down");
    expect((await find()).application.name).toBe("while the feed was down");
    expect(await readsOf(3)).toBe(3);
    // Back (it retries each second): cached again, and still right.
    await vi.waitFor(() => expect(gateway.database.settingsChanges.live).toBe(true), { timeout: 5_000, interval: 20 });
    expect((await find()).application.name).toBe("while the feed was down");
    expect(await readsOf(20)).toBeLessThan(5);
    await setName("after it came back");
    await nameSoonIs("after it came back");
  });

  it("behind a transaction-mode pooler (prepared statements off) nothing is cached, unless a listen URL is given", async () => {
    // Such a pooler hands the LISTEN's server connection to other clients: a feed there would look live and hear nothing.
    const pooled = await openDatabase(postgresUrl!, { preparedStatements: false });
    const direct = await openDatabase(postgresUrl!, { preparedStatements: false, listenUrl: postgresUrl! });
    try {
      expect(pooled.settingsChanges.live).toBe(false);
      expect(direct.settingsChanges.live).toBe(true);
    } finally {
      await Promise.all([pooled.close(), direct.close()]);
    }
  });
});
