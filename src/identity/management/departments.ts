// Organizations and their department trees: create, rename, move (never under itself or a descendant), delete
// (refused while children or members remain, unless forced), members and a user's main department.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { Department, Organization, Prisma } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { InvalidInputError, ResourceExistsError, ResourceNotFoundError } from "../errors.ts";
import { createAdminChange, type AdminActor } from "./audit-log.ts";
import { assertUsersInPool, boundedBatch, checkCode, maxBatchSize } from "./batches.ts";

const maxTreeDepth = 64;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new InvalidInputError("name", "input.required", { field: "name" });
  if ([...trimmed].length > 128) throw new InvalidInputError("name", "input.tooLong", { field: "name", max: 128 });
  return trimmed;
}

const summary = (d: Department): Prisma.InputJsonObject => ({
  code: d.code,
  name: d.name,
  parentId: d.parentId,
  organizationId: d.organizationId,
});

export function createDepartmentAdministration({ db, clock }: { db: Db; clock: Clock }) {
  const adminChange = createAdminChange({ db, clock });
  async function organizationOf(actor: AdminActor, code: string): Promise<Organization> {
    const organization = await db.organization.findUnique({
      where: { userPoolId_code: { userPoolId: actor.userPoolId, code: code.trim() } },
    });
    if (!organization) throw new ResourceNotFoundError("organization", code.trim());
    return organization;
  }

  async function departmentOf(actor: AdminActor, departmentId: string): Promise<Department> {
    const department = await db.department.findFirst({ where: { id: departmentId, userPoolId: actor.userPoolId } });
    if (!department) throw new ResourceNotFoundError("department", departmentId);
    return department;
  }

  async function createOrganization(
    actor: AdminActor,
    input: { code: string; name: string; description?: string | null },
  ) {
    const code = checkCode(input.code);
    try {
      return await adminChange(actor, async (tx, audit) => {
        const organization = await tx.organization.create({
          data: {
            userPoolId: actor.userPoolId,
            code,
            name: checkName(input.name),
            description: input.description ?? null,
          },
        });
        await audit({
          action: "organization.create",
          targetType: "organization",
          targetId: organization.id,
          after: { code, name: organization.name },
        });
        return organization;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("organization", code);
      throw error;
    }
  }

  async function updateOrganization(
    actor: AdminActor,
    code: string,
    input: { newCode?: string | null; name?: string | null; description?: string | null },
  ): Promise<Organization> {
    const before = await organizationOf(actor, code);
    const data: Prisma.OrganizationUpdateInput = {};
    if (input.newCode != null) data.code = checkCode(input.newCode, "newCode");
    if (input.name != null) data.name = checkName(input.name);
    if (input.description !== undefined) data.description = input.description;
    try {
      return await adminChange(actor, async (tx, audit) => {
        const after = await tx.organization.update({ where: { id: before.id }, data });
        await audit({
          action: "organization.update",
          targetType: "organization",
          targetId: before.id,
          before: { code: before.code, name: before.name },
          after: { code: after.code, name: after.name },
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("organization", String(data.code));
      throw error;
    }
  }

  /** Deletes the organization with its whole department tree; members stay users, without those departments. */
  async function deleteOrganization(actor: AdminActor, code: string): Promise<void> {
    const organization = await organizationOf(actor, code);
    await adminChange(actor, async (tx, audit) => {
      const inOrganization = { organizationId: organization.id };
      await tx.user.updateMany({
        where: { mainDepartment: inOrganization },
        data: { mainDepartmentId: null },
      });
      // The tree's parent links refuse a parent's deletion before its children's; flatten it first.
      await tx.department.updateMany({ where: inOrganization, data: { parentId: null } });
      await tx.organization.delete({ where: { id: organization.id } });
      await audit({
        action: "organization.delete",
        targetType: "organization",
        targetId: organization.id,
        before: { code: organization.code, name: organization.name },
      });
    });
  }

  async function createDepartment(
    actor: AdminActor,
    input: {
      organizationCode: string;
      /** GenAuth's code is optional; without one the department gets a generated one, unique as every code. */
      code?: string | null;
      name: string;
      parentDepartmentId?: string | null;
      description?: string | null;
    },
  ): Promise<Department> {
    const organization = await organizationOf(actor, input.organizationCode);
    const code = checkCode(input.code ?? randomUUID());
    const name = checkName(input.name);
    if (input.parentDepartmentId) {
      const parent = await departmentOf(actor, input.parentDepartmentId);
      if (parent.organizationId !== organization.id)
        throw new ResourceNotFoundError("department", input.parentDepartmentId);
    }
    try {
      return await adminChange(actor, async (tx, audit) => {
        const department = await tx.department.create({
          data: {
            userPoolId: actor.userPoolId,
            organizationId: organization.id,
            parentId: input.parentDepartmentId ?? null,
            code,
            name,
            description: input.description ?? null,
          },
        });
        await audit({
          action: "department.create",
          targetType: "department",
          targetId: department.id,
          after: summary(department),
        });
        return department;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("department", code);
      throw error;
    }
  }

  /** Walks up from `candidateParentId`; meeting `departmentId` means the move would make a cycle. */
  async function wouldCycle(departmentId: string, candidateParentId: string): Promise<boolean> {
    let current: string | null = candidateParentId;
    for (let depth = 0; current && depth < maxTreeDepth; depth++) {
      if (current === departmentId) return true;
      const parent: { parentId: string | null } | null = await db.department.findUnique({
        where: { id: current },
        select: { parentId: true },
      });
      current = parent?.parentId ?? null;
    }
    return current !== null;
  }

  async function updateDepartment(
    actor: AdminActor,
    departmentId: string,
    input: {
      name?: string | null;
      code?: string | null;
      description?: string | null;
      parentDepartmentId?: string | null;
      moveToRoot?: boolean | null;
      /** The department's leaders, all of them members; the others stop leading it. */
      leaderUserIds?: string[] | null;
    },
  ): Promise<Department> {
    const before = await departmentOf(actor, departmentId);
    const leaders = input.leaderUserIds ? [...new Set(input.leaderUserIds)] : null;
    if (leaders?.length) {
      const members = await db.departmentMember.count({ where: { departmentId: before.id, userId: { in: leaders } } });
      if (members !== leaders.length) throw new InvalidInputError("leaderUserIds", "department.notMember");
    }
    const data: Prisma.DepartmentUncheckedUpdateInput = {};
    if (input.name != null) data.name = checkName(input.name);
    if (input.code != null) data.code = checkCode(input.code);
    if (input.description !== undefined) data.description = input.description;
    if (input.moveToRoot) data.parentId = null;
    else if (input.parentDepartmentId) {
      const parent = await departmentOf(actor, input.parentDepartmentId);
      if (parent.organizationId !== before.organizationId)
        throw new ResourceNotFoundError("department", input.parentDepartmentId);
      if (await wouldCycle(before.id, parent.id)) throw new InvalidInputError("parentDepartmentId", "department.cycle");
      data.parentId = parent.id;
    }
    try {
      return await adminChange(actor, async (tx, audit) => {
        const after = await tx.department.update({ where: { id: before.id }, data });
        if (leaders) {
          await tx.departmentMember.updateMany({
            where: { departmentId: before.id },
            data: { isLeader: false },
          });
          await tx.departmentMember.updateMany({
            where: { departmentId: before.id, userId: { in: leaders } },
            data: { isLeader: true },
          });
        }
        await audit({
          action: "department.update",
          targetType: "department",
          targetId: before.id,
          before: summary(before),
          after: { ...summary(after), ...(leaders ? { leaderUserIds: leaders } : {}) },
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("department", String(data.code));
      throw error;
    }
  }

  /** Every department below `departmentId`, nearest first. */
  async function descendantsOf(departmentId: string): Promise<string[]> {
    const found: string[] = [];
    let frontier = [departmentId];
    for (let depth = 0; frontier.length && depth < maxTreeDepth; depth++) {
      const children = await db.department.findMany({ where: { parentId: { in: frontier } }, select: { id: true } });
      frontier = children.map((child) => child.id);
      found.push(...frontier);
    }
    return found;
  }

  /** Refuses a department with children or members unless `force`, which deletes its whole subtree. */
  async function deleteDepartment(actor: AdminActor, departmentId: string, force: boolean): Promise<void> {
    const department = await departmentOf(actor, departmentId);
    const descendants = await descendantsOf(department.id);
    const subtree = [department.id, ...descendants];
    const members = await db.departmentMember.count({ where: { departmentId: { in: subtree } } });
    if (!force && (descendants.length > 0 || members > 0))
      throw new InvalidInputError("departmentId", "department.notEmpty", { children: descendants.length, members });
    await adminChange(actor, async (tx, audit) => {
      await tx.user.updateMany({ where: { mainDepartmentId: { in: subtree } }, data: { mainDepartmentId: null } });
      // Deepest first, so no row is deleted while a child still points at it.
      for (const id of [...subtree].reverse()) await tx.department.delete({ where: { id } });
      await audit({
        action: "department.delete",
        targetType: "department",
        targetId: department.id,
        before: { ...summary(department), subtree: subtree.length, members },
      });
    });
  }

  async function setMembers(actor: AdminActor, departmentId: string, userIds: string[], add: boolean): Promise<void> {
    const department = await departmentOf(actor, departmentId);
    const unique = boundedBatch(userIds, "userIds");
    await assertUsersInPool(db, actor.userPoolId, unique);
    await adminChange(actor, async (tx, audit) => {
      if (add)
        await tx.departmentMember.createMany({
          data: unique.map((userId) => ({ departmentId: department.id, userId })),
          skipDuplicates: true,
        });
      else {
        await tx.departmentMember.deleteMany({ where: { departmentId: department.id, userId: { in: unique } } });
        await tx.user.updateMany({
          where: { id: { in: unique }, mainDepartmentId: department.id },
          data: { mainDepartmentId: null },
        });
      }
      await audit({
        action: add ? "department.addMembers" : "department.removeMembers",
        targetType: "department",
        targetId: department.id,
        after: { userIds: unique },
      });
    });
  }

  /**
   * Makes these the user's departments (and only these): memberships outside the list end, leaders are marked,
   * and the main department is the one flagged (at most one), or none when no listed one is flagged.
   */
  async function setUserDepartments(
    actor: AdminActor,
    userId: string,
    departments: { departmentId: string; isLeader?: boolean | null; isMainDepartment?: boolean | null }[],
  ): Promise<void> {
    await assertUsersInPool(db, actor.userPoolId, [userId]);
    if (departments.length > maxBatchSize)
      throw new InvalidInputError("departments", "input.batchTooLarge", { max: maxBatchSize });
    const ids = departments.map((department) => department.departmentId);
    const found = await db.department.findMany({ where: { userPoolId: actor.userPoolId, id: { in: ids } } });
    const missing = ids.find((id) => !found.some((department) => department.id === id));
    if (missing) throw new ResourceNotFoundError("department", missing);
    const main = departments.filter((department) => department.isMainDepartment);
    if (main.length > 1) throw new InvalidInputError("isMainDepartment", "department.oneMain");
    await adminChange(actor, async (tx, audit) => {
      await tx.departmentMember.deleteMany({ where: { userId, departmentId: { notIn: ids } } });
      for (const department of departments)
        await tx.departmentMember.upsert({
          where: { departmentId_userId: { departmentId: department.departmentId, userId } },
          create: { departmentId: department.departmentId, userId, isLeader: department.isLeader ?? false },
          update: { isLeader: department.isLeader ?? false },
        });
      await tx.user.update({ where: { id: userId }, data: { mainDepartmentId: main[0]?.departmentId ?? null } });
      await audit({
        action: "user.setDepartments",
        targetType: "user",
        targetId: userId,
        after: { departmentIds: ids, mainDepartmentId: main[0]?.departmentId ?? null },
      });
    });
  }

  /** The user's main department must be one they belong to. */
  async function setMainDepartment(actor: AdminActor, userId: string, departmentId: string): Promise<void> {
    const department = await departmentOf(actor, departmentId);
    const membership = await db.departmentMember.findUnique({
      where: { departmentId_userId: { departmentId: department.id, userId } },
    });
    if (!membership) throw new InvalidInputError("departmentId", "department.notMember");
    await adminChange(actor, async (tx, audit) => {
      await tx.user.update({ where: { id: userId }, data: { mainDepartmentId: department.id } });
      await audit({
        action: "user.setMainDepartment",
        targetType: "user",
        targetId: userId,
        after: { departmentId: department.id },
      });
    });
  }

  return {
    organizationOf,
    departmentOf,
    createOrganization,
    updateOrganization,
    deleteOrganization,
    createDepartment,
    updateDepartment,
    deleteDepartment,
    setMembers,
    setMainDepartment,
    setUserDepartments,
  };
}

export type DepartmentAdministration = ReturnType<typeof createDepartmentAdministration>;
