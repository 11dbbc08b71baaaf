// A resolver that already holds a whole row (just created or written) can answer a selection of plain columns
// without reading it again; relations still need the read.

/** True when a Pothos Prisma query selects columns only (no relation), so a complete row satisfies it. */
export function selectsColumnsOnly(query: { select?: Record<string, unknown>; include?: Record<string, unknown> }): boolean {
  if (query.include && Object.keys(query.include).length > 0) return false;
  return Object.values(query.select ?? {}).every((selected) => selected === true);
}
