// Input checks every management service shares: bounded batches, codes, and "these users are in this pool".
import type { Db } from "../../db/index.ts";
import { InvalidInputError, ResourceNotFoundError } from "../errors.ts";

export const maxBatchSize = 100;
const codePattern = /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,63}$/;

/** The distinct values of a batch argument, which must hold 1 to maxBatchSize of them. */
export function boundedBatch<T>(values: T[], field: string): T[] {
  const unique = [...new Set(values)];
  if (unique.length === 0) throw new InvalidInputError(field, "input.required", { field });
  if (unique.length > maxBatchSize) throw new InvalidInputError(field, "input.batchTooLarge", { max: maxBatchSize });
  return unique;
}

/** A role, namespace, organization, department or group code: 1 to 64 of letters, digits and _ : . - */
export function checkCode(code: string, field = "code"): string {
  const trimmed = code.trim();
  if (!codePattern.test(trimmed)) throw new InvalidInputError(field, "input.invalidCode", { field });
  return trimmed;
}

/** Refuses the request (ResourceNotFoundError naming the first stranger) unless every id is a user of the pool. */
export async function assertUsersInPool(db: Db, userPoolId: string, userIds: string[]): Promise<void> {
  const found = await db.user.findMany({ where: { userPoolId, id: { in: userIds } }, select: { id: true } });
  const known = new Set(found.map((user) => user.id));
  const missing = userIds.find((id) => !known.has(id));
  if (missing) throw new ResourceNotFoundError("user", missing);
}
