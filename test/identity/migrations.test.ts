// The committed migrations must produce exactly the database schema.prisma describes, on both databases.
import { describe, expect, inject, it } from "vitest";
import { openAdapters } from "../../src/db/adapters.ts";
import { engineFilters, readMigrationsList, schemaPath, withSchemaEngine } from "../../src/db/migrations.ts";

async function driftScript(url: string): Promise<string> {
  const adapters = await openAdapters(url);
  try {
    return await withSchemaEngine(adapters.migration, async (engine, schemaText) => {
      const { stdout } = await engine.diff({
        from: { tag: "migrations", ...(await readMigrationsList()) },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schemaText }] },
        script: true,
        exitCode: false,
        filters: engineFilters,
      });
      return stdout ?? "";
    });
  } finally {
    await adapters.close();
  }
}

const postgresUrl = inject("postgresUrl");

describe("migrations", () => {
  it.skipIf(!postgresUrl)(
    "replay to exactly schema.prisma (no migration missing): npm run db:migrate:create",
    async () => {
      // The schema engine's diff from a migrations directory always re-proposes the datasource's extensions (it does
      // not read them back from the replay); that they are created is checked below, everything else must match.
      const script = (await driftScript(postgresUrl!))
        .replace(/-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "pg_trgm";\n?/, "")
        .trim();
      expect(script === "" ? "-- This is an empty migration." : script).toBe("-- This is an empty migration.");
    },
  );

  it("the migrated snapshot has every model's table", async () => {
    const adapters = await openAdapters("pglite:memory");
    try {
      const { applyPendingMigrations } = await import("../../src/db/migrations.ts");
      const applied = await applyPendingMigrations(adapters.migration);
      const names = (await readMigrationsList()).migrationDirectories.map((dir) => dir.path);
      expect(applied).toEqual(names);
      const tables = await adapters.pglite!.query<{ tablename: string }>(
        "select tablename from pg_tables where schemaname = 'public'",
      );
      const found = tables.rows.map((row) => row.tablename);
      for (const table of [
        "User",
        "Application",
        "Identity",
        "Role",
        "Department",
        "Session",
        "RefreshToken",
        "Passcode",
        "SigningKey",
        "AccessKey",
        "AuditLog",
        "_prisma_migrations",
      ]) {
        expect(found).toContain(table);
      }
      const extensions = await adapters.pglite!.query<{ extname: string }>("select extname from pg_extension");
      expect(extensions.rows.map((row) => row.extname)).toContain("pg_trgm");
    } finally {
      await adapters.close();
    }
  });
});
