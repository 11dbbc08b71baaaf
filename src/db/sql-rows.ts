// Plain SQL on the Prisma client's own driver adapter (same pool, same PGlite), for the hottest reads: the
// client's query pipeline costs ~170 us of CPU per query here, three times the query itself. Values come back as
// the client would give them (DateTime as Date, Json parsed), so callers cannot tell the two apart.
import { ColumnTypeEnum, type ColumnType, type SqlQueryable } from "@prisma/driver-adapter-utils";

export interface SqlRows {
  /** Runs one statement with text parameters ($1, $2, ...) and returns its rows keyed by column name. */
  query<T extends Record<string, unknown>>(sql: string, args: (string | null)[]): Promise<T[]>;
}

const textArg = { scalarType: "string", arity: "scalar" } as const;

export function createSqlRows(adapter: SqlQueryable, onQuery?: (sql: string) => void): SqlRows {
  return {
    async query<T extends Record<string, unknown>>(sql: string, args: (string | null)[]): Promise<T[]> {
      onQuery?.(sql);
      const result = await adapter.queryRaw({ sql, args, argTypes: args.map(() => textArg) });
      const convert = result.columnTypes.map(converterFor);
      return result.rows.map((values) => {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < values.length; i++)
          row[result.columnNames[i]!] = values[i] === null ? null : convert[i]!(values[i]);
        return row as T;
      });
    },
  };
}

const asIs = (value: unknown) => value;

function converterFor(type: ColumnType): (value: unknown) => unknown {
  switch (type) {
    case ColumnTypeEnum.Text:
    case ColumnTypeEnum.Enum:
    case ColumnTypeEnum.Uuid:
    case ColumnTypeEnum.Character:
    case ColumnTypeEnum.Boolean:
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
    case ColumnTypeEnum.TextArray:
      return asIs;
    case ColumnTypeEnum.Int64:
      return (value) => BigInt(value as string | number);
    case ColumnTypeEnum.DateTime:
      return (value) => new Date(value as string);
    case ColumnTypeEnum.Json:
      return (value) => (typeof value === "string" ? JSON.parse(value) : value);
    default:
      // A column type no hot read uses yet: fail loudly rather than hand out a value of another type.
      throw new Error(`sql-rows: column type ${type} is not converted`);
  }
}
