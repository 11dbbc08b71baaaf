// DATABASE_URL picks the driver adapter:
//   pglite:./data/pglite | pglite:memory -> embedded PGlite (PostgreSQL compiled to WebAssembly)
//   postgres://... | postgresql://...   -> @prisma/adapter-pg on a real server
import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock.ts";
import {
  type FeedLog,
  noSettingsChanges,
  pgliteSettingsChanges,
  postgresSettingsChanges,
  type SettingsChanges,
} from "./settings-changes.ts";
import { createStatementNames } from "./statement-names.ts";
import type { PoolStats } from "../telemetry/metrics.ts";

export interface DatabaseAdapters {
  kind: "pglite" | "postgres";
  /** For the Prisma client. */
  runtime: SqlDriverAdapterFactory;
  /** For the schema engine (migrations). */
  migration: SqlMigrationAwareDriverAdapterFactory;
  pglite?: PGlite;
  /** The connection pool's state, when there is a pool (PostgreSQL). */
  poolStats?: () => PoolStats;
  /** The feed that tells this process of changes to the tables it caches (src/db/settings-changes.ts). */
  settingsChanges(log?: FeedLog): Promise<SettingsChanges>;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export interface AdapterOptions {
  /** PostgreSQL connection pool size. */
  max?: number;
  /** pglite:memory only: start from this dump (dumpDataDir) instead of an empty cluster; tests use a migrated one. */
  pgliteDataDir?: Blob;
  /** PostgreSQL: prepare each distinct statement once per connection (off behind a transaction-mode PgBouncer). */
  preparedStatements?: boolean;
  /**
   * PostgreSQL: where the settings-change feed LISTENs. Default: the database URL, unless prepared statements are
   * off (a transaction-mode PgBouncer, where a LISTEN does not stay with its session); null: no feed, no caching.
   */
  listenUrl?: string | null;
}

export async function openAdapters(url: string, options: AdapterOptions = {}): Promise<DatabaseAdapters> {
  if (url.startsWith("pglite:")) return openPglite(url.slice("pglite:".length), options.pgliteDataDir);
  if (isPostgresUrl(url)) {
    const preparedStatements = options.preparedStatements ?? true;
    const listenUrl = options.listenUrl === undefined ? (preparedStatements ? url : null) : options.listenUrl;
    return openPostgres(url, options.max, preparedStatements, listenUrl);
  }
  throw new Error(`Unsupported DATABASE_URL scheme (expected pglite:<dir>, pglite:memory or postgresql://...)`);
}

async function openPglite(dir: string, loadDataDir?: Blob): Promise<DatabaseAdapters> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  let releaseLock = () => {};
  if (dir !== "memory") {
    mkdirSync(dir, { recursive: true });
    releaseLock = lockDataDir(dir);
  }
  // The extensions the migrations create (pg_trgm for keyword search) must be loadable in every instance.
  const extensions = { pg_trgm };
  // A PGlite directory can be opened by one process only, so migrations and queries share this instance.
  const pglite = dir === "memory" ? new PGlite({ loadDataDir, extensions }) : new PGlite(dir, { extensions });
  try {
    await pglite.waitReady;
  } catch (error) {
    releaseLock();
    throw error;
  }
  const factory = new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  // The adapter's own shadow database (used to create migrations) would lack the extensions.
  factory.connectToShadowDb = () =>
    new PrismaPGlite(new PGlite({ extensions })).connect() as ReturnType<
      SqlMigrationAwareDriverAdapterFactory["connectToShadowDb"]
    >;
  return {
    kind: "pglite",
    runtime: factory,
    migration: factory,
    pglite,
    settingsChanges: () => pgliteSettingsChanges(pglite),
    close: async () => {
      if (!pglite.closed) await pglite.close();
      releaseLock();
    },
  };
}

let charColumnsPatched = false;

/**
 * A pool this module ends itself. adapter-pg listens for its idle clients' errors only while an adapter is open;
 * after that, an idle connection that PostgreSQL terminates (the shadow database's forced drop does) would be an
 * unhandled 'error' event. The pool drops such a client by itself.
 */
function ownedPool(pg: typeof import("pg").default, config: import("pg").PoolConfig) {
  const pool = new pg.Pool(config);
  pool.on("error", () => {});
  return pool;
}

/**
 * adapter-pg runs a migration script by splitting it at every `;`, which cuts a dollar-quoted body (a trigger
 * function's) apart: send it whole instead, as one simple query (PostgreSQL runs that as one transaction).
 */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: { query(sql: string): Promise<unknown> }) {
  // The adapter's own mapping of driver errors, so the schema engine reports a failed script as before.
  const mapError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      mapError(error);
    }
  };
  return adapter;
}

async function openPostgres(
  url: string,
  max: number | undefined,
  preparedStatements: boolean,
  listenUrl: string | null,
): Promise<DatabaseAdapters> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { default: pg } = await import("pg");
  const { parseIntoClientConfig } = await import("pg-connection-string");
  // Discrete fields, not { connectionString }: pg lets connectionString override `database`, which would send
  // the schema engine's shadow-database replay to the main database.
  const config = parseIntoClientConfig(url);
  if (!charColumnsPatched) {
    // adapter-pg 7.10 rejects result columns of type "char" (OID 18), which the schema engine's catalogue
    // queries return; report them as text (OID 25). Our own tables have no such column.
    charColumnsPatched = true;
    const proto = pg.Result.prototype as unknown as { addFields(fields: { dataTypeID: number }[]): void };
    const addFields = proto.addFields;
    proto.addFields = function (fields) {
      for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return addFields.call(this, fields);
    };
  }
  const statementNameGenerator = preparedStatements
    ? (createStatementNames() as (query: { sql: string }) => string)
    : undefined;
  // One pool for the Prisma client and the plain reads beside it (src/db/sql-rows.ts), which connect to the same
  // factory: each connect() would open a pool of its own.
  const pool = new pg.Pool({ ...config, max: max ?? 10 });
  const runtime = new PrismaPg(pool, { statementNameGenerator });
  const migrationPool = ownedPool(pg, { ...config, max: 2 });
  const migrationBase = new PrismaPg(migrationPool);
  const opened: SqlDriverAdapter[] = [];
  const migration: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: migrationBase.adapterName,
    async connect() {
      const adapter = runScriptsWhole(await migrationBase.connect(), migrationPool);
      opened.push(adapter);
      return adapter;
    },
    // adapter-pg's own shadow database handling drops the database before closing its pool; manage it here.
    async connectToShadowDb() {
      const admin = new pg.Client(config);
      await admin.connect();
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowPool = ownedPool(pg, { ...config, database: name, max: 2 });
      const shadow = runScriptsWhole(await new PrismaPg(shadowPool).connect(), shadowPool);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await shadowPool.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
  return {
    kind: "postgres",
    runtime,
    migration,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    // A connection of its own, outside the pool: a LISTEN lasts as long as its session. Named in
    // pg_stat_activity after the URL's application_name, if any.
    settingsChanges: async (log) => {
      if (!listenUrl) return noSettingsChanges;
      const listenConfig = listenUrl === url ? config : parseIntoClientConfig(listenUrl);
      return postgresSettingsChanges({
        connectClient: () =>
          new pg.Client({
            ...listenConfig,
            keepAlive: true,
            query_timeout: 5_000,
            application_name: `${listenConfig.application_name ?? "gateway"} settings feed`,
          }),
        log,
      });
    },
    close: async () => {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
      if (!migrationPool.ended) await migrationPool.end();
      if (!pool.ended) await pool.end();
    },
  };
}
