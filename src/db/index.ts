// The Prisma client over the adapter that DATABASE_URL names, migrated before first use when asked to.
import { PrismaClient } from "../generated/prisma/client.ts";
import { openAdapters, type DatabaseAdapters } from "./adapters.ts";
import { applyPendingMigrations } from "./migrations.ts";
import type { FeedLog, SettingsChanges } from "./settings-changes.ts";
import { createSqlRows, type SqlRows } from "./sql-rows.ts";
import type { PoolStats } from "../telemetry/metrics.ts";

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  /** Plain SQL on the client's adapter, for the hottest reads. */
  sql: SqlRows;
  kind: DatabaseAdapters["kind"];
  /** Changes to applications, pools and signing keys, from any process: what lets them be cached. */
  settingsChanges: SettingsChanges;
  appliedMigrations: string[];
  /** The connection pool's state; null for the embedded database, which has none. */
  poolStats(): PoolStats | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  migrate?: boolean;
  poolSize?: number;
  /** PostgreSQL only; default on. */
  preparedStatements?: boolean;
  /** PostgreSQL only: where the settings-change feed LISTENs (src/db/adapters.ts); null: nothing is cached. */
  listenUrl?: string | null;
  /** Receives every SQL statement the client sends (tests count them). */
  onQuery?: (sql: string) => void;
  pgliteDataDir?: Blob;
  /** Where the settings-change feed says it was lost and is back. */
  log?: FeedLog;
}

// The tables whose rows the identity core caches per process (src/identity/settings-cache.ts).
const cachedTables = new Set(["Application", "UserPool", "SigningKey"]);
const readOperations = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/**
 * The client, telling `changes` of each write it makes to a cached table as soon as the statement returns, so
 * this process's next request never reads its own old copy (other processes learn at commit, from the trigger).
 */
function tellingWrites(prisma: PrismaClient, changes: SettingsChanges): PrismaClient {
  return prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          if (cachedTables.has(model) && !readOperations.has(operation)) changes.tell(model);
          return result;
        },
      },
    },
  }) as unknown as PrismaClient;
}

export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const adapters = await openAdapters(url, {
    max: options.poolSize,
    pgliteDataDir: options.pgliteDataDir,
    preparedStatements: options.preparedStatements,
    listenUrl: options.listenUrl,
  });
  try {
    const appliedMigrations = options.migrate ? await applyPendingMigrations(adapters.migration) : [];
    const prisma = new PrismaClient({
      adapter: adapters.runtime,
      log: options.onQuery ? [{ level: "query", emit: "event" }] : [],
    });
    if (options.onQuery) {
      const onQuery = options.onQuery;
      (prisma as unknown as { $on(e: "query", cb: (ev: { query: string }) => void): void }).$on("query", (ev) =>
        onQuery(ev.query),
      );
    }
    const sqlAdapter = await adapters.runtime.connect();
    const settingsChanges = await adapters.settingsChanges(options.log);
    return {
      prisma: tellingWrites(prisma, settingsChanges),
      sql: createSqlRows(sqlAdapter, options.onQuery),
      kind: adapters.kind,
      settingsChanges,
      appliedMigrations,
      poolStats: () => adapters.poolStats?.() ?? null,
      close: async () => {
        await settingsChanges.close();
        await prisma.$disconnect();
        await sqlAdapter.dispose();
        await adapters.close();
      },
    };
  } catch (error) {
    await adapters.close();
    throw error;
  }
}
