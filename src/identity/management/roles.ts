// Roles inside namespaces, and their assignment to users and to departments (whose members then hold them).
import type { Db } from "../../db/index.ts";
import type { Namespace, Prisma, Role } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { ResourceExistsError, ResourceNotFoundError } from "../errors.ts";
import { createAdminChange, type AdminActor } from "./audit-log.ts";
import { assertUsersInPool, boundedBatch, checkCode } from "./batches.ts";

export const defaultNamespace = "default";

export type RoleInNamespace = Role & { namespace: Namespace };

export type RoleTargetType = "USER" | "DEPARTMENT";
export interface RoleTarget {
  targetType: RoleTargetType;
  targetId: string;
}

const roleSummary = (role: Role): Prisma.InputJsonObject => ({
  code: role.code,
  name: role.name,
  description: role.description,
  namespaceId: role.namespaceId,
});

export function createRoleAdministration({ db, clock }: { db: Db; clock: Clock }) {
  const adminChange = createAdminChange({ db, clock });
  /** The namespace by code; the default one is created on first use, others must exist. */
  async function namespaceOf(actor: AdminActor, code: string | null | undefined, create = false) {
    const namespaceCode = checkCode(code ?? defaultNamespace, "namespace");
    const existing = await db.namespace.findUnique({
      where: { userPoolId_code: { userPoolId: actor.userPoolId, code: namespaceCode } },
    });
    if (existing) return existing;
    if (namespaceCode !== defaultNamespace && !create) throw new ResourceNotFoundError("namespace", namespaceCode);
    try {
      return await db.namespace.create({
        data: { userPoolId: actor.userPoolId, code: namespaceCode, name: namespaceCode },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return db.namespace.findUniqueOrThrow({
        where: { userPoolId_code: { userPoolId: actor.userPoolId, code: namespaceCode } },
      });
    }
  }

  async function roleOf(actor: AdminActor, code: string, namespace?: string | null): Promise<RoleInNamespace> {
    const ns = await namespaceOf(actor, namespace);
    const role = await db.role.findUnique({ where: { namespaceId_code: { namespaceId: ns.id, code: code.trim() } } });
    if (!role) throw new ResourceNotFoundError("role", `${ns.code}:${code.trim()}`);
    return { ...role, namespace: ns };
  }

  async function createNamespace(actor: AdminActor, code: string, name?: string | null, description?: string | null) {
    const namespaceCode = checkCode(code, "code");
    try {
      return await adminChange(actor, async (tx, audit) => {
        const created = await tx.namespace.create({
          data: { userPoolId: actor.userPoolId, code: namespaceCode, name: name?.trim() || namespaceCode, description },
        });
        await audit({
          action: "namespace.create",
          targetType: "namespace",
          targetId: created.id,
          after: { code: namespaceCode },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("namespace", namespaceCode);
      throw error;
    }
  }

  async function createRole(
    actor: AdminActor,
    input: { code: string; namespace?: string | null; name?: string | null; description?: string | null },
  ): Promise<RoleInNamespace> {
    const code = checkCode(input.code);
    const ns = await namespaceOf(actor, input.namespace);
    try {
      return await adminChange(actor, async (tx, audit) => {
        const role = await tx.role.create({
          data: {
            userPoolId: actor.userPoolId,
            namespaceId: ns.id,
            code,
            name: input.name?.trim() || null,
            description: input.description?.trim() || null,
          },
          include: { namespace: true },
        });
        await audit({
          action: "role.create",
          targetType: "role",
          targetId: role.id,
          after: roleSummary(role),
        });
        return role;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("role", `${ns.code}:${code}`);
      throw error;
    }
  }

  async function updateRole(
    actor: AdminActor,
    input: {
      code: string;
      namespace?: string | null;
      newCode?: string | null;
      name?: string | null;
      description?: string | null;
    },
  ): Promise<RoleInNamespace> {
    const before = await roleOf(actor, input.code, input.namespace);
    const data: Prisma.RoleUpdateInput = {};
    if (input.newCode != null) data.code = checkCode(input.newCode, "newCode");
    if (input.name !== undefined) data.name = input.name?.trim() || null;
    if (input.description !== undefined) data.description = input.description?.trim() || null;
    try {
      return await adminChange(actor, async (tx, audit) => {
        const after = await tx.role.update({ where: { id: before.id }, data, include: { namespace: true } });
        await audit({
          action: "role.update",
          targetType: "role",
          targetId: before.id,
          before: roleSummary(before),
          after: roleSummary(after),
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ResourceExistsError("role", String(data.code));
      throw error;
    }
  }

  /** Deletes the roles (and their assignments) in one transaction; an unknown code deletes none. */
  async function deleteRoles(actor: AdminActor, codes: string[], namespace?: string | null): Promise<void> {
    const unique = boundedBatch(
      codes.map((code) => code.trim()),
      "codes",
    );
    const roles = await Promise.all(unique.map((code) => roleOf(actor, code, namespace)));
    await adminChange(actor, async (tx, audit) => {
      await tx.role.deleteMany({ where: { id: { in: roles.map((role) => role.id) } } });
      for (const role of roles)
        await audit({
          action: "role.delete",
          targetType: "role",
          targetId: role.id,
          before: roleSummary(role),
        });
    });
  }

  /** Checks every target belongs to the actor's pool; one unknown target refuses the whole request. */
  async function checkTargets(actor: AdminActor, targets: RoleTarget[]) {
    boundedBatch(targets, "targets");
    const userIds = targets.filter((t) => t.targetType === "USER").map((t) => t.targetId);
    const departmentIds = targets.filter((t) => t.targetType === "DEPARTMENT").map((t) => t.targetId);
    await assertUsersInPool(db, actor.userPoolId, userIds);
    const departments = await db.department.findMany({
      where: { userPoolId: actor.userPoolId, id: { in: departmentIds } },
      select: { id: true },
    });
    const missingDepartment = departmentIds.find((id) => !departments.some((department) => department.id === id));
    if (missingDepartment) throw new ResourceNotFoundError("department", missingDepartment);
    return { userIds: [...new Set(userIds)], departmentIds: [...new Set(departmentIds)] };
  }

  async function assignRole(
    actor: AdminActor,
    code: string,
    namespace: string | null | undefined,
    targets: RoleTarget[],
  ): Promise<void> {
    const role = await roleOf(actor, code, namespace);
    const { userIds, departmentIds } = await checkTargets(actor, targets);
    await adminChange(actor, async (tx, audit) => {
      await tx.userRole.createMany({
        data: userIds.map((userId) => ({ userId, roleId: role.id })),
        skipDuplicates: true,
      });
      await tx.departmentRole.createMany({
        data: departmentIds.map((departmentId) => ({ departmentId, roleId: role.id })),
        skipDuplicates: true,
      });
      await audit({
        action: "role.assign",
        targetType: "role",
        targetId: role.id,
        after: { userIds, departmentIds },
      });
    });
  }

  async function revokeRole(
    actor: AdminActor,
    code: string,
    namespace: string | null | undefined,
    targets: RoleTarget[],
  ): Promise<void> {
    const role = await roleOf(actor, code, namespace);
    const { userIds, departmentIds } = await checkTargets(actor, targets);
    await adminChange(actor, async (tx, audit) => {
      await tx.userRole.deleteMany({ where: { roleId: role.id, userId: { in: userIds } } });
      await tx.departmentRole.deleteMany({ where: { roleId: role.id, departmentId: { in: departmentIds } } });
      await audit({
        action: "role.revoke",
        targetType: "role",
        targetId: role.id,
        before: { userIds, departmentIds },
      });
    });
  }

  /** Users who hold the role directly or, when asked, through a department they belong to. */
  function roleMembersWhere(role: Role, includeDepartments: boolean): Prisma.UserWhereInput {
    const direct: Prisma.UserWhereInput = { roles: { some: { roleId: role.id } } };
    if (!includeDepartments) return { userPoolId: role.userPoolId, ...direct };
    return {
      userPoolId: role.userPoolId,
      OR: [direct, { departments: { some: { department: { roles: { some: { roleId: role.id } } } } } }],
    };
  }

  /** Departments the role is assigned to (their members hold it). */
  function roleDepartmentsWhere(role: Role): Prisma.DepartmentWhereInput {
    return { userPoolId: role.userPoolId, roles: { some: { roleId: role.id } } };
  }

  return {
    namespaceOf,
    roleOf,
    createNamespace,
    createRole,
    updateRole,
    deleteRoles,
    assignRole,
    revokeRole,
    roleMembersWhere,
    roleDepartmentsWhere,
  };
}

export type RoleAdministration = ReturnType<typeof createRoleAdministration>;
