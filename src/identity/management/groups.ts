// Groups: flat sets of users, by code.
import type { Db } from "../../db/index.ts";
import type { Group, Prisma } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { InvalidInputError, ResourceExistsError, ResourceNotFoundError } from "../errors.ts";
import { createAdminChange, type AdminActor } from "./audit-log.ts";
import { assertUsersInPool, boundedBatch, checkCode } from "./batches.ts";

const summary = (group: Group): Prisma.InputJsonObject => ({
  code: group.code,
  name: group.name,
  description: group.description,
});

export function createGroupAdministration({ db, clock }: { db: Db; clock: Clock }) {
  const adminChange = createAdminChange({ db, clock });
  async function groupOf(actor: AdminActor, code: string): Promise<Group> {
    const group = await db.group.findUnique({
      where: { userPoolId_code: { userPoolId: actor.userPoolId, code: code.trim() } },
    });
    if (!group) throw new ResourceNotFoundError("group", code.trim());
    return group;
  }

  async function createGroup(
    actor: AdminActor,
    input: { code: string; name: string; description?: string | null },
  ): Promise<Group> {
    const code = checkCode(input.code);
    const name = input.name.trim();
    if (!name) throw new InvalidInputError("name", "input.required", { field: "name" });
    try {
      return await adminChange(actor, async (tx, audit) => {
        const group = await tx.group.create({
          data: { userPoolId: actor.userPoolId, code, name, description: input.description ?? null },
        });
        await audit({
          action: "group.create",
          targetType: "group",
          targetId: group.id,
          after: summary(group),
        });
        return group;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("group", code);
      throw error;
    }
  }

  async function updateGroup(
    actor: AdminActor,
    code: string,
    input: { name?: string | null; description?: string | null },
  ): Promise<Group> {
    const before = await groupOf(actor, code);
    const data: Prisma.GroupUpdateInput = {};
    if (input.name != null) {
      if (!input.name.trim()) throw new InvalidInputError("name", "input.required", { field: "name" });
      data.name = input.name.trim();
    }
    if (input.description !== undefined) data.description = input.description;
    return adminChange(actor, async (tx, audit) => {
      const after = await tx.group.update({ where: { id: before.id }, data });
      await audit({
        action: "group.update",
        targetType: "group",
        targetId: before.id,
        before: summary(before),
        after: summary(after),
      });
      return after;
    });
  }

  async function deleteGroup(actor: AdminActor, code: string): Promise<void> {
    const group = await groupOf(actor, code);
    await adminChange(actor, async (tx, audit) => {
      await tx.group.delete({ where: { id: group.id } });
      await audit({
        action: "group.delete",
        targetType: "group",
        targetId: group.id,
        before: summary(group),
      });
    });
  }

  async function setMembers(actor: AdminActor, code: string, userIds: string[], add: boolean): Promise<void> {
    const group = await groupOf(actor, code);
    const unique = boundedBatch(userIds, "userIds");
    await assertUsersInPool(db, actor.userPoolId, unique);
    await adminChange(actor, async (tx, audit) => {
      if (add)
        await tx.groupMember.createMany({
          data: unique.map((userId) => ({ groupId: group.id, userId })),
          skipDuplicates: true,
        });
      else await tx.groupMember.deleteMany({ where: { groupId: group.id, userId: { in: unique } } });
      await audit({
        action: add ? "group.addMembers" : "group.removeMembers",
        targetType: "group",
        targetId: group.id,
        after: { userIds: unique },
      });
    });
  }

  return { groupOf, createGroup, updateGroup, deleteGroup, setMembers };
}

export type GroupAdministration = ReturnType<typeof createGroupAdministration>;
