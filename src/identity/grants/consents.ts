// The user's consent to what an application asks (OIDC Core 3.1.2.4): a third-party application (consentRequired)
// asks for every scope, and any application asks before it gets offline_access, since a refresh token outlives
// the sign-in (OIDC Core 11). What the user agreed to is kept, so the same request does not ask again unless it
// says prompt=consent.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { Application } from "../../generated/prisma/client.ts";
import type { Scope } from "../tokens/scopes.ts";

export function createConsents({ db }: { db: Db }) {
  /**
   * The scopes the user must agree to before the application gets them (all the request's), or an empty list:
   * prompt=consent always asks; otherwise a consentRequired application or an offline_access request asks unless
   * the user agreed to every one of them before.
   */
  async function scopesToConsent(
    userId: string,
    application: Pick<Application, "id" | "consentRequired">,
    request: { scopes: Scope[]; prompt: string[] },
  ): Promise<Scope[]> {
    if (request.prompt.includes("consent")) return request.scopes;
    if (!application.consentRequired && !request.scopes.includes("offline_access")) return [];
    const given = await db.consent.findUnique({
      where: { userId_applicationId: { userId, applicationId: application.id } },
      select: { scopes: true },
    });
    const agreed = new Set(given?.scopes ?? []);
    return request.scopes.every((scope) => agreed.has(scope)) ? [] : request.scopes;
  }

  /** Records that the user agreed to these scopes, added to what they agreed to before (one statement: no race). */
  async function recordConsent(userId: string, applicationId: string, scopes: Scope[]): Promise<void> {
    await db.$executeRaw`
      INSERT INTO "Consent" ("id", "userId", "applicationId", "scopes", "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${userId}, ${applicationId}, ${scopes}::text[], now(), now())
      ON CONFLICT ("userId", "applicationId") DO UPDATE SET
        "scopes" = ARRAY(SELECT DISTINCT unnest("Consent"."scopes" || EXCLUDED."scopes") ORDER BY 1),
        "updatedAt" = now()`;
  }

  return { scopesToConsent, recordConsent };
}

export type Consents = ReturnType<typeof createConsents>;
