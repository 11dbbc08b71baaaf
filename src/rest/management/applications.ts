// GenAuth's management routes for applications: create (the secret is answered once, as `appSecret` beside
// GenAuth's fields), read, list, update, delete, and a new secret. Applications here are self-built OIDC web
// applications; SAML, CAS, OAuth provider, branding, login and registration settings and templates are refused by
// name. GenAuth's get-application-secret cannot be served: only the secret's digest is kept.
import { z } from "@hono/zod-openapi";
import { adminActor } from "../../identity/caller.ts";
import type { ApplicationSettingsInput } from "../../identity/applications/application-settings.ts";
import { InvalidInputError } from "../../identity/errors.ts";
import type { Identity } from "../../identity/index.ts";
import { booleanParam, pageQuery, refuseUnsupported, type routeRegistrar, unsupported } from "../route-schemas.ts";
import { applicationDto } from "./dtos.ts";

const text = z.string().nullish();
const success = { success: true } as const;
const oidcConfig = z
  .object({
    grant_types: z.array(z.string()).nullish(),
    token_endpoint_auth_method: z.enum(["client_secret_post", "client_secret_basic", "none"]).nullish(),
    access_token_expires_in: z.number().int().nullish(),
    id_token_expires_in: z.number().int().nullish(),
    refresh_token_expires_in: z.number().int().nullish(),
  })
  .passthrough()
  .nullish();
const notHere = [
  "template",
  "templateData",
  "appIdentifier",
  "appLogo",
  "initLoginUri",
  "ssoEnabled",
  "samlProviderEnabled",
  "samlConfig",
  "oauthProviderEnabled",
  "oauthConfig",
  "casProviderEnabled",
  "casConfig",
  "loginConfig",
  "registerConfig",
  "brandingConfig",
  "ssoShowLaunchpad",
  "enablePermissionApply",
];
const settingsFields = {
  appDescription: text,
  defaultProtocol: z.enum(["oidc", "oauth", "saml", "cas", "asa"]).nullish(),
  redirectUris: z.array(z.string()).nullish(),
  logoutRedirectUris: z.array(z.string()).nullish(),
  oidcConfig,
  ...Object.fromEntries(notHere.map((field) => [field, unsupported])),
};
type SettingsBody = { [K in keyof typeof settingsFields]?: z.output<(typeof settingsFields)[K]> } & {
  appName?: string | null;
};

const knownOidcConfig = [
  "grant_types",
  "token_endpoint_auth_method",
  "access_token_expires_in",
  "id_token_expires_in",
  "refresh_token_expires_in",
];

/** GenAuth's application fields as the core's settings; what has no meaning here is refused by name. */
function settingsOf(body: SettingsBody): ApplicationSettingsInput {
  refuseUnsupported({ ...body, defaultProtocol: body.defaultProtocol === "oidc" ? null : body.defaultProtocol }, [
    "defaultProtocol",
    ...notHere,
  ]);
  const oidc = body.oidcConfig ?? {};
  const other = Object.keys(oidc).find((key) => !knownOidcConfig.includes(key) && oidc[key as never] != null);
  if (other) throw new InvalidInputError("oidcConfig", "input.unsupportedOption", { field: `oidcConfig.${other}` });
  return {
    name: body.appName,
    description: body.appDescription,
    redirectUris: body.redirectUris,
    postLogoutRedirectUris: body.logoutRedirectUris,
    grantTypes: oidc.grant_types,
    tokenEndpointAuthMethod: oidc.token_endpoint_auth_method,
    accessTokenLifetimeSecs: oidc.access_token_expires_in,
    idTokenLifetimeSecs: oidc.id_token_expires_in,
    refreshTokenLifetimeSecs: oidc.refresh_token_expires_in,
  };
}

export function registerApplicationRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { applicationAdmin, poolRecords } = identity;

  route.post(
    "/create-application",
    z.object({
      appName: z.string(),
      appType: z.enum(["web", "spa", "native", "api", "mfa", "mini-program"]).nullish(),
      ...settingsFields,
    }),
    async (caller, body) => {
      refuseUnsupported({ appType: body.appType === "web" ? null : body.appType }, ["appType"]);
      const created = await applicationAdmin.createApplication(adminActor(caller), {
        ...settingsOf(body),
        name: body.appName,
      });
      return { ...applicationDto(created.application), appSecret: created.appSecret };
    },
  );
  route.get("/get-application", z.object({ appId: z.string() }), async (caller, query) =>
    applicationDto(await applicationAdmin.applicationOf(adminActor(caller), query.appId)),
  );
  route.get(
    "/list-applications",
    z.object({
      ...pageQuery,
      keywords: z.string().optional(),
      isIntegrateApp: booleanParam,
      isSelfBuiltApp: booleanParam,
      ssoEnabled: booleanParam,
      all: booleanParam,
    }),
    async (caller, query) => {
      // Every application here is self-built and outside single sign-on: asking for the others finds none.
      refuseUnsupported(query, ["isIntegrateApp", "ssoEnabled"]);
      const page = await poolRecords.applicationPage(caller, { ...query, keyword: query.keywords });
      return { totalCount: page.totalCount, list: page.list.map(applicationDto) };
    },
  );
  route.post(
    "/update-application",
    z.object({ appId: z.string(), appName: text, ...settingsFields }),
    async (caller, body) => {
      await applicationAdmin.updateApplication(adminActor(caller), body.appId, settingsOf(body));
      return success;
    },
  );
  route.post("/delete-application", z.object({ appId: z.string() }), async (caller, body) => {
    await applicationAdmin.deleteApplication(adminActor(caller), body.appId);
    return success;
  });
  route.post("/refresh-application-secret", z.object({ appId: z.string() }), async (caller, body) => {
    const rotated = await applicationAdmin.rotateApplicationSecret(adminActor(caller), body.appId);
    return { secret: rotated.appSecret };
  });
}
