// The signed-in caller's own record: the user their token names (if the token still stands: not revoked, the
// user active, the session open) and their pool.
import type { Db } from "../../db/index.ts";
import type { User, UserPool } from "../../generated/prisma/client.ts";
import { loadSignedInUser } from "../account/signed-in-user.ts";
import { type Caller, viewerClaims } from "../caller.ts";
import { fromColumns } from "../users/custom-data.ts";

export type SignedInCaller = Pick<Caller, "viewer" | "credentialRefusal">;

export function createSignedInOperations({ db }: { db: Db }) {
  /** The user the caller's token names; NotAuthenticatedError when there is no standing token. */
  function signedInUser(caller: SignedInCaller): Promise<User> {
    return loadSignedInUser(db, viewerClaims(caller));
  }

  async function signedIn(caller: SignedInCaller): Promise<{ user: User; pool: UserPool; sessionId: string | null }> {
    const user = await signedInUser(caller);
    const pool = await db.userPool.findUniqueOrThrow({ where: { id: user.userPoolId } });
    return { user, pool, sessionId: caller.viewer?.sid ?? null };
  }

  /** The signed-in user with, when asked, their custom data, department ids and external identities. */
  async function myProfile(
    caller: SignedInCaller,
    input: { withCustomData?: boolean; withDepartmentIds?: boolean; withIdentities?: boolean },
  ) {
    const user = await signedInUser(caller);
    const [customValues, memberships, identities] = await Promise.all([
      input.withCustomData
        ? db.customFieldValue.findMany({
            where: { userId: user.id },
            include: { definition: { select: { key: true, dataType: true } } },
          })
        : null,
      input.withDepartmentIds
        ? db.departmentMember.findMany({
            where: { userId: user.id },
            select: { departmentId: true },
            orderBy: { createdAt: "asc" },
          })
        : null,
      input.withIdentities ? db.identity.findMany({ where: { userId: user.id } }) : null,
    ]);
    return {
      user,
      customData: customValues
        ? Object.fromEntries(
            customValues.map((value) => [value.definition.key, fromColumns(value.definition.dataType, value)]),
          )
        : undefined,
      departmentIds: memberships?.map((membership) => membership.departmentId),
      identities: identities ?? undefined,
    };
  }

  return { signedInUser, signedIn, myProfile };
}

export type SignedInOperations = ReturnType<typeof createSignedInOperations>;
