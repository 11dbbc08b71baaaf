// The signed-in caller's own record: the user their token names (if the token still stands: not revoked, the
// user active, the session open) and their pool.
import type { Db } from "../../db/index.ts";
import type { User, UserPool } from "../../generated/prisma/client.ts";
import { loadSignedInUser } from "../account/signed-in-user.ts";
import { type Caller, viewerClaims } from "../caller.ts";

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

  return { signedInUser, signedIn };
}

export type SignedInOperations = ReturnType<typeof createSignedInOperations>;
