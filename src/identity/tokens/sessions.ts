// Ending a user's sessions: every session and refresh token is revoked, and access tokens issued before now are
// refused from here on (User.tokensValidAfter), so nothing issued earlier keeps working until it expires.
import type { Db } from "../../db/index.ts";
import type { Clock } from "../clock.ts";

export function createSessionService({ db, clock }: { db: Db; clock: Clock }) {
  async function revokeSessionsForUser(userId: string): Promise<void> {
    const now = clock.now();
    await db.$transaction([
      db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
      db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
      db.user.update({ where: { id: userId }, data: { tokensValidAfter: now } }),
    ]);
  }
  return { revokeSessionsForUser };
}

/** Whether an access token issued at `iat` (seconds) predates the user's last "sign out everywhere". */
export function issuedBeforeRevocation(iat: number, tokensValidAfter: Date | null): boolean {
  return tokensValidAfter !== null && iat * 1000 < Math.floor(tokensValidAfter.getTime() / 1000) * 1000;
}

export type SessionService = ReturnType<typeof createSessionService>;
