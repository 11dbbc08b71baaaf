import type { User, UserPool } from "../generated/prisma/client.ts";
import { viewerClaims } from "../identity/caller.ts";
import type { AccessTokenClaims } from "../identity/tokens/token-service.ts";
import type { GraphQLContext } from "./context.ts";

/** The verified token's claims, or the reason there are none (missing, expired, revoked, invalid). */
export function viewerOf(context: GraphQLContext): AccessTokenClaims {
  return viewerClaims(context);
}

/** The signed-in user, their pool and the session their token names, or NotAuthenticatedError as a union member. */
export function signedIn(context: GraphQLContext): Promise<{ user: User; pool: UserPool; sessionId: string | null }> {
  return context.identity.signedIn.signedIn(context);
}
