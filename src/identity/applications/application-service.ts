import type { Db } from "../../db/index.ts";
import type { Application, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { UnknownApplicationError } from "../errors.ts";
import { digestSecret, generatePublicId, generateSecret } from "../secrets.ts";

export interface NewApplicationInput {
  name: string;
  redirectUris?: string[];
  isDemo?: boolean;
}

export function createApplicationService({ db, clock }: { db: Db; clock: Clock }) {
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
    const found = await db.application.findUnique({ where: { appId: trimmed }, include: { userPool: true } });
    if (!found) throw new UnknownApplicationError(false);
    const { userPool, ...application } = found;
    return { application, pool: userPool };
  }

  return { createApplication, findApplicationByAppId };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
