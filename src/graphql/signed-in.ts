import type { User, UserPool } from "../generated/prisma/client.ts";
import { loadSignedInUser } from "../identity/account/signed-in-user.ts";
import type { GraphQLContext } from "./context.ts";
import { NotAuthenticatedError } from "../identity/errors.ts";
import type { AccessTokenClaims } from "../identity/tokens/token-service.ts";

/**
 * The signed-in user, their pool and the session their token names, or NotAuthenticatedError (missing, revoked)
 * as a union member.
 */
/** The verified token's claims, or the reason there are none (missing, expired, revoked, invalid). */
export function viewerOf(context: GraphQLContext): AccessTokenClaims {
  if (context.viewer) return context.viewer;
  throw context.credentialRefusal ?? new NotAuthenticatedError("missing");
}

export async function signedIn(
  context: GraphQLContext,
): Promise<{ user: User; pool: UserPool; sessionId: string | null }> {
  const user = await loadSignedInUser(context.identity.db, viewerOf(context));
  const pool = await context.identity.db.userPool.findUniqueOrThrow({ where: { id: user.userPoolId } });
  return { user, pool, sessionId: context.viewer?.sid ?? null };
}
