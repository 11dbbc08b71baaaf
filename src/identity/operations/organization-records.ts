// An administrator's reads of organizations and departments as whole records (with their member and child
// counts and leaders), for adapters that answer every field at once (GenAuth's REST management API).
// GenAuth gives each organization a root department whose id is the parent of the top level: here that root is
// the organization itself, named by its id (or "root"), so a top-level department's parent is its organization.
import type { Db } from "../../db/index.ts";
import type { Organization, Prisma } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import { InvalidInputError, ResourceNotFoundError } from "../errors.ts";
import type { DepartmentAdministration } from "../management/departments.ts";
import type { UserExtrasInput } from "../users/user-extras.ts";
import type { Nullable } from "./operation-types.ts";
import type { OrganizationDirectory } from "./organization-directory.ts";
import { type PageInput, pageOf } from "./paging.ts";
import type { UserRecords } from "./user-records.ts";

const departmentRecord = {
  organization: true,
  parent: true,
  members: { where: { isLeader: true }, select: { userId: true }, orderBy: { createdAt: "asc" } },
  _count: { select: { members: true, children: true } },
} satisfies Prisma.DepartmentInclude;

export type DepartmentRecord = Prisma.DepartmentGetPayload<{ include: typeof departmentRecord }>;

export interface OrganizationRecord {
  organization: Organization;
  membersCount: number;
  hasChildren: boolean;
}

/** A department named as GenAuth names it: by id (the organization's id or "root" for its root) or by code. */
export interface DepartmentRef {
  organizationCode: string;
  departmentId: string;
  departmentIdType?: Nullable<"department_id" | "code">;
}

export function createOrganizationRecords({
  db,
  departmentAdmin,
  organizationDirectory,
  userRecords,
}: {
  db: Db;
  departmentAdmin: DepartmentAdministration;
  organizationDirectory: OrganizationDirectory;
  userRecords: UserRecords;
}) {
  async function organizationRecords(organizations: Organization[]): Promise<OrganizationRecord[]> {
    const ids = organizations.map((organization) => organization.id);
    if (ids.length === 0) return [];
    // Distinct users per organization: a user in two departments of one organization counts once.
    const [counts, tops] = await Promise.all([
      db.$queryRaw<{ organizationId: string; count: number }[]>`
        SELECT d."organizationId", COUNT(DISTINCT m."userId")::int AS count
        FROM "DepartmentMember" m JOIN "Department" d ON d.id = m."departmentId"
        WHERE d."organizationId" = ANY(${ids}) GROUP BY d."organizationId"`,
      db.department.groupBy({ by: ["organizationId"], where: { organizationId: { in: ids }, parentId: null } }),
    ]);
    return organizations.map((organization) => ({
      organization,
      membersCount: counts.find((row) => row.organizationId === organization.id)?.count ?? 0,
      hasChildren: tops.some((top) => top.organizationId === organization.id),
    }));
  }

  async function organizationPage(caller: Caller, input: PageInput) {
    const spec = organizationDirectory.organizationsSpec(caller);
    const [totalCount, organizations] = await Promise.all([
      db.organization.count({ where: spec.where }),
      db.organization.findMany({ ...spec, ...pageOf(input) }),
    ]);
    return { totalCount, list: await organizationRecords(organizations) };
  }

  async function getOrganization(caller: Caller, code: string): Promise<OrganizationRecord> {
    const organization = await departmentAdmin.organizationOf(adminActor(caller), code);
    return (await organizationRecords([organization]))[0]!;
  }

  /** The department's id, or null for the organization's root. */
  async function departmentIdOf(caller: Caller, ref: DepartmentRef): Promise<string | null> {
    const actor = adminActor(caller);
    const organization = await departmentAdmin.organizationOf(actor, ref.organizationCode);
    if (ref.departmentId === "root" || ref.departmentId === organization.id) return null;
    const type = ref.departmentIdType ?? "department_id";
    const department = await db.department.findFirst({
      where: {
        organizationId: organization.id,
        ...(type === "code" ? { code: ref.departmentId } : { id: ref.departmentId }),
      },
      select: { id: true },
    });
    if (!department) throw new ResourceNotFoundError("department", ref.departmentId);
    return department.id;
  }

  /** The department itself; its organization's root is no department and is refused as one. */
  async function departmentOf(caller: Caller, ref: DepartmentRef): Promise<string> {
    const id = await departmentIdOf(caller, ref);
    if (id === null) throw new InvalidInputError("departmentId", "department.rootIsOrganization");
    return id;
  }

  function departmentRecords(ids: string[]): Promise<DepartmentRecord[]> {
    return db.department.findMany({ where: { id: { in: ids } }, include: departmentRecord });
  }

  async function getDepartment(caller: Caller, ref: DepartmentRef): Promise<DepartmentRecord> {
    return (await departmentRecords([await departmentOf(caller, ref)]))[0]!;
  }

  async function childDepartments(caller: Caller, ref: DepartmentRef): Promise<DepartmentRecord[]> {
    const departmentId = await departmentIdOf(caller, ref);
    const spec = await organizationDirectory.childDepartmentsSpec(caller, { ...ref, departmentId });
    return db.department.findMany({ ...spec, include: departmentRecord });
  }

  async function searchDepartments(
    caller: Caller,
    input: { keyword: string; organizationCode?: Nullable<string> },
  ): Promise<DepartmentRecord[]> {
    const spec = await organizationDirectory.searchDepartmentsSpec(caller, input);
    return db.department.findMany({ ...spec, include: departmentRecord });
  }

  async function departmentMemberPage(caller: Caller, ref: DepartmentRef & PageInput & UserExtrasInput) {
    const departmentId = await departmentOf(caller, ref);
    return userRecords.memberPage(await organizationDirectory.departmentMembersSpec(caller, { departmentId }), ref);
  }

  return {
    organizationPage,
    getOrganization,
    departmentIdOf,
    departmentOf,
    getDepartment,
    departmentRecords,
    childDepartments,
    searchDepartments,
    departmentMemberPage,
  };
}

export type OrganizationRecords = ReturnType<typeof createOrganizationRecords>;
