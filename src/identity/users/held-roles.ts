// A user holds a role directly or through a department they belong to: the one definition of "holds", for the
// user's own role list, the id token's roles claim and anything else that asks.
import type { Prisma } from "../../generated/prisma/client.ts";

export function rolesHeldBy(userId: string): Prisma.RoleWhereInput {
  return {
    OR: [{ users: { some: { userId } } }, { departments: { some: { department: { members: { some: { userId } } } } } }],
  };
}

/** The roles of the pool the user holds, optionally of one namespace (by its code). */
export function heldRolesWhere(userPoolId: string, userId: string, namespace?: string | null): Prisma.RoleWhereInput {
  const code = namespace?.trim();
  return { userPoolId, ...(code ? { namespace: { code } } : {}), ...rolesHeldBy(userId) };
}
