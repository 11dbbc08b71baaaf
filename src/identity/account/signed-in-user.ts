// The user behind a verified access token, if that token still stands: the user exists and is active, its
// session was not revoked, and it was not issued before the user's last "sign out everywhere".
import type { Db } from "../../db/index.ts";
import type { User } from "../../generated/prisma/client.ts";
import { NotAuthenticatedError } from "../errors.ts";
import { issuedBeforeRevocation } from "../tokens/sessions.ts";
import type { AccessTokenClaims } from "../tokens/token-service.ts";

/**
 * `sessions`: the token's session read together with the user (`sessionOfToken`), which saves a statement; without
 * it the session is read here.
 */
export async function assertTokenStillStands<U extends Pick<User, keyof typeof tokenStandingColumns>>(db: Db, claims: AccessTokenClaims, user: U | null, sessions?: { revokedAt: Date | null }[]): Promise<U> {
  if (!user || user.userPoolId !== claims.userPoolId || user.status !== "Activated") {
    throw new NotAuthenticatedError("revoked");
  }
  if (issuedBeforeRevocation(claims.iat, user.tokensValidAfter)) throw new NotAuthenticatedError("revoked");
  if (claims.sid) {
    const session = sessions ? sessions[0] : await db.session.findUnique({ where: { id: claims.sid }, select: { revokedAt: true } });
    if (!session || session.revokedAt) throw new NotAuthenticatedError("revoked");
  }
  return user;
}

/** The user's columns that decide whether their tokens still stand. */
export const tokenStandingColumns = { userPoolId: true, status: true, tokensValidAfter: true } as const;

/** The relation selection that reads a token's session with its user (one statement with relation joins). */
export function sessionOfToken(claims: AccessTokenClaims) {
  return { sessions: { where: { id: claims.sid ?? "" }, select: { revokedAt: true } } } as const;
}

export async function loadSignedInUser(db: Db, claims: AccessTokenClaims | null): Promise<User> {
  if (!claims) throw new NotAuthenticatedError("missing");
  const user = await db.user.findUnique({ where: { id: claims.sub } });
  return assertTokenStillStands(db, claims, user);
}
