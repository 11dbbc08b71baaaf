// Tells this process when another one (or psql, or a script) changed a table whose rows it caches: applications,
// user pools and signing keys. The migration 20261204020000 puts a trigger on each that NOTIFYs `gateway_settings`
// with the table's name at commit; here one connection LISTENs for it.
//
// A cache may only trust this feed while it is `live`: a lost connection could swallow a notification, so on
// losing it every subscriber is told that everything changed, and caches bypass themselves until the feed is
// back (LISTEN re-issued). A heartbeat finds a connection that died without closing (a half-open TCP link).
import type { PGlite } from "@electric-sql/pglite";

export const settingsChannel = "gateway_settings";

/** A table's name; null: anything may have changed (the feed was lost). */
export type SettingsChange = string | null;

export interface SettingsChanges {
  /** True while every committed change is sure to be reported. */
  readonly live: boolean;
  subscribe(onChange: (table: SettingsChange) => void): () => void;
  /** A write this process just made: its own caches drop at once, before the commit's notification arrives. */
  tell(table: SettingsChange): void;
  close(): Promise<void>;
}

export interface FeedLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

function createSubscribers() {
  const subscribers = new Set<(table: SettingsChange) => void>();
  return {
    subscribe(onChange: (table: SettingsChange) => void) {
      subscribers.add(onChange);
      return () => void subscribers.delete(onChange);
    },
    tell(table: SettingsChange) {
      for (const onChange of subscribers) onChange(table);
    },
  };
}

/** The embedded database is one process's: its own notifications are all there are. */
export async function pgliteSettingsChanges(pglite: PGlite): Promise<SettingsChanges> {
  const { subscribe, tell } = createSubscribers();
  const unlisten = await pglite.listen(settingsChannel, (table) => tell(table));
  return {
    live: true,
    subscribe,
    tell,
    close: async () => {
      if (!pglite.closed) await unlisten();
    },
  };
}

export interface ListenClient {
  connect(): Promise<unknown>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: "notification", listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: "error" | "end", listener: (error?: Error) => void): unknown;
}

export interface PostgresFeedOptions {
  /** A new, unconnected client each time (the feed reconnects with a new one). */
  connectClient: () => ListenClient;
  log?: FeedLog;
  heartbeatMs?: number;
  retryMs?: number;
}

export async function postgresSettingsChanges({
  connectClient,
  log,
  heartbeatMs = 5_000,
  retryMs = 1_000,
}: PostgresFeedOptions): Promise<SettingsChanges> {
  const { subscribe, tell } = createSubscribers();
  let live = false;
  let closed = false;
  let client: ListenClient | null = null;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  function lost(current: ListenClient, error?: Error) {
    if (client !== current) return;
    client = null;
    live = false;
    clearInterval(heartbeat);
    tell(null);
    current.end().catch(() => {});
    if (closed) return;
    log?.warn({ err: error?.message }, "lost the settings-change feed: caches are bypassed until it is back");
    retry = setTimeout(() => void open().catch(() => {}), retryMs);
    retry.unref();
  }

  async function open() {
    const current = connectClient();
    client = current;
    current.on("error", (error) => lost(current, error));
    current.on("end", () => lost(current));
    current.on("notification", (message) => {
      if (message.channel === settingsChannel) tell(message.payload ?? null);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${settingsChannel}`);
    } catch (error) {
      lost(current, error as Error);
      throw error;
    }
    if (client !== current) return;
    // A change committed between the loss and this LISTEN was never told: caches start empty again.
    tell(null);
    live = true;
    if (retry) log?.info({}, "the settings-change feed is back");
    heartbeat = setInterval(() => {
      current.query("SELECT 1").catch((error: Error) => lost(current, error));
    }, heartbeatMs);
    heartbeat.unref();
  }

  // Not reachable at start: the caches bypass themselves and the feed keeps trying.
  await open().catch(() => {});
  return {
    get live() {
      return live;
    },
    subscribe,
    tell,
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = null;
      live = false;
      await current?.end().catch(() => {});
    },
  };
}

/** For a core without a database of its own to listen to (unit tests of the core): nothing is ever cached. */
export const noSettingsChanges: SettingsChanges = {
  live: false,
  subscribe: () => () => {},
  tell: () => {},
  close: async () => {},
};
