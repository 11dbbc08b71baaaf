// An administrator's reads of organizations and departments: the pool's organizations, a level of a department
// tree, a keyword search and a department's members, as caller-scoped specs the adapter reads with its own
// selection. Unknown organizations and departments (or another pool's) are ResourceNotFoundError.
import type { Prisma } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import { InvalidInputError } from "../errors.ts";
import type { DepartmentAdministration } from "../management/departments.ts";
import type { ListSpec, Nullable } from "./operation-types.ts";

type DepartmentSpec = ListSpec<Prisma.DepartmentWhereInput, Prisma.DepartmentOrderByWithRelationInput>;
const maxKeywordLength = 128;
const maxSearchResults = 100;

export function createOrganizationDirectory({ departmentAdmin }: { departmentAdmin: DepartmentAdministration }) {
  function organizationsSpec(
    caller: Caller,
  ): ListSpec<Prisma.OrganizationWhereInput, Prisma.OrganizationOrderByWithRelationInput> {
    return { where: { userPoolId: adminActor(caller).userPoolId }, orderBy: [{ code: "asc" }, { id: "asc" }] };
  }

  /** The direct children of a department, or with no department the organization's top level. */
  async function childDepartmentsSpec(
    caller: Caller,
    input: { organizationCode: string; departmentId?: Nullable<string> },
  ): Promise<DepartmentSpec> {
    const actor = adminActor(caller);
    const organization = await departmentAdmin.organizationOf(actor, input.organizationCode);
    if (input.departmentId) await departmentAdmin.departmentOf(actor, input.departmentId);
    return {
      where: { organizationId: organization.id, parentId: input.departmentId ?? null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    };
  }

  /** Departments whose name or code contains the keyword (case-insensitive), at most 100. */
  async function searchDepartmentsSpec(
    caller: Caller,
    input: { keyword: string; organizationCode?: Nullable<string> },
  ): Promise<DepartmentSpec & { take: number }> {
    const actor = adminActor(caller);
    const keyword = input.keyword.trim();
    if (!keyword || keyword.length > maxKeywordLength)
      throw new InvalidInputError("keyword", "input.required", { field: "keyword" });
    const organization = input.organizationCode
      ? await departmentAdmin.organizationOf(actor, input.organizationCode)
      : null;
    return {
      where: {
        userPoolId: actor.userPoolId,
        ...(organization ? { organizationId: organization.id } : {}),
        OR: [
          { name: { contains: keyword, mode: "insensitive" } },
          { code: { contains: keyword, mode: "insensitive" } },
        ],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: maxSearchResults,
    };
  }

  async function departmentMembersSpec(
    caller: Caller,
    input: { departmentId: string },
  ): Promise<ListSpec<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput>> {
    const department = await departmentAdmin.departmentOf(adminActor(caller), input.departmentId);
    return {
      where: { departments: { some: { departmentId: department.id } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    };
  }

  return { organizationsSpec, childDepartmentsSpec, searchDepartmentsSpec, departmentMembersSpec };
}

export type OrganizationDirectory = ReturnType<typeof createOrganizationDirectory>;
