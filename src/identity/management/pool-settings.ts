// The pool's own settings as an administrator reads and changes them (audited): for now its MFA policy, which
// every application without a policy of its own follows. Each gateway process caches the pool with its
// applications and drops the copy when the settings-change feed reports the write (src/identity/settings-cache.ts).
import type { Db } from "../../db/index.ts";
import type { MfaPolicy, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { createAdminChange, type AdminActor } from "./audit-log.ts";

export interface PoolSettingsInput {
  mfaPolicy?: MfaPolicy | null;
}

const settingsOf = (pool: UserPool) => ({ mfaPolicy: pool.mfaPolicy });

export function createPoolSettingsAdministration({ db, clock }: { db: Db; clock: Clock }) {
  const adminChange = createAdminChange({ db, clock });

  async function poolSettings(actor: AdminActor) {
    return settingsOf(await db.userPool.findUniqueOrThrow({ where: { id: actor.userPoolId } }));
  }

  async function updatePoolSettings(actor: AdminActor, input: PoolSettingsInput) {
    return adminChange(actor, async (tx, audit) => {
      const before = await tx.userPool.findUniqueOrThrow({ where: { id: actor.userPoolId } });
      const after = await tx.userPool.update({
        where: { id: before.id },
        data: { ...(input.mfaPolicy ? { mfaPolicy: input.mfaPolicy } : {}), updatedAt: clock.now() },
      });
      await audit({
        action: "userPool.update",
        targetType: "userPool",
        targetId: after.id,
        before: settingsOf(before),
        after: settingsOf(after),
      });
      return settingsOf(after);
    });
  }

  return { poolSettings, updatePoolSettings };
}

export type PoolSettingsAdministration = ReturnType<typeof createPoolSettingsAdministration>;
