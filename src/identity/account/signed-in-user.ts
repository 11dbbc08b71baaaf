// The user behind a verified access token, if that token still stands: the user exists and is active, its
// session was not revoked, and it was not issued before the user's last "sign out everywhere".
import type { Db } from "../../db/index.ts";
import type { User } from "../../generated/prisma/client.ts";
import { NotAuthenticatedError } from "../errors.ts";
import { issuedBeforeRevocation } from "../tokens/sessions.ts";
import type { AccessTokenClaims } from "../tokens/token-service.ts";

export async function assertTokenStillStands(db: Db, claims: AccessTokenClaims, user: User | null): Promise<User> {
  if (!user || user.userPoolId !== claims.userPoolId || user.status !== "Activated") {
    throw new NotAuthenticatedError("revoked");
  }
  if (issuedBeforeRevocation(claims.iat, user.tokensValidAfter)) throw new NotAuthenticatedError("revoked");
  if (claims.sid) {
    const session = await db.session.findUnique({ where: { id: claims.sid }, select: { revokedAt: true } });
    if (!session || session.revokedAt) throw new NotAuthenticatedError("revoked");
  }
  return user;
}

export async function loadSignedInUser(db: Db, claims: AccessTokenClaims | null): Promise<User> {
  if (!claims) throw new NotAuthenticatedError("missing");
  const user = await db.user.findUnique({ where: { id: claims.sub } });
  return assertTokenStillStands(db, claims, user);
}
