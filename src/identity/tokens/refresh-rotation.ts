// A refresh token's rotation as one statement: the presented token spent (only if it is live, this application's
// and grants the scopes asked), its session and user checked, its successor written and the session's last use
// moved on, all at once; the rows a new token set needs come back. One round trip and one commit where a read,
// a conditional update and a transaction took six: rotation is the call a busy identity service answers most
// after token checks. No row back means no rotation (the caller asks why, off the hot path).
import type { SqlRows } from "../../db/sql-rows.ts";
import type { User } from "../../generated/prisma/client.ts";

export interface Rotated {
  userPoolId: string;
  scope: string;
  session: { id: string; createdAt: Date; amr: string[] };
  user: User;
}

/**
 * A new refresh token's expiry in SQL, as token-service's refreshExpiry computes it for the rows it writes: the
 * idle lifetime from now, never past the session's absolute end.
 */
export const refreshExpirySql = (now: string, idleSecs: string, sessionExpiresAt: string) =>
  `LEAST(${now}::timestamptz + make_interval(secs => ${idleSecs}::int), ${sessionExpiresAt})`;

const statement = `
WITH spent AS (
  UPDATE "RefreshToken" SET "usedAt" = $2::timestamptz
  WHERE "tokenHash" = $1 AND "applicationId" = $3 AND "usedAt" IS NULL AND "revokedAt" IS NULL
    AND "expiresAt" > $2::timestamptz AND string_to_array("scope", ' ') @> $7::text[]
  RETURNING "sessionId", "userId", "userPoolId", "scope"
), live AS (
  SELECT spent.*, s."createdAt" AS "sessionCreatedAt", s."expiresAt" AS "sessionExpiresAt", s."amr"
  FROM spent
  JOIN "Session" s ON s."id" = spent."sessionId" AND s."revokedAt" IS NULL AND s."expiresAt" > $2::timestamptz
  JOIN "User" u ON u."id" = spent."userId" AND u."status" = 'Activated'
    AND (u."tokensValidAfter" IS NULL OR u."tokensValidAfter" <= s."createdAt")
), issued AS (
  INSERT INTO "RefreshToken" ("id", "userPoolId", "sessionId", "userId", "applicationId", "tokenHash", "scope",
    "createdAt", "expiresAt")
  SELECT $4, "userPoolId", "sessionId", "userId", $3, $5, "scope", $2::timestamptz,
    ${refreshExpirySql("$2", "$6", '"sessionExpiresAt"')}
  FROM live
  RETURNING "id"
), seen AS (
  UPDATE "Session" SET "lastSeenAt" = $2::timestamptz FROM live WHERE "Session"."id" = live."sessionId"
)
SELECT live."sessionId" AS "rotatedSessionId", live."userPoolId" AS "rotatedPoolId", live."scope" AS "rotatedScope",
  live."sessionCreatedAt" AS "rotatedSessionCreatedAt", live."amr" AS "rotatedAmr", u.*
FROM live JOIN "User" u ON u."id" = live."userId" JOIN issued ON TRUE`;

type Row = User & {
  rotatedSessionId: string;
  rotatedPoolId: string;
  rotatedScope: string;
  rotatedSessionCreatedAt: Date;
  rotatedAmr: string[];
};

export async function rotateRefreshToken(
  sql: SqlRows,
  input: {
    tokenHash: string;
    applicationId: string;
    now: Date;
    next: { id: string; tokenHash: string };
    idleLifetimeSecs: number;
    /** The scopes the new access token will carry: the grant must include them all. */
    requiredScopes: string[];
  },
): Promise<Rotated | null> {
  const [row] = await sql.query<Row>(statement, [
    input.tokenHash,
    input.now.toISOString(),
    input.applicationId,
    input.next.id,
    input.next.tokenHash,
    String(input.idleLifetimeSecs),
    `{${input.requiredScopes.map((scope) => `"${scope.replace(/["\\]/g, "")}"`).join(",")}}`,
  ]);
  if (!row) return null;
  const { rotatedSessionId, rotatedPoolId, rotatedScope, rotatedSessionCreatedAt, rotatedAmr, ...user } = row;
  return {
    userPoolId: rotatedPoolId,
    scope: rotatedScope,
    session: { id: rotatedSessionId, createdAt: rotatedSessionCreatedAt, amr: rotatedAmr },
    user: user as User,
  };
}
