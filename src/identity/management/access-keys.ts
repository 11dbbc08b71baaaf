// The user pool's access keys (AK/SK): created with the secret shown once, listed, disabled, deleted. The secret is
// kept as a digest (for getManagementToken) and, when the operator configured SECRETS_KEY, sealed as well so that
// signed requests can be verified; without it a key can only buy management tokens.
import type { Db } from "../../db/index.ts";
import type { AccessKey, AccessKeyStatus, Prisma } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { LastAccessKeyError, ResourceNotFoundError } from "../errors.ts";
import type { SecretBox } from "../secret-box.ts";
import { digestSecret, generatePublicId, generateSecret } from "../secrets.ts";
import { createAdminChange, type AdminActor } from "./audit-log.ts";

type Tx = Prisma.TransactionClient;

const summary = (key: AccessKey): Prisma.InputJsonObject => ({ accessKeyId: key.accessKeyId, status: key.status });

export function createAccessKeys({ db, clock, secretBox }: { db: Db; clock: Clock; secretBox: SecretBox | null }) {
  const adminChange = createAdminChange({ db, clock });
  /** A new key pair; `accessKeySecret` is returned here only. */
  async function insertAccessKey(tx: Tx | Db, userPoolId: string) {
    const accessKeyId = generatePublicId();
    const accessKeySecret = generateSecret();
    const accessKey = await tx.accessKey.create({
      data: {
        userPoolId,
        accessKeyId,
        secretHash: digestSecret(accessKeySecret),
        secretSealed: secretBox?.seal(accessKeySecret, accessKeyId) ?? null,
        createdAt: clock.now(),
      },
    });
    return { accessKey, accessKeySecret };
  }

  async function createAccessKey(actor: AdminActor) {
    return adminChange(actor, async (tx, audit) => {
      const created = await insertAccessKey(tx, actor.userPoolId);
      await audit({
        action: "accessKey.create",
        targetType: "accessKey",
        targetId: created.accessKey.accessKeyId,
        after: summary(created.accessKey),
      });
      return created;
    });
  }

  function listAccessKeys(actor: AdminActor): Promise<AccessKey[]> {
    return db.accessKey.findMany({
      where: { userPoolId: actor.userPoolId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
  }

  async function accessKeyOf(tx: Tx, actor: AdminActor, accessKeyId: string): Promise<AccessKey> {
    const key = await tx.accessKey.findUnique({ where: { accessKeyId: accessKeyId.trim() } });
    if (!key || key.userPoolId !== actor.userPoolId) throw new ResourceNotFoundError("access key", accessKeyId.trim());
    return key;
  }

  /**
   * Refuses to leave the pool with no active key. The pool row is locked first so two administrators disabling
   * the last two keys at once cannot both pass the count.
   */
  async function assertAnotherActiveKey(tx: Tx, key: AccessKey): Promise<void> {
    if (key.status !== "ACTIVE") return;
    await tx.$queryRaw`SELECT id FROM "UserPool" WHERE id = ${key.userPoolId} FOR UPDATE`;
    const others = await tx.accessKey.count({
      where: { userPoolId: key.userPoolId, status: "ACTIVE", id: { not: key.id } },
    });
    if (others === 0) throw new LastAccessKeyError();
  }

  async function setAccessKeyStatus(
    actor: AdminActor,
    accessKeyId: string,
    status: AccessKeyStatus,
  ): Promise<AccessKey> {
    return adminChange(actor, async (tx, audit) => {
      const before = await accessKeyOf(tx, actor, accessKeyId);
      if (status !== "ACTIVE") await assertAnotherActiveKey(tx, before);
      const after = await tx.accessKey.update({ where: { id: before.id }, data: { status } });
      await audit({
        action: "accessKey.setStatus",
        targetType: "accessKey",
        targetId: after.accessKeyId,
        before: summary(before),
        after: summary(after),
      });
      return after;
    });
  }

  async function deleteAccessKey(actor: AdminActor, accessKeyId: string): Promise<void> {
    await adminChange(actor, async (tx, audit) => {
      const key = await accessKeyOf(tx, actor, accessKeyId);
      await assertAnotherActiveKey(tx, key);
      await tx.accessKey.delete({ where: { id: key.id } });
      await tx.signatureNonce.deleteMany({ where: { accessKeyId: key.accessKeyId } });
      await audit({
        action: "accessKey.delete",
        targetType: "accessKey",
        targetId: key.accessKeyId,
        before: summary(key),
      });
    });
  }

  return { insertAccessKey, createAccessKey, listAccessKeys, setAccessKeyStatus, deleteAccessKey };
}

export type AccessKeys = ReturnType<typeof createAccessKeys>;
