import type { Db } from "../../db/index.ts";
import type { Prisma, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import type { SigningKeyStore } from "../tokens/signing-keys.ts";

export type NewUserPoolInput = Omit<Prisma.UserPoolCreateInput, "createdAt" | "updatedAt">;

export function createUserPoolService({ db, clock, keys }: { db: Db; clock: Clock; keys: SigningKeyStore }) {
  /** Creates a user pool and its first signing key, so it can issue tokens at once. */
  async function createUserPool(input: NewUserPoolInput): Promise<UserPool> {
    const pool = await db.userPool.create({ data: { ...input, createdAt: clock.now() } });
    await keys.ensureSigningKey(pool.id, pool.signingAlg);
    return pool;
  }
  return { createUserPool };
}

export type UserPoolService = ReturnType<typeof createUserPoolService>;
