// Applies the committed migrations (prisma/migrations) with the WebAssembly schema engine. Used at server start
// and by scripts/migrate.ts; records land in _prisma_migrations exactly as Prisma's CLI writes them.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { openSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
export const engineFilters = { externalTables: [], externalEnums: [] };

export async function readMigrationsList(dir = migrationsDir) {
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        const content = existsSync(file)
          ? { tag: "ok" as const, value: await readFile(file, "utf8") }
          : { tag: "error" as const, value: `missing ${file}` };
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine, schemaText: string) => Promise<T>,
  log?: (line: string) => void,
): Promise<T> {
  const schemaText = await readFile(schemaPath, "utf8");
  const engine = await openSchemaEngine(schemaPath, schemaText, factory, log);
  try {
    return await work(engine, schemaText);
  } finally {
    engine.free();
  }
}

/** Applies every pending migration; returns the names applied. */
export async function applyPendingMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withSchemaEngine(factory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsList(),
      filters: engineFilters,
    });
    return appliedMigrationNames;
  });
}
