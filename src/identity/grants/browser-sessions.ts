// The hosted login page's sign-in in one browser: an opaque token (the cookie's only plain copy) naming a row,
// which single sign-on reads for every application of the pool until the user logs out, is kicked, or it
// expires. Application sessions opened from it name it, so ending it ends them too.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { BrowserSession, User } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { hashOpaqueToken } from "../tokens/token-service.ts";

/** How long a browser stays signed in without signing in again. */
export const browserSessionLifetimeSecs = 7 * 24 * 3600;
const maxTokenLength = 256;

export function createBrowserSessions({ db, clock }: { db: Db; clock: Clock }) {
  async function openBrowserSession(
    user: Pick<User, "id" | "userPoolId">,
  ): Promise<{ token: string; session: BrowserSession }> {
    const token = randomBytes(32).toString("base64url");
    const now = clock.now();
    const session = await db.browserSession.create({
      data: {
        userPoolId: user.userPoolId,
        userId: user.id,
        tokenHash: hashOpaqueToken(token),
        authTime: now,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + browserSessionLifetimeSecs * 1000),
      },
    });
    return { token, session };
  }

  /** The live browser session the token names, with its user (still active), or null. */
  async function findBrowserSession(token: string | null | undefined) {
    if (!token || token.length > maxTokenLength) return null;
    const found = await db.browserSession.findUnique({
      where: { tokenHash: hashOpaqueToken(token) },
      include: { user: true },
    });
    const now = clock.now();
    if (!found || found.revokedAt || found.expiresAt <= now || found.user.status !== "Activated") return null;
    return found;
  }

  /** Ends the browser session and every application session opened from it, with their refresh tokens. */
  async function endBrowserSession(browserSessionId: string): Promise<void> {
    const now = clock.now();
    await db.$transaction([
      db.browserSession.updateMany({ where: { id: browserSessionId, revokedAt: null }, data: { revokedAt: now } }),
      db.refreshToken.updateMany({
        where: { revokedAt: null, session: { browserSessionId } },
        data: { revokedAt: now },
      }),
      db.session.updateMany({ where: { browserSessionId, revokedAt: null }, data: { revokedAt: now } }),
    ]);
  }

  /** Marks an application session as opened from this browser session (ending the latter ends it). */
  async function linkSession(browserSessionId: string, sessionId: string): Promise<void> {
    await db.session.update({ where: { id: sessionId }, data: { browserSessionId } });
  }

  return { openBrowserSession, findBrowserSession, endBrowserSession, linkSession };
}

export type BrowserSessions = ReturnType<typeof createBrowserSessions>;
