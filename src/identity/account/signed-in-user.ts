// The user behind a verified access token, if that token still stands: the user exists and is active, its
// session was not revoked, and it was not issued before the user's last "sign out everywhere".
import type { Db } from "../../db/index.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import { Prisma, type User } from "../../generated/prisma/client.ts";
import { NotAuthenticatedError } from "../errors.ts";
import { issuedBeforeRevocation } from "../tokens/sessions.ts";
import type { AccessTokenClaims } from "../tokens/token-service.ts";

/**
 * `sessionStands`: whether the token's session exists and was not revoked, when it was read together with the
 * user (`sessionOfToken`), which saves a statement; without it the session is read here.
 */
export async function assertTokenStillStands<U extends Pick<User, keyof typeof tokenStandingColumns>>(
  db: Db,
  claims: AccessTokenClaims,
  user: U | null,
  sessionStands?: boolean,
): Promise<U> {
  if (!user || user.userPoolId !== claims.userPoolId || user.status !== "Activated") {
    throw new NotAuthenticatedError("revoked");
  }
  if (issuedBeforeRevocation(claims.iat, user.tokensValidAfter)) throw new NotAuthenticatedError("revoked");
  if (claims.sid) {
    if (sessionStands === undefined) {
      // findUnique, which the Prisma client batches with other requests' lookups in the same tick.
      const session = await db.session.findUnique({ where: { id: claims.sid }, select: { revokedAt: true } });
      if (!session || session.revokedAt) throw new NotAuthenticatedError("revoked");
    } else if (!sessionStands) {
      throw new NotAuthenticatedError("revoked");
    }
  }
  return user;
}

/** Whether the session that `sessionOfToken` read with the user stands. */
export function sessionStandsIn(sessions: { revokedAt: Date | null }[]): boolean {
  return sessions.length > 0 && !sessions[0]!.revokedAt;
}

const userColumns = new Set<string>(Object.values(Prisma.UserScalarFieldEnum));

/** The User columns a Prisma `select` names, or null when it also selects a relation (or anything else). */
export function userColumnsOf(select: Record<string, unknown>): string[] | null {
  const columns = Object.keys(select);
  return columns.every((column) => select[column] === true && userColumns.has(column)) ? columns : null;
}

/**
 * The signed-in user's `columns`, and whether the token still stands, in one plain statement (src/db/sql-rows.ts):
 * `me` is the most frequent authenticated read, and the Prisma client's pipeline would cost more than the query.
 * Throws NotAuthenticatedError like loadSignedInUser.
 */
export async function readSignedInUserColumns(
  sql: SqlRows,
  db: Db,
  claims: AccessTokenClaims,
  columns: string[],
): Promise<Partial<User> & Pick<User, keyof typeof tokenStandingColumns>> {
  const wanted = new Set([...columns, ...Object.keys(tokenStandingColumns)]);
  for (const column of wanted)
    if (!userColumns.has(column)) throw new Error(`readSignedInUserColumns: ${column} is not a column of User`);
  const list = [...wanted].map((column) => `u."${column}"`).join(", ");
  const [row] = await sql.query<Pick<User, keyof typeof tokenStandingColumns> & { sessionStands: boolean | null }>(
    `SELECT ${list}, (SELECT s."revokedAt" IS NULL FROM "Session" s WHERE s.id = $2 AND s."userId" = u.id) AS "sessionStands" FROM "User" u WHERE u.id = $1`,
    [claims.sub, claims.sid ?? null],
  );
  if (!row) throw new NotAuthenticatedError("revoked");
  const { sessionStands, ...user } = row;
  return assertTokenStillStands(db, claims, user, sessionStands === true);
}

/** The user's columns that decide whether their tokens still stand. */
export const tokenStandingColumns = { userPoolId: true, status: true, tokensValidAfter: true } as const;

/** The relation selection that reads a token's session with its user (one statement with relation joins). */
export function sessionOfToken(claims: AccessTokenClaims) {
  return { sessions: { where: { id: claims.sid ?? "" }, select: { revokedAt: true } } } as const;
}

const allUserColumns = [...userColumns];

/** The whole user behind a standing token, with its session's check, in one plain statement. */
export async function loadSignedInUser(sql: SqlRows, db: Db, claims: AccessTokenClaims | null): Promise<User> {
  if (!claims) throw new NotAuthenticatedError("missing");
  return (await readSignedInUserColumns(sql, db, claims, allUserColumns)) as User;
}
