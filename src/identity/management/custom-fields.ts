// The pool's custom user fields: declared with a key, a label and a type (string, number, boolean, datetime),
// optionally editable by the user. A field's type is fixed once declared: stored values were checked against it.
import type { Db } from "../../db/index.ts";
import type { CustomFieldDefinition, Prisma } from "../../generated/prisma/client.ts";
import { Prisma as PrismaNamespace } from "../../generated/prisma/client.ts";
import type { CustomFieldDataType } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { InvalidInputError, ResourceExistsError, ResourceNotFoundError, UserNotFoundError } from "../errors.ts";
import { writeCustomData, type CustomDataInput } from "../users/custom-data.ts";
import { createAdminChange, recordAudit, type AdminActor } from "./audit-log.ts";
import { boundedBatch } from "./batches.ts";

export const maxCustomFields = 100;
const keyPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** A custom field may not shadow a built-in user field: claims and SDKs would not tell them apart. */
const reservedKeys = new Set(
  Object.values(PrismaNamespace.UserScalarFieldEnum)
    .map((key) => key.toLowerCase())
    .concat(["userid", "id", "sub", "password"]),
);

const summary = (field: CustomFieldDefinition): Prisma.InputJsonObject => ({
  key: field.key,
  label: field.label,
  dataType: field.dataType,
  userEditable: field.userEditable,
});

function checkLabel(label: string): string {
  const trimmed = label.trim();
  if (!trimmed) throw new InvalidInputError("label", "input.required", { field: "label" });
  if ([...trimmed].length > 128) throw new InvalidInputError("label", "input.tooLong", { field: "label", max: 128 });
  return trimmed;
}

