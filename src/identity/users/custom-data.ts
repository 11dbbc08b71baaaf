// Typed custom fields: values are checked against the pool's declared fields and stored in the typed column
// that matches the field's type, so filters and sorting later compare numbers as numbers and dates as dates.
import { InvalidInputError } from "../errors.ts";
import type { Db } from "../../db/index.ts";
import type { CustomFieldDataType } from "../../generated/prisma/enums.ts";

export type CustomDataInput = Record<string, unknown>;
export type CustomValue = string | number | boolean | Date;

interface FieldDefinition {
  id: string;
  key: string;
  dataType: CustomFieldDataType;
  userEditable: boolean;
}

export interface TypedValueColumns {
  stringValue: string | null;
  numberValue: number | null;
  booleanValue: boolean | null;
  datetimeValue: Date | null;
}

export function assertCustomDataObject(value: unknown): CustomDataInput {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidInputError("customData", "input.invalidCustomData");
  }
  return value as CustomDataInput;
}

function toColumns(field: FieldDefinition, value: unknown): TypedValueColumns {
  const columns: TypedValueColumns = { stringValue: null, numberValue: null, booleanValue: null, datetimeValue: null };
  const wrongType = () =>
    new InvalidInputError(`customData.${field.key}`, "input.customFieldType", { key: field.key, type: field.dataType });
  switch (field.dataType) {
    case "STRING":
      if (typeof value !== "string") throw wrongType();
      if ([...value].length > 4096)
        throw new InvalidInputError(`customData.${field.key}`, "input.tooLong", { field: field.key, max: 4096 });
      columns.stringValue = value;
      break;
    case "NUMBER":
      if (typeof value !== "number" || !Number.isFinite(value)) throw wrongType();
      columns.numberValue = value;
      break;
    case "BOOLEAN":
      if (typeof value !== "boolean") throw wrongType();
      columns.booleanValue = value;
      break;
    case "DATETIME": {
      const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw wrongType();
      columns.datetimeValue = date;
      break;
    }
  }
  return columns;
}

export function fromColumns(dataType: CustomFieldDataType, columns: TypedValueColumns): CustomValue | null {
  switch (dataType) {
    case "STRING":
      return columns.stringValue;
    case "NUMBER":
      return columns.numberValue;
    case "BOOLEAN":
      return columns.booleanValue;
    case "DATETIME":
      return columns.datetimeValue;
  }
}

/**
 * Sets (and, for keys given null, removes) a user's custom values in one transaction, after checking every key
 * and type first: a bad key or value changes nothing. `afterWrite` runs inside the transaction (an audit entry).
 */
export async function writeCustomData(
  db: Db,
  user: { id: string; userPoolId: string },
  customData: CustomDataInput,
  editor: "user" | "admin",
  afterWrite?: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<void>,
): Promise<void> {
  const keys = Object.keys(assertCustomDataObject(customData));
  if (keys.length === 0) throw new InvalidInputError("customData", "input.required", { field: "customData" });
  if (keys.length > 100) throw new InvalidInputError("customData", "input.batchTooLarge", { max: 100 });
  // One read of the definitions serves both the values to set and the ones to remove (null).
  const fields = await editableFields(db, user.userPoolId, keys, editor);
  const removedIds = fields.filter((field) => customData[field.key] === null).map((field) => field.id);
  const values = fields
    .filter((field) => customData[field.key] !== null)
    .map((field) => ({ definitionId: field.id, ...toColumns(field, customData[field.key]) }));
  await db.$transaction(async (tx) => {
    if (removedIds.length)
      await tx.customFieldValue.deleteMany({ where: { userId: user.id, definitionId: { in: removedIds } } });
    for (const { definitionId, ...columns } of values) {
      await tx.customFieldValue.upsert({
        where: { userId_definitionId: { userId: user.id, definitionId } },
        create: { userId: user.id, definitionId, ...columns },
        update: columns,
      });
    }
    await afterWrite?.(tx);
  });
}

/** The definitions of `keys`, each of which must be a field of the pool the editor may set. */
async function editableFields(
  db: Pick<Db, "customFieldDefinition">,
  userPoolId: string,
  keys: string[],
  editor: "user" | "admin",
) {
  if (keys.length === 0) return [];
  const definitions = await db.customFieldDefinition.findMany({
    where: { userPoolId, targetType: "USER", key: { in: keys } },
  });
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  return keys.map((key) => {
    const field = byKey.get(key);
    if (!field || (editor === "user" && !field.userEditable))
      throw new InvalidInputError(`customData.${key}`, "input.unknownCustomField", { key });
    return field;
  });
}

/**
 * Validates `customData` against the pool's fields and returns the rows to write. `editor: "user"` limits the
 * keys to fields marked user-editable; an unknown key is an error rather than silently dropped.
 */
export async function prepareCustomValues(
  db: Pick<Db, "customFieldDefinition">,
  userPoolId: string,
  customData: CustomDataInput,
  editor: "user" | "admin",
): Promise<({ definitionId: string } & TypedValueColumns)[]> {
  const keys = Object.keys(customData);
  const fields = await editableFields(db, userPoolId, keys, editor);
  return fields.map((field) => ({ definitionId: field.id, ...toColumns(field, customData[field.key]) }));
}
