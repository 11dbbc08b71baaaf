// An administrator's reads of roles, namespaces and groups as whole records with their counts, for adapters
// that answer every field at once (GenAuth's REST management API). The lists are the access directory's specs,
// so GraphQL and REST list the same rows in the same order.
import type { Db } from "../../db/index.ts";
import { adminActor, type Caller } from "../caller.ts";
import type { GroupAdministration } from "../management/groups.ts";
import type { RoleAdministration } from "../management/roles.ts";
import type { UserExtrasInput } from "../users/user-extras.ts";
import { type AccessDirectory, codeOrNameContains } from "./access-directory.ts";
import type { Nullable } from "./operation-types.ts";
import { type PageInput, pageOf } from "./paging.ts";
import type { UserRecords } from "./user-records.ts";

interface RoleRef {
  code: string;
  namespace?: Nullable<string>;
}

export function createAccessRecords({
  db,
  accessDirectory,
  roleAdmin,
  groupAdmin,
  userRecords,
}: {
  db: Db;
  accessDirectory: AccessDirectory;
  roleAdmin: RoleAdministration;
  groupAdmin: GroupAdministration;
  userRecords: UserRecords;
}) {
  async function rolePage(
    caller: Caller,
    input: { namespace?: Nullable<string>; keyword?: Nullable<string> } & PageInput,
  ) {
    const spec = await accessDirectory.rolesSpec(caller, input);
    const [totalCount, list] = await Promise.all([
      db.role.count({ where: spec.where }),
      db.role.findMany({ ...spec, include: { namespace: true }, ...pageOf(input) }),
    ]);
    return { totalCount, list };
  }

  function getRole(caller: Caller, ref: RoleRef) {
    return roleAdmin.roleOf(adminActor(caller), ref.code, ref.namespace);
  }

  async function roleMemberPage(caller: Caller, ref: RoleRef & PageInput & UserExtrasInput) {
    return userRecords.memberPage(await accessDirectory.roleMembersSpec(caller, ref), ref);
  }

  /** The departments the role is assigned to, by name. */
  async function roleDepartmentPage(caller: Caller, ref: RoleRef & PageInput) {
    const role = await getRole(caller, ref);
    const where = roleAdmin.roleDepartmentsWhere(role);
    const [totalCount, list] = await Promise.all([
      db.department.count({ where }),
      db.department.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...pageOf(ref) }),
    ]);
    return { totalCount, list };
  }

  /** The pool's namespaces by code, optionally those whose code or name contains the keyword. */
  async function namespacePage(caller: Caller, input: { keyword?: Nullable<string> } & PageInput) {
    const where = { userPoolId: adminActor(caller).userPoolId, ...codeOrNameContains(input.keyword) };
    const [totalCount, list] = await Promise.all([
      db.namespace.count({ where }),
      db.namespace.findMany({ where, orderBy: [{ code: "asc" }, { id: "asc" }], ...pageOf(input) }),
    ]);
    return { totalCount, list };
  }

  async function groupPage(caller: Caller, input: { keyword?: Nullable<string> } & PageInput) {
    const spec = accessDirectory.groupsSpec(caller, input);
    const [totalCount, list] = await Promise.all([
      db.group.count({ where: spec.where }),
      db.group.findMany({ ...spec, ...pageOf(input) }),
    ]);
    return { totalCount, list };
  }

  function getGroup(caller: Caller, input: { code: string }) {
    return groupAdmin.groupOf(adminActor(caller), input.code);
  }

  async function groupMemberPage(caller: Caller, input: { code: string } & PageInput & UserExtrasInput) {
    return userRecords.memberPage(await accessDirectory.groupMembersSpec(caller, input), input);
  }

  return { rolePage, getRole, roleMemberPage, roleDepartmentPage, namespacePage, groupPage, getGroup, groupMemberPage };
}

export type AccessRecords = ReturnType<typeof createAccessRecords>;
