import type { Db } from "../../db/index.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import { type Application, Prisma, type UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { UnknownApplicationError } from "../errors.ts";
import { digestSecret, generatePublicId, generateSecret } from "../secrets.ts";

export interface NewApplicationInput {
  name: string;
  redirectUris?: string[];
  isDemo?: boolean;
}

// Every request names its application: read as one plain statement (the client's pipeline would cost more than
// the query), never cached, so each gateway process sees a settings change at the next request.
const applicationColumns = Object.values(Prisma.ApplicationScalarFieldEnum);
const poolColumns = Object.values(Prisma.UserPoolScalarFieldEnum);
const applicationByAppId = `SELECT ${[
  ...applicationColumns.map((column) => `a."${column}" AS "a.${column}"`),
  ...poolColumns.map((column) => `p."${column}" AS "p.${column}"`),
].join(", ")} FROM "Application" a JOIN "UserPool" p ON p."id" = a."userPoolId" WHERE a."appId" = $1`;

function pick<T>(row: Record<string, unknown>, prefix: string, columns: string[]): T {
  return Object.fromEntries(columns.map((column) => [column, row[`${prefix}.${column}`]])) as T;
}

export function createApplicationService({ db, sql, clock }: { db: Db; sql: SqlRows; clock: Clock }) {
  /** Returns the application and its secret; the secret is not stored and cannot be shown again. */
  async function createApplication(userPoolId: string, input: NewApplicationInput) {
    const secret = generateSecret();
    const application = await db.application.create({
      data: {
        userPoolId,
        appId: generatePublicId(),
        name: input.name,
        secretHash: digestSecret(secret),
        isDemo: input.isDemo ?? false,
        redirectUris: input.redirectUris ?? [],
        postLogoutRedirectUris: [],
        grantTypes: ["authorization_code", "refresh_token", "password"],
        createdAt: clock.now(),
      },
    });
    return { application, secret };
  }

  /** The application named by `x-authing-app-id`, with its user pool; a typed error when absent or unknown. */
  async function findApplicationByAppId(
    appId: string | null | undefined,
  ): Promise<{ application: Application; pool: UserPool }> {
    const trimmed = appId?.trim();
    if (!trimmed) throw new UnknownApplicationError(true);
    if (trimmed.length > 128) throw new UnknownApplicationError(false);
    const [row] = await sql.query(applicationByAppId, [trimmed]);
    if (!row) throw new UnknownApplicationError(false);
    return {
      application: pick<Application>(row, "a", applicationColumns),
      pool: pick<UserPool>(row, "p", poolColumns),
    };
  }

  return { createApplication, findApplicationByAppId };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
