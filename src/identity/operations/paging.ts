// GenAuth's numbered pages: `page` from 1, `limit` up to a batch (100), for every paged read.
import { InvalidInputError } from "../errors.ts";
import { maxBatchSize } from "../management/batches.ts";
import type { Nullable } from "./operation-types.ts";

const maxPage = 1_000_000;

export interface PageInput {
  page?: Nullable<number>;
  limit?: Nullable<number>;
}

/** The page as skip/take; defaults: page 1 of 10. */
export function pageOf(input: PageInput) {
  const page = input.page ?? 1;
  const limit = input.limit ?? 10;
  if (!Number.isInteger(page) || page < 1 || page > maxPage)
    throw new InvalidInputError("page", "input.outOfRange", { field: "page", min: 1, max: maxPage });
  if (!Number.isInteger(limit) || limit < 1 || limit > maxBatchSize)
    throw new InvalidInputError("limit", "input.outOfRange", { field: "limit", min: 1, max: maxBatchSize });
  return { skip: (page - 1) * limit, take: limit };
}
