// An administrator's reads of roles and groups: a namespace's roles and the pool's groups (with an optional
// keyword on code or name), and their members, as caller-scoped specs the adapter reads with its own selection.
import type { Prisma } from "../../generated/prisma/client.ts";
import { adminActor, type Caller } from "../caller.ts";
import type { GroupAdministration } from "../management/groups.ts";
import type { RoleAdministration } from "../management/roles.ts";
import type { ListSpec, MemberSpec, Nullable } from "./operation-types.ts";

/** Code or name containing the keyword, case-insensitive; no keyword, no condition. */
export function codeOrNameContains(keyword: Nullable<string>) {
  const trimmed = keyword?.trim();
  if (!trimmed) return {};
  return {
    OR: [
      { code: { contains: trimmed, mode: "insensitive" as const } },
      { name: { contains: trimmed, mode: "insensitive" as const } },
    ],
  };
}

const membersFirstJoined = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.UserOrderByWithRelationInput[];

export function createAccessDirectory({
  roleAdmin,
  groupAdmin,
}: {
  roleAdmin: RoleAdministration;
  groupAdmin: GroupAdministration;
}) {
  async function rolesSpec(
    caller: Caller,
    input: { namespace?: Nullable<string>; keyword?: Nullable<string> },
  ): Promise<ListSpec<Prisma.RoleWhereInput, Prisma.RoleOrderByWithRelationInput>> {
    const namespace = await roleAdmin.namespaceOf(adminActor(caller), input.namespace);
    return {
      where: { namespaceId: namespace.id, ...codeOrNameContains(input.keyword) },
      orderBy: [{ code: "asc" }, { id: "asc" }],
    };
  }

  /** Users holding the role directly and, unless `includeDepartments` is false, through their departments. */
  async function roleMembersSpec(
    caller: Caller,
    input: { code: string; namespace?: Nullable<string>; includeDepartments?: Nullable<boolean> },
  ): Promise<MemberSpec> {
    const role = await roleAdmin.roleOf(adminActor(caller), input.code, input.namespace);
    return { where: roleAdmin.roleMembersWhere(role, input.includeDepartments ?? true), orderBy: membersFirstJoined };
  }

  function groupsSpec(
    caller: Caller,
    input: { keyword?: Nullable<string> },
  ): ListSpec<Prisma.GroupWhereInput, Prisma.GroupOrderByWithRelationInput> {
    return {
      where: { userPoolId: adminActor(caller).userPoolId, ...codeOrNameContains(input.keyword) },
      orderBy: [{ code: "asc" }, { id: "asc" }],
    };
  }

  async function groupMembersSpec(caller: Caller, input: { code: string }): Promise<MemberSpec> {
    const group = await groupAdmin.groupOf(adminActor(caller), input.code);
    return { where: { groups: { some: { groupId: group.id } } }, orderBy: membersFirstJoined };
  }

  return { rolesSpec, roleMembersSpec, groupsSpec, groupMembersSpec };
}

export type AccessDirectory = ReturnType<typeof createAccessDirectory>;
