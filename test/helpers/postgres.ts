import { randomUUID } from "node:crypto";
import pg from "pg";
import { openAdapters } from "../../src/db/adapters.ts";
import { applyPendingMigrations } from "../../src/db/migrations.ts";

/** The server the PostgreSQL tests use; its database is only used to create and drop per-run databases. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
}

/** Creates a uniquely named, migrated database and returns its URL and a function that drops it. */
export async function createFreshPostgresDatabase() {
  const adminUrl = postgresAdminUrl();
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const name = `gateway_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const adapters = await openAdapters(url.toString(), { max: 2 });
  try {
    await applyPendingMigrations(adapters.migration);
  } finally {
    await adapters.close();
  }
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
