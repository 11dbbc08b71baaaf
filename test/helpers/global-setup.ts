// Prepares the databases once per run:
// - a migrated PGlite snapshot that every test file starts from (0.5 s instead of 3 s of initdb + migrations);
// - with TEST_DB=postgres, a fresh PostgreSQL database that the whole suite runs on;
// - otherwise, when PostgreSQL answers, a fresh database for the PostgreSQL-only tests (races, transactions);
// - the bundle `npm start` runs (dist/), for the tests that start the real server process.
import { execFileSync } from "node:child_process";
import { writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { TestProject } from "vitest/node";
import { openAdapters } from "../../src/db/adapters.ts";
import { applyPendingMigrations } from "../../src/db/migrations.ts";
import { createFreshPostgresDatabase, postgresAdminUrl } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
    /** Every test's database when the suite runs on PostgreSQL (TEST_DB=postgres). */
    suiteDatabaseUrl: string | null;
    /** A migrated PostgreSQL database for PostgreSQL-only tests, or null when none answers. */
    postgresUrl: string | null;
    postgresUnavailableReason: string | null;
  }
}

export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void>)[] = [];
  execFileSync(process.execPath, ["scripts/build.mjs"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: "inherit",
  });

  const adapters = await openAdapters("pglite:memory");
  await applyPendingMigrations(adapters.migration);
  const snapshot = await adapters.pglite!.dumpDataDir("none");
  await adapters.close();
  const snapshotPath = path.join(tmpdir(), `gateway-test-pglite-${randomUUID()}.tar`);
  await writeFile(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  cleanups.push(() => rm(snapshotPath, { force: true }));
  project.provide("pgliteSnapshotPath", snapshotPath);

  const onPostgres = process.env.TEST_DB === "postgres";
  try {
    const fresh = await createFreshPostgresDatabase();
    cleanups.push(fresh.drop);
    project.provide("postgresUrl", fresh.url);
    project.provide("postgresUnavailableReason", null);
    project.provide("suiteDatabaseUrl", onPostgres ? fresh.url : null);
    console.log(`PostgreSQL tests run on ${fresh.name}${onPostgres ? " (the whole suite runs on PostgreSQL)" : ""}.`);
  } catch (error) {
    if (onPostgres)
      throw new Error(`TEST_DB=postgres but PostgreSQL did not answer at ${postgresAdminUrl()}: ${String(error)}`);
    const reason = `PostgreSQL did not answer at ${postgresAdminUrl()} (${(error as Error).message}); set TEST_POSTGRES_URL to run them`;
    console.warn(`\n  Skipping the PostgreSQL-only tests: ${reason}.\n`);
    project.provide("postgresUrl", null);
    project.provide("postgresUnavailableReason", reason);
    project.provide("suiteDatabaseUrl", null);
  }

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
