// Applications (OAuth/OIDC clients) as an administrator manages them: create (secret shown once), update settings,
// rotate the secret (the old one stops working at once), delete (its sessions and refresh tokens go with it).
import type { Db } from "../../db/index.ts";
import type { Application, Prisma } from "../../generated/prisma/client.ts";
import { applicationSettings, type ApplicationSettingsInput } from "../applications/application-settings.ts";
import type { Clock } from "../clock.ts";
import { InvalidInputError, ResourceNotFoundError } from "../errors.ts";
import { digestSecret, generatePublicId, generateSecret } from "../secrets.ts";
import { createAdminChange, type AdminActor } from "./audit-log.ts";

const summary = (app: Application): Prisma.InputJsonObject => ({
  appId: app.appId,
  name: app.name,
  redirectUris: app.redirectUris,
  postLogoutRedirectUris: app.postLogoutRedirectUris,
  grantTypes: app.grantTypes,
  tokenEndpointAuthMethod: app.tokenEndpointAuthMethod,
  accessTokenLifetimeSecs: app.accessTokenLifetimeSecs,
  idTokenLifetimeSecs: app.idTokenLifetimeSecs,
  refreshTokenLifetimeSecs: app.refreshTokenLifetimeSecs,
  refreshTokenIdleLifetimeSecs: app.refreshTokenIdleLifetimeSecs,
  consentRequired: app.consentRequired,
  clientCredentialsScopes: app.clientCredentialsScopes,
  mfaPolicy: app.mfaPolicy,
});

const defaults = {
  grantTypes: ["authorization_code", "refresh_token", "password"],
  tokenEndpointAuthMethod: "client_secret_post",
  refreshTokenLifetimeSecs: 2_592_000,
  refreshTokenIdleLifetimeSecs: 1_209_600,
} as const;

export interface CreatedApplication {
  application: Application;
  /** Shown once: only its digest is stored. */
  appSecret: string;
}

/** The pool's application with this appId; another pool's is as unknown as a missing one (ResourceNotFoundError). */
export async function applicationInPool(db: Db, userPoolId: string, appId: string): Promise<Application> {
  const application = await db.application.findUnique({ where: { appId: appId.trim() } });
  if (!application || application.userPoolId !== userPoolId)
    throw new ResourceNotFoundError("application", appId.trim());
  return application;
}

export function createApplicationAdministration({ db, clock }: { db: Db; clock: Clock }) {
  const adminChange = createAdminChange({ db, clock });
  const applicationOf = (actor: AdminActor, appId: string) => applicationInPool(db, actor.userPoolId, appId);

  async function createApplication(
    actor: AdminActor,
    input: ApplicationSettingsInput & { name: string },
  ): Promise<CreatedApplication> {
    if (!input.name?.trim()) throw new InvalidInputError("name", "input.required", { field: "name" });
    const settings = applicationSettings(input, { ...defaults, grantTypes: [...defaults.grantTypes] });
    const appSecret = generateSecret();
    return adminChange(actor, async (tx, audit) => {
      const application = await tx.application.create({
        data: {
          grantTypes: [...defaults.grantTypes],
          redirectUris: [],
          postLogoutRedirectUris: [],
          ...(settings as Prisma.ApplicationUncheckedCreateInput),
          name: input.name.trim(),
          userPoolId: actor.userPoolId,
          appId: generatePublicId(),
          secretHash: digestSecret(appSecret),
          createdAt: clock.now(),
        },
      });
      await audit({
        action: "application.create",
        targetType: "application",
        targetId: application.appId,
        after: summary(application),
      });
      return { application, appSecret };
    });
  }

  async function updateApplication(
    actor: AdminActor,
    appId: string,
    input: ApplicationSettingsInput,
  ): Promise<Application> {
    const before = await applicationOf(actor, appId);
    const data = applicationSettings(input, before);
    return adminChange(actor, async (tx, audit) => {
      const after = await tx.application.update({ where: { id: before.id }, data });
      await audit({
        action: "application.update",
        targetType: "application",
        targetId: after.appId,
        before: summary(before),
        after: summary(after),
      });
      return after;
    });
  }

  async function rotateApplicationSecret(actor: AdminActor, appId: string): Promise<CreatedApplication> {
    const before = await applicationOf(actor, appId);
    const appSecret = generateSecret();
    return adminChange(actor, async (tx, audit) => {
      const application = await tx.application.update({
        where: { id: before.id },
        data: { secretHash: digestSecret(appSecret) },
      });
      await audit({
        action: "application.rotateSecret",
        targetType: "application",
        targetId: application.appId,
      });
      return { application, appSecret };
    });
  }

  async function deleteApplication(actor: AdminActor, appId: string): Promise<void> {
    const application = await applicationOf(actor, appId);
    await adminChange(actor, async (tx, audit) => {
      await tx.application.delete({ where: { id: application.id } });
      await audit({
        action: "application.delete",
        targetType: "application",
        targetId: application.appId,
        before: summary(application),
      });
    });
  }

  function listApplications(actor: AdminActor): Promise<Application[]> {
    return db.application.findMany({
      where: { userPoolId: actor.userPoolId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
  }

  return {
    applicationOf,
    listApplications,
    createApplication,
    updateApplication,
    rotateApplicationSecret,
    deleteApplication,
  };
}

export type ApplicationAdministration = ReturnType<typeof createApplicationAdministration>;
