// Authorization codes (RFC 6749 4.1 with PKCE, RFC 7636): issued to a signed-in browser for one client and
// redirect URI, redeemed once at the token endpoint for a session of the core's own (its refresh token rotates
// like any other). A code presented a second time revokes the session its first redemption opened (RFC 6749
// 10.5): whoever replays it, a stolen code must not leave working tokens behind.
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import type { Application, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { InvalidGrantError } from "../errors.ts";
import type { Scope } from "../tokens/scopes.ts";
import { hashOpaqueToken, type TokenService, type TokenSet } from "../tokens/token-service.ts";
import { redeemAuthorizationCode } from "./code-redemption.ts";

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

export function createAuthorizationCodes({
  db,
  sql,
  clock,
  tokens,
}: {
  db: Db;
  /** Plain SQL on the same database: a redemption is one statement (code-redemption.ts). */
  sql: SqlRows;
  clock: Clock;
  tokens: TokenService;
}) {
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
    const now = clock.now();
    const codeHash = hashOpaqueToken(input.code);
    const refreshToken = randomBytes(32).toString("base64url");
    const redeemed = await redeemAuthorizationCode(sql, {
      codeHash,
      applicationId: client.id,
      redirectUri: input.redirectUri,
      now,
      codeVerifier: input.codeVerifier,
      confidentialClient: client.tokenEndpointAuthMethod !== "none",
      newSession: {
        id: randomUUID(),
        ip: input.ip ?? null,
        userAgent: input.userAgent?.slice(0, 512) ?? null,
        expiresAt: new Date(now.getTime() + client.refreshTokenLifetimeSecs * 1000),
      },
      refreshToken: {
        id: randomUUID(),
        tokenHash: hashOpaqueToken(refreshToken),
        idleLifetimeSecs: client.refreshTokenIdleLifetimeSecs,
      },
    });
    if (!redeemed) {
      // Presented again (RFC 6749 10.5): what its first redemption opened goes, whoever presents it now.
      const row = await db.authorizationCode.findUnique({
        where: { codeHash },
        select: { applicationId: true, usedAt: true, sessionId: true },
      });
      if (row?.applicationId === client.id && row.usedAt && row.sessionId) await tokens.revokeSession(row.sessionId);
      throw refuse();
    }
    const issue = {
      pool: { id: redeemed.userPoolId },
      application: client,
      user: redeemed.user,
      scopes: redeemed.scope.split(" ") as Scope[],
    };
    return tokens.issueForSession(issue, redeemed.session, redeemed.refreshed ? refreshToken : null, {
      authTime: redeemed.authTime,
      nonce: redeemed.nonce,
    });
  }

  return { issueCode, redeemCode };
}

export type AuthorizationCodes = ReturnType<typeof createAuthorizationCodes>;
