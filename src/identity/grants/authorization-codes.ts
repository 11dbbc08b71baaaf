// Authorization codes (RFC 6749 4.1 with PKCE, RFC 7636): issued to a signed-in browser for one client and
// redirect URI, redeemed once at the token endpoint for a session of the core's own (its refresh token rotates
// like any other). A code presented a second time revokes the session its first redemption opened (RFC 6749
// 10.5): whoever replays it, a stolen code must not leave working tokens behind.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { Application, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { InvalidGrantError } from "../errors.ts";
import { constantTimeEqual } from "../secrets.ts";
import type { Scope } from "../tokens/scopes.ts";
import { hashOpaqueToken, type TokenService, type TokenSet } from "../tokens/token-service.ts";

/** RFC 6749 4.1.2: short-lived; ten minutes is the ceiling it recommends, one is plenty for a redirect. */
export const codeLifetimeSecs = 60;
const maxCodeLength = 256;

export type CodeChallengeMethod = "S256" | "plain";

export interface CodeIssue {
  pool: UserPool;
  application: Application;
  user: { id: string };
  browserSession: { id: string; authTime: Date } | null;
  redirectUri: string;
  scopes: Scope[];
  nonce?: string | null;
  codeChallenge?: string | null;
  codeChallengeMethod?: CodeChallengeMethod | null;
  /** The application session the sign-in that led here opened (absent for a single sign-on into another app). */
  sessionId?: string | null;
}

/** RFC 7636 4.6: the verifier, transformed by the method, must equal the challenge. */
export function verifierMatches(verifier: string, challenge: string, method: string): boolean {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const derived = method === "S256" ? createHash("sha256").update(verifier).digest("base64url") : verifier;
  return constantTimeEqual(derived, challenge);
}

export function createAuthorizationCodes({ db, clock, tokens }: { db: Db; clock: Clock; tokens: TokenService }) {
  async function issueCode(input: CodeIssue): Promise<string> {
    const code = randomBytes(32).toString("base64url");
    const now = clock.now();
    await db.authorizationCode.create({
      data: {
        userPoolId: input.pool.id,
        applicationId: input.application.id,
        userId: input.user.id,
        browserSessionId: input.browserSession?.id ?? null,
        codeHash: hashOpaqueToken(code),
        redirectUri: input.redirectUri,
        scope: input.scopes.join(" "),
        nonce: input.nonce ?? null,
        codeChallenge: input.codeChallenge ?? null,
        codeChallengeMethod: input.codeChallenge ? (input.codeChallengeMethod ?? "plain") : null,
        authTime: input.browserSession?.authTime ?? now,
        sessionId: input.sessionId ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + codeLifetimeSecs * 1000),
      },
    });
    return code;
  }

  /**
   * The code's tokens for the client that authenticated: the same redirect URI as the authorization request, the
   * PKCE verifier when a challenge was sent (and none when it was not), a user still active and a browser sign-in
   * still standing. Exactly one of two concurrent redemptions wins.
   */
  async function redeemCode(
    client: Application,
    input: {
      code: string;
      redirectUri: string | null;
      codeVerifier: string | null;
      ip?: string | null;
      userAgent?: string | null;
    },
  ): Promise<TokenSet> {
    const refuse = () => new InvalidGrantError("authorizationCode");
    if (!input.code || input.code.length > maxCodeLength) throw refuse();
    const row = await db.authorizationCode.findUnique({
      where: { codeHash: hashOpaqueToken(input.code) },
      include: { user: true, userPool: true },
    });
    if (!row || row.applicationId !== client.id) throw refuse();
    if (row.usedAt) {
      if (row.sessionId) await tokens.revokeSession(row.sessionId);
      throw refuse();
    }
    const now = clock.now();
    const pkceProven = row.codeChallenge
      ? Boolean(input.codeVerifier && verifierMatches(input.codeVerifier, row.codeChallenge, row.codeChallengeMethod!))
      : !input.codeVerifier && client.tokenEndpointAuthMethod !== "none";
    if (row.expiresAt <= now || input.redirectUri !== row.redirectUri || !pkceProven || row.user.status !== "Activated")
      throw refuse();
    if (row.browserSessionId) {
      const browser = await db.browserSession.findUnique({ where: { id: row.browserSessionId } });
      if (!browser || browser.revokedAt || browser.expiresAt <= now) throw refuse();
    }
    const { count } = await db.authorizationCode.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) throw refuse();

    const issue = {
      pool: row.userPool,
      application: client,
      user: row.user,
      scopes: row.scope.split(" ") as Scope[],
      ip: input.ip,
      userAgent: input.userAgent,
    };
    const facts = { authTime: row.authTime, nonce: row.nonce };
    if (row.sessionId) {
      const session = await db.session.findUnique({ where: { id: row.sessionId } });
      if (!session || session.revokedAt || session.expiresAt <= now) throw refuse();
      return tokens.issueForOpenSession(issue, session, facts);
    }
    // Single sign-on: the browser's sign-in proved the user, so the session carries its methods.
    const signedInWith = row.browserSessionId
      ? await db.session.findFirst({
          where: { browserSessionId: row.browserSessionId },
          orderBy: { createdAt: "asc" },
          select: { amr: true },
        })
      : null;
    const draft = tokens.newSession(issue, { amr: signedInWith?.amr ?? [] });
    await db.$transaction([
      db.session.create({ data: { ...draft.session, browserSessionId: row.browserSessionId } }),
      ...(draft.refreshToken ? [db.refreshToken.create({ data: draft.refreshToken.row })] : []),
      db.authorizationCode.update({ where: { id: row.id }, data: { sessionId: draft.session.id } }),
    ]);
    return tokens.issueTokenSet(issue, draft, facts);
  }

  return { issueCode, redeemCode };
}

export type AuthorizationCodes = ReturnType<typeof createAuthorizationCodes>;
