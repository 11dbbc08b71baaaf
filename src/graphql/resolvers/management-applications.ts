// Administrator fields for applications (OAuth/OIDC clients).
import type { Application } from "../../generated/prisma/client.ts";
import { ResourceNotFoundError } from "../../identity/errors.ts";
import type { CreatedApplication } from "../../identity/management/applications.ts";
import { supportedGrantTypes, type GrantType } from "../../identity/applications/application-settings.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { builder } from "../builder.ts";
import { SuccessType } from "../types/passcodes.ts";

const applicationErrors = [...adminErrors, ResourceNotFoundError];

const TokenEndpointAuthMethodEnum = builder.enumType("TokenEndpointAuthMethod", {
  values: ["client_secret_post", "client_secret_basic", "none"] as const,
});

const GrantTypeEnum = builder.enumType("GrantType", { values: supportedGrantTypes });

const ApplicationType = builder.objectRef<Application>("Application").implement({
  description: "An application of the pool (an OAuth/OIDC client) with its settings; its secret is never shown here.",
  fields: (t) => ({
    appId: t.exposeString("appId"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    isDemo: t.exposeBoolean("isDemo"),
    redirectUris: t.exposeStringList("redirectUris"),
    postLogoutRedirectUris: t.exposeStringList("postLogoutRedirectUris"),
    grantTypes: t.field({ type: [GrantTypeEnum], resolve: (app) => app.grantTypes as GrantType[] }),
    tokenEndpointAuthMethod: t.field({
      type: TokenEndpointAuthMethodEnum,
      resolve: (app) => app.tokenEndpointAuthMethod,
    }),
    accessTokenLifetimeSecs: t.exposeInt("accessTokenLifetimeSecs"),
    idTokenLifetimeSecs: t.exposeInt("idTokenLifetimeSecs"),
    refreshTokenLifetimeSecs: t.exposeInt("refreshTokenLifetimeSecs"),
    refreshTokenIdleLifetimeSecs: t.exposeInt("refreshTokenIdleLifetimeSecs"),
    consentRequired: t.exposeBoolean("consentRequired"),
    clientCredentialsScopes: t.exposeStringList("clientCredentialsScopes"),
    mfaPolicy: t.field({ type: ApplicationMfaPolicyEnum, resolve: (app) => app.mfaPolicy ?? "POOL" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const ApplicationWithSecretType = builder.objectRef<CreatedApplication>("ApplicationWithSecret").implement({
  fields: (t) => ({
    application: t.field({ type: ApplicationType, resolve: (created) => created.application }),
    appSecret: t.exposeString("appSecret", { description: "Shown this once: the gateway keeps only a digest." }),
  }),
});

const ApplicationMfaPolicyEnum = builder.enumType("ApplicationMfaPolicy", {
  description: "Second factors at sign-in into this application.",
  values: {
    POOL: { description: "The user pool's policy (OPTIONAL unless changed)." },
    OFF: { description: "Never asked." },
    OPTIONAL: { description: "Asked of the users who enrolled a factor." },
    REQUIRED: { description: "Asked of everyone; users without a factor enrol one at their next sign-in." },
  } as const,
});

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

const settingsFields = (t: InputFieldBuilder) => ({
  description: t.string(),
  redirectUris: t.stringList({
    description: "Exact URIs: https, http on localhost, or a native app's scheme (com.example.app:/cb).",
  }),
  postLogoutRedirectUris: t.stringList(),
  grantTypes: t.field({ type: [GrantTypeEnum], description: "Used by the OIDC token endpoint; at least one." }),
  tokenEndpointAuthMethod: t.field({ type: TokenEndpointAuthMethodEnum }),
  accessTokenLifetimeSecs: t.int({ description: "60 to 86400; default 7200." }),
  idTokenLifetimeSecs: t.int({ description: "60 to 86400; default 7200." }),
  refreshTokenLifetimeSecs: t.int({ description: "3600 to 31536000; default 2592000 (30 days)." }),
  refreshTokenIdleLifetimeSecs: t.int({ description: "300 to the absolute lifetime; default 1209600 (14 days)." }),
  consentRequired: t.boolean({
    description: "Ask each user's consent to the scopes requested (a third-party client); offline_access always asks.",
  }),
  clientCredentialsScopes: t.stringList({
    description: "The scopes a client_credentials token may carry; none registered, none granted.",
  }),
  mfaPolicy: t.field({ type: ApplicationMfaPolicyEnum }),
});

const CreateApplicationInput = builder.inputType("CreateApplicationInput", {
  fields: (t) => ({ name: t.string({ required: true }), ...settingsFields(t) }),
});
const UpdateApplicationInput = builder.inputType("UpdateApplicationInput", {
  fields: (t) => ({ name: t.string(), ...settingsFields(t) }),
});

builder.queryFields((t) => ({
  applications: t.field({
    type: [ApplicationType],
    authScopes: { admin: true },
    errors: { types: applicationErrors },
    resolve: (_root, _args, context) => context.identity.applicationAdmin.listApplications(actorOf(context)),
  }),
  application: t.field({
    type: ApplicationType,
    authScopes: { admin: true },
    errors: { types: applicationErrors },
    args: { appId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.identity.applicationAdmin.applicationOf(actorOf(context), args.appId),
  }),
}));

builder.mutationFields((t) => ({
  createApplication: t.field({
    type: ApplicationWithSecretType,
    authScopes: { admin: true },
    errors: { types: applicationErrors },
    args: { input: t.arg({ type: CreateApplicationInput, required: true }) },
    resolve: (_root, args, context) =>
      context.identity.applicationAdmin.createApplication(actorOf(context), args.input),
  }),
  updateApplication: t.field({
    type: ApplicationType,
    authScopes: { admin: true },
    errors: { types: applicationErrors },
    args: { appId: t.arg.string({ required: true }), input: t.arg({ type: UpdateApplicationInput, required: true }) },
    resolve: (_root, args, context) =>
      context.identity.applicationAdmin.updateApplication(actorOf(context), args.appId, args.input),
  }),
  rotateApplicationSecret: t.field({
    type: ApplicationWithSecretType,
    description: "Issues a new secret, shown once; the old secret stops working at once.",
    authScopes: { admin: true },
    errors: { types: applicationErrors },
    args: { appId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      context.identity.applicationAdmin.rotateApplicationSecret(actorOf(context), args.appId),
  }),
  deleteApplication: t.field({
    type: SuccessType,
    description: "Deletes the application with its sessions and refresh tokens.",
    authScopes: { admin: true },
    errors: { types: applicationErrors },
    args: { appId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.applicationAdmin.deleteApplication(actorOf(context), args.appId);
      return { success: true } as const;
    },
  }),
}));