export function createCustomFieldAdministration({ db, clock }: { db: Db; clock: Clock }) {
  const adminChange = createAdminChange({ db, clock });
  async function fieldOf(actor: AdminActor, key: string): Promise<CustomFieldDefinition> {
    const field = await db.customFieldDefinition.findUnique({
      where: { userPoolId_targetType_key: { userPoolId: actor.userPoolId, targetType: "USER", key: key.trim() } },
    });
    if (!field) throw new ResourceNotFoundError("custom field", key.trim());
    return field;
  }

  function listCustomFields(actor: AdminActor): Promise<CustomFieldDefinition[]> {
    return db.customFieldDefinition.findMany({
      where: { userPoolId: actor.userPoolId, targetType: "USER" },
      orderBy: [{ createdAt: "asc" }, { key: "asc" }],
    });
  }

  async function createCustomField(
    actor: AdminActor,
    input: { key: string; label: string; dataType: CustomFieldDataType; userEditable?: boolean | null },
  ): Promise<CustomFieldDefinition> {
    const key = input.key.trim();
    if (!keyPattern.test(key)) throw new InvalidInputError("key", "input.invalidFieldKey");
    if (reservedKeys.has(key.toLowerCase())) throw new InvalidInputError("key", "input.reservedFieldKey", { key });
    const label = checkLabel(input.label);
    try {
      return await adminChange(actor, async (tx, audit) => {
        // The pool row is locked so concurrent declarations cannot both slip under the limit.
        await tx.$queryRaw`SELECT id FROM "UserPool" WHERE id = ${actor.userPoolId} FOR UPDATE`;
        if ((await tx.customFieldDefinition.count({ where: { userPoolId: actor.userPoolId } })) >= maxCustomFields) {
          throw new InvalidInputError("key", "input.batchTooLarge", { max: maxCustomFields });
        }
        const field = await tx.customFieldDefinition.create({
          data: {
            userPoolId: actor.userPoolId,
            targetType: "USER",
            key,
            label,
            dataType: input.dataType,
            userEditable: input.userEditable ?? false,
            createdAt: clock.now(),
          },
        });
        await audit({
          action: "customField.create",
          targetType: "customField",
          targetId: field.key,
          after: summary(field),
        });
        return field;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("custom field", key);
      throw error;
    }
  }

  async function updateCustomField(
    actor: AdminActor,
    key: string,
    input: { label?: string | null; userEditable?: boolean | null },
  ): Promise<CustomFieldDefinition> {
    const before = await fieldOf(actor, key);
    const data: Prisma.CustomFieldDefinitionUpdateInput = {};
    if (input.label != null) data.label = checkLabel(input.label);
    if (input.userEditable != null) data.userEditable = input.userEditable;
    return adminChange(actor, async (tx, audit) => {
      const after = await tx.customFieldDefinition.update({ where: { id: before.id }, data });
      await audit({
        action: "customField.update",
        targetType: "customField",
        targetId: after.key,
        before: summary(before),
        after: summary(after),
      });
      return after;
    });
  }

  /** Deletes the field and every user's value of it. */
  async function deleteCustomField(actor: AdminActor, key: string): Promise<void> {
    const field = await fieldOf(actor, key);
    await adminChange(actor, async (tx, audit) => {
      await tx.customFieldDefinition.delete({ where: { id: field.id } });
      await audit({
        action: "customField.delete",
        targetType: "customField",
        targetId: field.key,
        before: summary(field),
      });
    });
  }

  /** Sets (null: removes) a user's custom values, any field; a user of another pool is UserNotFoundError. */
  async function setUserCustomData(
    actor: AdminActor,
    userId: string,
    customData: CustomDataInput,
  ): Promise<{ id: string }> {
    const user = await db.user.findFirst({
      where: { id: userId, userPoolId: actor.userPoolId },
      select: { id: true, userPoolId: true },
    });
    if (!user) throw new UserNotFoundError();
    await writeCustomData(db, user, customData, "admin", (tx) =>
      recordAudit(tx, actor, {
        action: "user.setCustomData",
        targetType: "user",
        targetId: user.id,
        after: customData as Prisma.InputJsonObject,
        at: clock.now(),
      }),
    );
    return user;
  }

  /**
   * Declares or updates each field by key (GenAuth's set-custom-fields): a new key needs a type and a label; an
   * existing one keeps its type (a different one is refused). Every entry is checked before any is written.
   */
  async function setCustomFields(
    actor: AdminActor,
    list: {
      key: string;
      label?: string | null;
      dataType?: CustomFieldDataType | null;
      userEditable?: boolean | null;
    }[],
  ): Promise<CustomFieldDefinition[]> {
    const entries = boundedBatch(list, "list");
    const existing = await listCustomFields(actor);
    const plan = entries.map((entry) => {
      const key = entry.key.trim();
      const field = existing.find((candidate) => candidate.key === key);
      if (field && entry.dataType && entry.dataType !== field.dataType)
        throw new InvalidInputError("dataType", "input.customFieldTypeFixed", { key, type: field.dataType });
      if (!field && !entry.dataType) throw new InvalidInputError("dataType", "input.required", { field: "dataType" });
      if (entry.label != null) checkLabel(entry.label);
      return { entry: { ...entry, key }, field };
    });
    const repeated = plan.find(
      ({ entry }, index) => plan.findIndex((other) => other.entry.key === entry.key) !== index,
    );
    if (repeated) throw new ResourceExistsError("custom field", repeated.entry.key);
    const saved: CustomFieldDefinition[] = [];
    for (const { entry, field } of plan)
      saved.push(
        field
          ? await updateCustomField(actor, entry.key, entry)
          : await createCustomField(actor, {
              key: entry.key,
              label: entry.label ?? entry.key,
              dataType: entry.dataType!,
              userEditable: entry.userEditable,
            }),
      );
    return saved;
  }

  return {
    fieldOf,
    listCustomFields,
    createCustomField,
    updateCustomField,
    setCustomFields,
    deleteCustomField,
    setUserCustomData,
  };
}

export type CustomFieldAdministration = ReturnType<typeof createCustomFieldAdministration>;
