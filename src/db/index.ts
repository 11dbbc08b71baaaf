// The Prisma client over the adapter that DATABASE_URL names, migrated before first use when asked to.
import { PrismaClient } from "../generated/prisma/client.ts";
import { openAdapters, type DatabaseAdapters } from "./adapters.ts";
import { applyPendingMigrations } from "./migrations.ts";
import { createSqlRows, type SqlRows } from "./sql-rows.ts";
import type { PoolStats } from "../telemetry/metrics.ts";

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  /** Plain SQL on the client's adapter, for the hottest reads. */
  sql: SqlRows;
  kind: DatabaseAdapters["kind"];
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
  /** Receives every SQL statement the client sends (tests count them). */
  onQuery?: (sql: string) => void;
  pgliteDataDir?: Blob;
}

export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const adapters = await openAdapters(url, {
    max: options.poolSize,
    pgliteDataDir: options.pgliteDataDir,
    preparedStatements: options.preparedStatements,
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
    return {
      prisma,
      sql: createSqlRows(sqlAdapter, options.onQuery),
      kind: adapters.kind,
      appliedMigrations,
      poolStats: () => adapters.poolStats?.() ?? null,
      close: async () => {
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
