// A per-process cache of rows that change rarely and are read on every request (applications with their pool),
// right across gateway processes: it trusts the settings-change feed (src/db/settings-changes.ts), which reports
// every committed write to the tables it watches, whoever made it. While the feed is not live nothing is cached,
// and a report drops every entry: changes are rare, and a partial drop would have to know which rows joined.
// An entry still expires after `maxAgeMs`, a bound on staleness should a report ever be lost unseen.
import type { SettingsChanges } from "../db/settings-changes.ts";

export interface SettingsCacheOptions {
  changes: SettingsChanges;
  /** The tables whose changes drop the entries. */
  tables: readonly string[];
  maxEntries?: number;
  maxAgeMs?: number;
}

export function createSettingsCache<T>({
  changes,
  tables,
  maxEntries = 10_000,
  maxAgeMs = 60_000,
}: SettingsCacheOptions) {
  const entries = new Map<string, { value: Promise<T | null>; until: number }>();
  changes.subscribe((table) => {
    if (table === null || tables.includes(table)) entries.clear();
  });

  /** The cached value for `key`, or `load()`'s; a null (not found) or a failure is never kept. */
  function get(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (!changes.live) return load();
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    const value = load();
    const entry = { value, until: now + maxAgeMs };
    entries.set(key, entry);
    // Only this entry: a report may have cleared the map, and a newer load taken the key, meanwhile.
    const forget = () => entries.get(key) === entry && entries.delete(key);
    value.then((found) => found ?? forget(), forget);
    return value;
  }

  return { get };
}
