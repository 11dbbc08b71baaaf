// createUsersBatch: up to maxBatchSize users, all or nothing. Every item is validated (and its password hashed)
// first; clashes inside the batch and with existing users are found with one query; any failure is reported per
// item and nothing is written. The inserts are four statements in one transaction whatever the batch size.
import type { Db } from "../../db/index.ts";
import type { Prisma, User } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { isUniqueViolation } from "../db-errors.ts";
import {
  BatchFailedError,
  IdentityError,
  InvalidInputError,
  UserExistsError,
  type BatchItemFailure,
} from "../errors.ts";
import { asUserExists, type NewUserInput, type PreparedUser, type UserService } from "../users/user-service.ts";
import { userSummary, type AdminActor } from "./audit-log.ts";
import { maxBatchSize } from "./batches.ts";

type UniqueField = "username" | "email" | "phone" | "externalId";

/** The values that must be unique in the pool, as comparable strings. */
function uniqueKeys(row: PreparedUser["row"]): [UniqueField, string][] {
  const keys: [UniqueField, string][] = [];
  if (row.username) keys.push(["username", row.username]);
  if (row.email) keys.push(["email", row.email]);
  if (row.phone) keys.push(["phone", `${row.phoneCountryCode ?? ""} ${row.phone}`]);
  if (row.externalId) keys.push(["externalId", row.externalId]);
  return keys;
}

export function createUsersBatchImport({ db, clock, users }: { db: Db; clock: Clock; users: UserService }) {
  /** Items clashing with existing users of the pool, one failure per item (its first taken field). */
  async function clashesWithExisting(
    userPoolId: string,
    prepared: { index: number; user: PreparedUser }[],
  ): Promise<BatchItemFailure[]> {
    const rows = prepared.map((item) => item.user.row);
    const values = (field: "username" | "email" | "externalId") =>
      rows.flatMap((row) => (row[field] ? [row[field] as string] : []));
    const phones = rows
      .filter((row) => row.phone)
      .map((row) => ({ phone: row.phone, phoneCountryCode: row.phoneCountryCode }));
    const existing = await db.user.findMany({
      where: {
        userPoolId,
        OR: [
          { username: { in: values("username") } },
          { email: { in: values("email") } },
          { externalId: { in: values("externalId") } },
          ...phones,
        ],
      },
      select: { username: true, email: true, phone: true, phoneCountryCode: true, externalId: true },
    });
    const taken = new Set(
      existing.flatMap((user) => uniqueKeys(user as PreparedUser["row"]).map(([field, value]) => `${field}:${value}`)),
    );
    return prepared.flatMap(({ index, user }) => {
      const clash = uniqueKeys(user.row).find(([field, value]) => taken.has(`${field}:${value}`));
      return clash ? [{ index, error: new UserExistsError(clash[0]) }] : [];
    });
  }

  async function createUsersBatch(actor: AdminActor, inputs: Omit<NewUserInput, "source">[]): Promise<User[]> {
    if (inputs.length === 0) throw new InvalidInputError("users", "input.required", { field: "users" });
    if (inputs.length > maxBatchSize)
      throw new InvalidInputError("users", "input.batchTooLarge", { max: maxBatchSize });
    const pool = await db.userPool.findUniqueOrThrow({ where: { id: actor.userPoolId } });
    const source = { type: "adminCreated" as const, id: actor.accessKeyId };
    const outcomes = await Promise.all(
      inputs.map((input, index) =>
        users.prepareUser(pool, { ...input, source }, "admin").then(
          (user) => ({ index, user }),
          (error: unknown) => {
            if (error instanceof IdentityError) return { index, error };
            throw error;
          },
        ),
      ),
    );
    const failures: BatchItemFailure[] = [];
    const prepared: { index: number; user: PreparedUser }[] = [];
    const seen = new Map<string, number>();
    for (const outcome of outcomes) {
      if ("error" in outcome) {
        failures.push(outcome);
        continue;
      }
      const repeated = uniqueKeys(outcome.user.row).find(([field, value]) => seen.has(`${field}:${value}`));
      if (repeated) failures.push({ index: outcome.index, error: new UserExistsError(repeated[0]) });
      else {
        for (const [field, value] of uniqueKeys(outcome.user.row)) seen.set(`${field}:${value}`, outcome.index);
        prepared.push(outcome);
      }
    }
    failures.push(...(await clashesWithExisting(pool.id, prepared)));
    if (failures.length)
      throw new BatchFailedError(
        failures.sort((a, b) => a.index - b.index),
        inputs.length,
      );

    const at = clock.now();
    const audit = (user: User): Prisma.AuditLogCreateManyInput => ({
      userPoolId: actor.userPoolId,
      actorType: "access_key",
      actorId: actor.accessKeyId,
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      after: userSummary(user),
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      createdAt: at,
    });
    const batch = prepared.map((item) => item.user);
    try {
      return await db.$transaction(async (tx) => {
        const created = await tx.user.createManyAndReturn({ data: batch.map((user) => user.row) });
        await tx.identity.createMany({ data: batch.map((user) => user.identity) });
        const customValues = batch.flatMap((user) => user.customValues);
        if (customValues.length) await tx.customFieldValue.createMany({ data: customValues });
        const byId = new Map(created.map((user) => [user.id, user]));
        const inOrder = batch.map((user) => byId.get(user.row.id)!);
        await tx.auditLog.createMany({ data: inOrder.map(audit) });
        return inOrder;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone created a clashing user since the check: name the items it now clashes with.
      const raced = await clashesWithExisting(pool.id, prepared);
      if (raced.length) throw new BatchFailedError(raced, inputs.length);
      throw asUserExists(error);
    }
  }

  return { createUsersBatch };
}

export type UsersBatchImport = ReturnType<typeof createUsersBatchImport>;
