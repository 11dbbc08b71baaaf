// The signed-in caller's own record: the user their token names (if the token still stands: not revoked, the
// user active, the session open) and their pool.
import type { Db } from "../../db/index.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import type { User, UserPool } from "../../generated/prisma/client.ts";
import { loadSignedInUser } from "../account/signed-in-user.ts";
import { type Caller, viewerClaims } from "../caller.ts";
import { loadUserExtras, type UserExtrasInput } from "../users/user-extras.ts";

export type SignedInCaller = Pick<Caller, "viewer" | "credentialRefusal">;

export function createSignedInOperations({ db, sql }: { db: Db; sql: SqlRows }) {
  /** The user the caller's token names; NotAuthenticatedError when there is no standing token. */
  function signedInUser(caller: SignedInCaller): Promise<User> {
    return loadSignedInUser(sql, db, viewerClaims(caller));
  }

  async function signedIn(caller: SignedInCaller): Promise<{ user: User; pool: UserPool; sessionId: string | null }> {
    const user = await signedInUser(caller);
    const pool = await db.userPool.findUniqueOrThrow({ where: { id: user.userPoolId } });
    return { user, pool, sessionId: caller.viewer?.sid ?? null };
  }

  /** The signed-in user with, when asked, their custom data, department ids and external identities. */
  async function myProfile(caller: SignedInCaller, input: UserExtrasInput) {
    const user = await signedInUser(caller);
    const extras = await loadUserExtras(db, [user.id], input);
    return { user, ...extras.get(user.id) };
  }

  return { signedInUser, signedIn, myProfile };
}

export type SignedInOperations = ReturnType<typeof createSignedInOperations>;
