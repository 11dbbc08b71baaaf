// An authorization code's redemption as one statement: the code spent only when it is this client's, unused,
// unexpired, for this redirect URI, proven by its PKCE verifier, its user active and its browser sign-in (or the
// session its page sign-in opened) still standing; then the session a single sign-on opens (with the methods the
// browser's sign-in used), the refresh token offline_access grants, and the rows the token set needs, back at
// once. One round trip and one commit where reads, a conditional update and a transaction took nine. No row back
// means no redemption: the caller asks why (a second presentation revokes what the first opened) off the hot path.
import { createHash } from "node:crypto";
import type { SqlRows } from "../../db/sql-rows.ts";
import type { User } from "../../generated/prisma/client.ts";
import { refreshExpirySql } from "../tokens/refresh-rotation.ts";

export interface Redeemed {
  userPoolId: string;
  scope: string;
  nonce: string | null;
  authTime: Date;
  session: { id: string; createdAt: Date; expiresAt: Date; amr: string[] };
  refreshed: boolean;
  user: User;
}

// The PKCE proof: with a challenge, the verifier's S256 digest (or the verifier itself for plain); without one, no
// verifier at all, and only from a client that authenticated (a public client must use PKCE).
const statement = `
WITH spent AS (
  UPDATE "AuthorizationCode" c SET "usedAt" = $4::timestamptz, "sessionId" = COALESCE(c."sessionId", $8)
  WHERE c."codeHash" = $1 AND c."applicationId" = $2 AND c."redirectUri" = $3 AND c."usedAt" IS NULL
    AND c."expiresAt" > $4::timestamptz
    AND CASE
      WHEN c."codeChallenge" IS NULL THEN NOT $5::boolean AND $7::boolean
      WHEN c."codeChallengeMethod" = 'S256' THEN c."codeChallenge" = $6
      ELSE c."codeChallenge" = $15
    END
    AND EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."userId" AND u."status" = 'Activated')
    AND (c."browserSessionId" IS NULL OR EXISTS (
      SELECT 1 FROM "BrowserSession" b
      WHERE b."id" = c."browserSessionId" AND b."revokedAt" IS NULL AND b."expiresAt" > $4::timestamptz))
  RETURNING c."userPoolId", c."userId", c."applicationId", c."scope", c."nonce", c."authTime", c."browserSessionId",
    c."sessionId", c."sessionId" = $8 AS "opens"
), opened AS (
  INSERT INTO "Session" ("id", "userPoolId", "userId", "applicationId", "scope", "ip", "userAgent", "createdAt",
    "lastSeenAt", "expiresAt", "amr", "browserSessionId")
  SELECT $8, spent."userPoolId", spent."userId", spent."applicationId", spent."scope", $9, $10, $4::timestamptz,
    $4::timestamptz, $11::timestamptz,
    COALESCE((SELECT s."amr" FROM "Session" s WHERE s."browserSessionId" = spent."browserSessionId"
      ORDER BY s."createdAt" LIMIT 1), '{}'),
    spent."browserSessionId"
  FROM spent WHERE spent."opens"
  RETURNING "id", "createdAt", "expiresAt", "amr"
), standing AS (
  SELECT "id", "createdAt", "expiresAt", "amr" FROM opened
  UNION ALL
  SELECT s."id", s."createdAt", s."expiresAt", s."amr" FROM "Session" s JOIN spent ON s."id" = spent."sessionId"
  WHERE NOT spent."opens" AND s."revokedAt" IS NULL AND s."expiresAt" > $4::timestamptz
), refreshed AS (
  INSERT INTO "RefreshToken" ("id", "userPoolId", "sessionId", "userId", "applicationId", "tokenHash", "scope",
    "createdAt", "expiresAt")
  SELECT $12, spent."userPoolId", standing."id", spent."userId", spent."applicationId", $13, spent."scope",
    $4::timestamptz, ${refreshExpirySql("$4", "$14", 'standing."expiresAt"')}
  FROM spent JOIN standing ON TRUE
  WHERE 'offline_access' = ANY(string_to_array(spent."scope", ' '))
  RETURNING "id"
)
SELECT spent."userPoolId" AS "codePoolId", spent."scope" AS "codeScope", spent."nonce" AS "codeNonce",
  spent."authTime" AS "codeAuthTime", standing."id" AS "sessionId", standing."createdAt" AS "sessionCreatedAt",
  standing."expiresAt" AS "sessionExpiresAt", standing."amr" AS "sessionAmr",
  EXISTS (SELECT 1 FROM refreshed) AS "refreshed", u.*
FROM spent JOIN standing ON TRUE JOIN "User" u ON u."id" = spent."userId"`;

type Row = User & {
  codePoolId: string;
  codeScope: string;
  codeNonce: string | null;
  codeAuthTime: Date;
  sessionId: string;
  sessionCreatedAt: Date;
  sessionExpiresAt: Date;
  sessionAmr: string[];
  refreshed: boolean;
};

export async function redeemAuthorizationCode(
  sql: SqlRows,
  input: {
    codeHash: string;
    applicationId: string;
    redirectUri: string | null;
    now: Date;
    /** The PKCE verifier presented (an empty one is none). */
    codeVerifier: string | null;
    /** A client that authenticated with a secret may redeem a code sent without PKCE. */
    confidentialClient: boolean;
    /** The session a single sign-on's code opens (unused for a code whose page sign-in opened one). */
    newSession: { id: string; ip: string | null; userAgent: string | null; expiresAt: Date };
    refreshToken: { id: string; tokenHash: string; idleLifetimeSecs: number };
  },
): Promise<Redeemed | null> {
  if (input.redirectUri === null) return null;
  const given = Boolean(input.codeVerifier);
  // RFC 7636 4.1: a verifier outside its alphabet or length proves nothing (null matches no challenge).
  const wellFormed = given && /^[A-Za-z0-9\-._~]{43,128}$/.test(input.codeVerifier!);
  const verifier = wellFormed ? input.codeVerifier! : null;
  const [row] = await sql.query<Row>(statement, [
    input.codeHash,
    input.applicationId,
    input.redirectUri,
    input.now.toISOString(),
    String(given),
    verifier && createHash("sha256").update(verifier).digest("base64url"),
    String(input.confidentialClient),
    input.newSession.id,
    input.newSession.ip,
    input.newSession.userAgent,
    input.newSession.expiresAt.toISOString(),
    input.refreshToken.id,
    input.refreshToken.tokenHash,
    String(input.refreshToken.idleLifetimeSecs),
    verifier,
  ]);
  if (!row) return null;
  const {
    codePoolId,
    codeScope,
    codeNonce,
    codeAuthTime,
    sessionId,
    sessionCreatedAt,
    sessionExpiresAt,
    sessionAmr,
    refreshed,
    ...user
  } = row;
  return {
    userPoolId: codePoolId,
    scope: codeScope,
    nonce: codeNonce,
    authTime: codeAuthTime,
    session: { id: sessionId, createdAt: sessionCreatedAt, expiresAt: sessionExpiresAt, amr: sessionAmr },
    refreshed,
    user: user as User,
  };
}
