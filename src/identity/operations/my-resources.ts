// The signed-in user's own lists (GenAuth's authentication client: roles, departments, groups, applications).
// Each answers a caller-scoped spec, {where, orderBy}, that the adapter reads with its own selection, so a
// GraphQL query still selects only what it asks for.
import type { Prisma } from "../../generated/prisma/client.ts";
import { heldRolesWhere } from "../users/held-roles.ts";
import type { ListSpec } from "./operation-types.ts";
import type { SignedInCaller, SignedInOperations } from "./signed-in.ts";

export function createMyResourceOperations({ signedIn }: { signedIn: SignedInOperations }) {
  async function myRoles(
    caller: SignedInCaller,
    input: { namespace?: string | null } = {},
  ): Promise<ListSpec<Prisma.RoleWhereInput, Prisma.RoleOrderByWithRelationInput>> {
    const user = await signedIn.signedInUser(caller);
    return {
      where: heldRolesWhere(user.userPoolId, user.id, input.namespace),
      orderBy: [{ code: "asc" }, { id: "asc" }],
    };
  }

  async function myDepartments(
    caller: SignedInCaller,
  ): Promise<ListSpec<Prisma.DepartmentWhereInput, Prisma.DepartmentOrderByWithRelationInput>> {
    const user = await signedIn.signedInUser(caller);
    return { where: { members: { some: { userId: user.id } } }, orderBy: [{ name: "asc" }, { id: "asc" }] };
  }

  async function myGroups(
    caller: SignedInCaller,
  ): Promise<ListSpec<Prisma.GroupWhereInput, Prisma.GroupOrderByWithRelationInput>> {
    const user = await signedIn.signedInUser(caller);
    return { where: { members: { some: { userId: user.id } } }, orderBy: [{ code: "asc" }, { id: "asc" }] };
  }

  /** Every application of the user's pool, until per-application access rules exist. */
  async function myApplications(
    caller: SignedInCaller,
  ): Promise<ListSpec<Prisma.ApplicationWhereInput, Prisma.ApplicationOrderByWithRelationInput>> {
    const user = await signedIn.signedInUser(caller);
    return { where: { userPoolId: user.userPoolId }, orderBy: [{ name: "asc" }, { id: "asc" }] };
  }

  return { myRoles, myDepartments, myGroups, myApplications };
}

export type MyResourceOperations = ReturnType<typeof createMyResourceOperations>;
