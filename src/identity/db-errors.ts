// Prisma reports a unique violation (P2002) differently per driver adapter: PGlite names the columns
// (`fields`), adapter-pg names the index (`index`, e.g. "User_username_key"). Both are mapped here.

interface PrismaKnownError {
  code?: string;
  meta?: {
    target?: string[] | string;
    /** A raw statement's database error code (e.g. "23503"). */
    code?: string;
    driverAdapterError?: {
      cause?: { kind?: string; originalCode?: string; constraint?: { fields?: string[]; index?: string } };
    };
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as PrismaKnownError | null)?.code === "P2002";
}

/** A foreign key violation (PostgreSQL 23503), as a model query or a raw statement reports it on either adapter. */
export function isForeignKeyViolation(error: unknown): boolean {
  const found = error as PrismaKnownError | null;
  const cause = found?.meta?.driverAdapterError?.cause;
  return (
    found?.code === "P2003" ||
    found?.meta?.code === "23503" ||
    cause?.originalCode === "23503" ||
    cause?.kind === "ForeignKeyConstraintViolation"
  );
}

/** The columns of the violated unique constraint, as far as the adapter tells. */
export function uniqueViolationColumns(error: unknown): string[] {
  const meta = (error as PrismaKnownError | null)?.meta;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields?.length) return constraint.fields.map((f) => f.replace(/^"|"$/g, ""));
  const target = meta?.target;
  if (Array.isArray(target)) return target;
  const index = constraint?.index ?? (typeof target === "string" ? target : undefined);
  // Index names follow Prisma's convention <Model>_<col1>_<col2>_key.
  return index
    ? index
        .replace(/^[A-Za-z]+_/, "")
        .replace(/_key$/, "")
        .split("_")
    : [];
}
