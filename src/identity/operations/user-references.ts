// Which users a caller may read when another service names them by id (a federated graph resolving `User`
// references): an administrator any user of their pool, a signed-in user only themselves, anyone else no one.
// A reference the caller may not read answers as if the user did not exist, so ids cannot be probed.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Caller } from "../caller.ts";

export function referencedUsersWhere(
  caller: Pick<Caller, "admin" | "viewer">,
  userIds: readonly string[],
): Prisma.UserWhereInput | null {
  if (caller.admin) return { id: { in: [...userIds] }, userPoolId: caller.admin.userPoolId };
  const viewer = caller.viewer;
  if (!viewer || !userIds.includes(viewer.sub)) return null;
  return { id: viewer.sub, userPoolId: viewer.userPoolId };
}
