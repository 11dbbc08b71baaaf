import type { User, UserPool } from "../generated/prisma/client.ts";
import { loadSignedInUser } from "../identity/account/signed-in-user.ts";
import type { GraphQLContext } from "./context.ts";

/**
 * The signed-in user, their pool and the session their token names, or NotAuthenticatedError (missing, revoked)
 * as a union member.
 */
export async function signedIn(context: GraphQLContext): Promise<{ user: User; pool: UserPool; sessionId: string | null }> {
  const user = await loadSignedInUser(context.identity.db, context.viewer);
  const pool = await context.identity.db.userPool.findUniqueOrThrow({ where: { id: user.userPoolId } });
  return { user, pool, sessionId: context.viewer?.sid ?? null };
}
