import type { Db } from "../../db/index.ts";
import { noSettingsChanges, type SettingsChanges } from "../../db/settings-changes.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import { type Application, Prisma, type UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { UnknownApplicationError } from "../errors.ts";
import { digestSecret, generatePublicId, generateSecret } from "../secrets.ts";
import { createSettingsCache } from "../settings-cache.ts";

export interface NewApplicationInput {
  name: string;
  redirectUris?: string[];
  isDemo?: boolean;
}

// Every request names its application: read as one plain statement (the client's pipeline would cost more than
// the query) and kept per process until the settings-change feed reports a write to either table, from any
// process (src/identity/settings-cache.ts). Cached rows are shared by requests, hence frozen.
const applicationColumns = Object.values(Prisma.ApplicationScalarFieldEnum);
const poolColumns = Object.values(Prisma.UserPoolScalarFieldEnum);
const applicationByAppId = `SELECT ${[
  ...applicationColumns.map((column) => `a."${column}" AS "a.${column}"`),
  ...poolColumns.map((column) => `p."${column}" AS "p.${column}"`),
].join(", ")} FROM "Application" a JOIN "UserPool" p ON p."id" = a."userPoolId" WHERE a."appId" = $1`;

function pick<T>(row: Record<string, unknown>, prefix: string, columns: string[]): T {
  return Object.fromEntries(columns.map((column) => [column, row[`${prefix}.${column}`]])) as T;
}

interface FoundApplication {
  application: Application;
  pool: UserPool;
}

export function createApplicationService({
  db,
  sql,
  clock,
  settingsChanges = noSettingsChanges,
}: {
  db: Db;
  sql: SqlRows;
  clock: Clock;
  settingsChanges?: SettingsChanges;
}) {
  const cache = createSettingsCache<FoundApplication>({
    changes: settingsChanges,
    tables: ["Application", "UserPool"],
  });

  async function readApplication(appId: string): Promise<FoundApplication | null> {
    const [row] = await sql.query(applicationByAppId, [appId]);
    if (!row) return null;
    const application = pick<Application>(row, "a", applicationColumns);
    for (const value of Object.values(application)) if (Array.isArray(value)) Object.freeze(value);
    return Object.freeze({
      application: Object.freeze(application),
      pool: Object.freeze(pick<UserPool>(row, "p", poolColumns)),
    });
  }

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
  async function findApplicationByAppId(appId: string | null | undefined): Promise<FoundApplication> {
    const trimmed = appId?.trim();
    if (!trimmed) throw new UnknownApplicationError(true);
    if (trimmed.length > 128) throw new UnknownApplicationError(false);
    const found = await cache.get(trimmed, () => readApplication(trimmed));
    if (!found) throw new UnknownApplicationError(false);
    return found;
  }

  return { createApplication, findApplicationByAppId };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
