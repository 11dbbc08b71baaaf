// What `npm run db:migrate:status` prints: each migration of prisma/migrations as applied or pending, then what
// the database holds that the folder does not (failed, edited after applying, or unknown here). Made from the
// schema engine's diagnosis of the history.

interface HistoryDiagnosis {
  editedMigrationNames?: string[];
  failedMigrationNames?: string[];
  history?: {
    diagnostic: string;
    unappliedMigrationNames?: string[];
    unpersistedMigrationNames?: string[];
  } | null;
}

export function describeMigrationStatus(
  localNames: string[],
  diagnosis: HistoryDiagnosis,
): { lines: string[]; upToDate: boolean } {
  const unapplied = new Set(diagnosis.history?.unappliedMigrationNames ?? []);
  const failed = new Set(diagnosis.failedMigrationNames ?? []);
  const edited = new Set(diagnosis.editedMigrationNames ?? []);
  const unknown = diagnosis.history?.unpersistedMigrationNames ?? [];
  const state = (name: string) =>
    failed.has(name) ? "failed " : unapplied.has(name) ? "pending" : edited.has(name) ? "edited " : "applied";
  const lines = localNames.map((name) => `  ${state(name)}  ${name}`);
  for (const name of unknown) lines.push(`  unknown  ${name} (in the database, not in prisma/migrations)`);
  const pending = localNames.filter((name) => unapplied.has(name)).length;
  const summary = [
    `${localNames.length - pending - failed.size} applied`,
    `${pending} pending`,
    ...(failed.size ? [`${failed.size} failed`] : []),
    ...(edited.size ? [`${edited.size} edited after they were applied`] : []),
    ...(unknown.length ? [`${unknown.length} unknown to this folder`] : []),
  ].join(", ");
  const upToDate = pending === 0 && failed.size === 0 && edited.size === 0 && unknown.length === 0;
  lines.push(
    "",
    `${summary}.${pending ? " npm run db:migrate:deploy (or starting the gateway) applies the pending ones." : ""}`,
  );
  return { lines, upToDate };
}
