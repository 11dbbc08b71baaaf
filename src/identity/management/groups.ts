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

  type NewGroup = { code: string; name: string; description?: string | null };

  function checkedGroup(input: NewGroup) {
    const code = checkCode(input.code);
    const name = input.name.trim();
    if (!name) throw new InvalidInputError("name", "input.required", { field: "name" });
    return { code, name, description: input.description ?? null };
  }

  async function createGroup(actor: AdminActor, input: NewGroup): Promise<Group> {
    return (await createGroups(actor, [input]))[0]!;
  }

  /** Creates every group or none (one transaction); a code taken or repeated refuses the batch. */
  async function createGroups(actor: AdminActor, inputs: NewGroup[]): Promise<Group[]> {
    const groups = inputs.map(checkedGroup);
    boundedBatch(inputs, "list");
    const repeated = groups.find((group, index) => groups.findIndex((other) => other.code === group.code) !== index);
    if (repeated) throw new ResourceExistsError("group", repeated.code);
    try {
      return await adminChange(actor, async (tx, audit) => {
        const created: Group[] = [];
        for (const data of groups) {
          const group = await tx.group.create({ data: { userPoolId: actor.userPoolId, ...data } });
          await audit({ action: "group.create", targetType: "group", targetId: group.id, after: summary(group) });
          created.push(group);
        }
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("group", groups.map((group) => group.code).join(","));
      throw error;
    }
  }

  async function updateGroup(
    actor: AdminActor,
    code: string,
    input: { name?: string | null; description?: string | null; newCode?: string | null },
  ): Promise<Group> {
    const before = await groupOf(actor, code);
    const data: Prisma.GroupUpdateInput = {};
    if (input.newCode != null) data.code = checkCode(input.newCode, "newCode");
    if (input.name != null) {
      if (!input.name.trim()) throw new InvalidInputError("name", "input.required", { field: "name" });
      data.name = input.name.trim();
    }
    if (input.description !== undefined) data.description = input.description;
    try {
      return await adminChange(actor, async (tx, audit) => {
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
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("group", String(data.code));
      throw error;
    }
  }

  async function deleteGroup(actor: AdminActor, code: string): Promise<void> {
    await deleteGroups(actor, [code]);
  }

  /** Deletes the groups (and their memberships) in one transaction; an unknown code deletes none. */
  async function deleteGroups(actor: AdminActor, codes: string[]): Promise<void> {
    const unique = boundedBatch(
      codes.map((code) => code.trim()),
      "codeList",
    );
    const groups = await Promise.all(unique.map((code) => groupOf(actor, code)));
    await adminChange(actor, async (tx, audit) => {
      await tx.group.deleteMany({ where: { id: { in: groups.map((group) => group.id) } } });
      for (const group of groups)
        await audit({ action: "group.delete", targetType: "group", targetId: group.id, before: summary(group) });
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

  return { groupOf, createGroup, createGroups, updateGroup, deleteGroup, deleteGroups, setMembers };
}

export type GroupAdministration = ReturnType<typeof createGroupAdministration>;
