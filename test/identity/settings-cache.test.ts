// Applications (with their pool) are cached per process and dropped when the settings-change feed reports a write,
// whoever made it. Here on the suite's database (PGlite, or PostgreSQL under TEST_DB=postgres); two processes
// and a lost feed are test/postgres/settings-feed.test.ts and two-processes.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SettingsChange, SettingsChanges } from "../../src/db/settings-changes.ts";
import { createSettingsCache } from "../../src/identity/settings-cache.ts";
import { TestGateway } from "../helpers/gateway.ts";

/** A feed this test drives by hand: the cache's own rules, apart from any database. */
function handFeed(live = true) {
  const subscribers = new Set<(table: SettingsChange) => void>();
  const feed: SettingsChanges & { live: boolean } = {
    live,
    subscribe: (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    tell: (table) => {
      for (const onChange of subscribers) onChange(table);
    },
    close: async () => {},
  };
  return feed;
}

describe("the settings cache's rules", () => {
  it("loads a key once while the feed is live, and again after a report on one of its tables", async () => {
    const feed = handFeed();
    const cache = createSettingsCache<string>({ changes: feed, tables: ["Application"] });
    const load = vi.fn(async () => "v1");
    await cache.get("app", load);
    await cache.get("app", load);
    expect(load).toHaveBeenCalledTimes(1);
    feed.tell("RefreshToken");
    await cache.get("app", load);
    expect(load).toHaveBeenCalledTimes(1);
    feed.tell("Application");
    await cache.get("app", load);
    expect(load).toHaveBeenCalledTimes(2);
    // A lost feed (null) drops everything too.
    feed.tell(null);
    await cache.get("app", load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("caches nothing while the feed is not live", async () => {
    const feed = handFeed(false);
    const cache = createSettingsCache<string>({ changes: feed, tables: ["Application"] });
    const load = vi.fn(async () => "v1");
    for (let i = 0; i < 3; i++) await cache.get("app", load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("does not keep a load that was in flight when a change was reported", async () => {
    const feed = handFeed();
    const cache = createSettingsCache<string>({ changes: feed, tables: ["Application"] });
    let finish: (value: string) => void = () => {};
    const stale = cache.get("app", () => new Promise<string>((resolve) => (finish = resolve)));
    feed.tell("Application");
    finish("old");
    expect(await stale).toBe("old");
    expect(await cache.get("app", async () => "new")).toBe("new");
  });

  it("keeps neither a miss nor a failure", async () => {
    const cache = createSettingsCache<string>({ changes: handFeed(), tables: ["Application"] });
    expect(await cache.get("app", async () => null)).toBeNull();
    await expect(cache.get("app", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("app", async () => "found")).toBe("found");
  });

  it("holds at most maxEntries keys", async () => {
    const cache = createSettingsCache<string>({ changes: handFeed(), tables: ["Application"], maxEntries: 2 });
    const load = vi.fn(async () => "v");
    for (const key of ["a", "b", "c"]) await cache.get(key, load);
    await cache.get("a", load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});

describe("applications on the suite's database", () => {
  const statements: string[] = [];
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({ onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => gateway.close());

  const find = () => gateway.identity.applications.findApplicationByAppId(gateway.application.appId);
  const applicationReads = () => statements.filter((sql) => sql.includes('FROM "Application" a JOIN')).length;

  it("reads an application once, then from memory, frozen so no request can change another's copy", async () => {
    await find();
    const before = applicationReads();
    for (let i = 0; i < 19; i++) await find();
    const { application, pool } = await find();
    // Not exactly none: on the suite's shared PostgreSQL other files' writes to these tables drop every copy too.
    expect(applicationReads() - before).toBeLessThan(5);
    expect(Object.isFrozen(application) && Object.isFrozen(pool) && Object.isFrozen(application.redirectUris)).toBe(
      true,
    );
  });

  it("sees a write through the client at the next read, before its commit's notification could arrive", async () => {
    await find();
    await gateway.db.application.update({ where: { id: gateway.application.id }, data: { name: "renamed" } });
    expect((await find()).application.name).toBe("renamed");
    await gateway.db.userPool.update({ where: { id: gateway.pool.id }, data: { lockAfterFailures: 7 } });
    expect((await find()).pool.lockAfterFailures).toBe(7);
  });

  it("sees a write the client never saw (plain SQL, as psql would make it) through the trigger's notification", async () => {
    await find();
    await gateway.db
      .$executeRaw`UPDATE "Application" SET "accessTokenLifetimeSecs" = 901 WHERE "id" = ${gateway.application.id}`;
    if (gateway.database.kind === "pglite") {
      // One process: the notification is handled before the statement's answer.
      expect((await find()).application.accessTokenLifetimeSecs).toBe(901);
    } else {
      // Another connection carries it on PostgreSQL: it arrives within milliseconds.
      await vi.waitFor(async () => expect((await find()).application.accessTokenLifetimeSecs).toBe(901), {
        timeout: 2_000,
        interval: 5,
      });
    }
  });

  it("a rolled-back write leaves the cached copy right", async () => {
    await find();
    await expect(
      gateway.db.$transaction(async (tx) => {
        await tx.application.update({ where: { id: gateway.application.id }, data: { name: "never" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await find()).application.name).toBe("renamed");
  });
});
