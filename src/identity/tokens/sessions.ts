// Ending a user's sessions: every session, refresh token and browser (single sign-on) session is revoked, and
// access tokens issued before now are refused from here on (User.tokensValidAfter), so nothing issued earlier
// keeps working until it expires.
import type { Db } from "../../db/index.ts";
import type { Clock } from "../clock.ts";
import type { UserStatus } from "../../generated/prisma/enums.ts";

export function createSessionService({ db, clock }: { db: Db; clock: Clock }) {
  async function revokeSessionsForUser(userId: string): Promise<void> {
    const now = clock.now();
    await db.$transaction([
      db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
      db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
      db.browserSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
      db.user.update({ where: { id: userId }, data: { tokensValidAfter: now } }),
    ]);
  }
  /**
   * Ends every session of the user but one (the caller's, after a password change): their refresh tokens stop
   * working and their access tokens, which name their session, are refused. Without a session to keep, all end.
   */
  async function revokeOtherSessions(userId: string, keepSessionId: string | null | undefined): Promise<void> {
    if (!keepSessionId) return revokeSessionsForUser(userId);
    const now = clock.now();
    const others = { userId, revokedAt: null, id: { not: keepSessionId } };
    // Other browsers' single sign-on ends too; the browser the kept session came from stays signed in.
    const kept = await db.session.findUnique({ where: { id: keepSessionId }, select: { browserSessionId: true } });
    await db.$transaction([
      db.browserSession.updateMany({
        where: { userId, revokedAt: null, ...(kept?.browserSessionId ? { id: { not: kept.browserSessionId } } : {}) },
        data: { revokedAt: now },
      }),
      db.session.updateMany({ where: others, data: { revokedAt: now } }),
      db.refreshToken.updateMany({
        where: { userId, revokedAt: null, sessionId: { not: keepSessionId } },
        data: { revokedAt: now },
      }),
    ]);
  }

  /** Ends the user's sessions in these applications only (GenAuth's kick-users with appIds). */
  async function revokeSessionsInApplications(userId: string, applicationIds: string[]): Promise<void> {
    const now = clock.now();
    const sessions = { userId, revokedAt: null, applicationId: { in: applicationIds } };
    await db.$transaction([
      db.refreshToken.updateMany({
        where: { userId, revokedAt: null, session: { applicationId: { in: applicationIds } } },
        data: { revokedAt: now },
      }),
      db.session.updateMany({ where: sessions, data: { revokedAt: now } }),
    ]);
  }

  /**
   * Changes a user's status. Leaving Activated (suspension, deactivation, ...) ends every session and refuses every
   * access token issued before, so re-activating the user later does not bring old tokens back to life.
   */
  async function setUserStatus(userId: string, status: UserStatus): Promise<void> {
    const now = clock.now();
    await db.user.update({ where: { id: userId }, data: { status, statusChangedAt: now } });
    if (status !== "Activated") await revokeSessionsForUser(userId);
  }

  return { revokeSessionsForUser, revokeOtherSessions, revokeSessionsInApplications, setUserStatus };
}

/** Whether an access token issued at `iat` (seconds) predates the user's last "sign out everywhere". */
export function issuedBeforeRevocation(iat: number, tokensValidAfter: Date | null): boolean {
  return tokensValidAfter !== null && iat * 1000 < Math.floor(tokensValidAfter.getTime() / 1000) * 1000;
}

export type SessionService = ReturnType<typeof createSessionService>;
