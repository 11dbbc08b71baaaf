// GenAuth's authentication routes for end users: sign-up, sign-in (by the SDK's credentials DTO: password by
// account, email, username or phone, or a passcode; the application's client_id/client_secret in the body or
// Basic), and the signed-in user's profile. Each reads its input, calls one operation and answers the envelope.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { SignUpProfile } from "../identity/authentication.ts";
import type { Identity } from "../identity/index.ts";
import type { TokenSet } from "../identity/tokens/token-service.ts";
import { okEnvelope } from "./envelope.ts";
import { booleanParam, envelopeResponse, jsonBody } from "./route-schemas.ts";
import type { CallerOf, RestEnv } from "./rest-app.ts";
import { userDto } from "./user-dto.ts";

const optionalText = z.string().nullish();

const profileSchema = z.record(z.string(), z.unknown()).nullish();
const optionsSchema = z
  .object({
    scope: optionalText,
    clientIp: optionalText,
    passwordEncryptType: z.enum(["none", "rsa", "sm2"]).nullish(),
    captchaCode: optionalText,
    captchaToken: optionalText,
    autoRegister: z.boolean().nullish(),
    context: z.record(z.string(), z.unknown()).nullish(),
    customData: z.record(z.string(), z.unknown()).nullish(),
  })
  .nullish();
const passCodePayload = z
  .object({ email: optionalText, phone: optionalText, phoneCountryCode: optionalText, passCode: z.string() })
  .nullish();

const signUpBody = z.object({
  connection: z.enum(["PASSWORD", "PASSCODE"]),
  passwordPayload: z.object({ username: optionalText, email: optionalText, password: z.string() }).nullish(),
  passCodePayload,
  profile: profileSchema,
  options: optionsSchema,
});

const signInBody = z.object({
  connection: z.enum(["PASSWORD", "PASSCODE"]),
  passwordPayload: z
    .object({
      account: optionalText,
      email: optionalText,
      username: optionalText,
      phone: optionalText,
      password: z.string(),
    })
    .nullish(),
  passCodePayload,
  options: optionsSchema,
  client_id: optionalText,
  client_secret: optionalText,
});

const signUpRoute = createRoute({
  method: "post",
  path: "/signup",
  request: jsonBody(signUpBody),
  responses: envelopeResponse,
});
const signInRoute = createRoute({
  method: "post",
  path: "/signin",
  request: jsonBody(signInBody),
  responses: envelopeResponse,
});
const signInByMfaBody = z.object({
  mfaToken: z.string(),
  factorType: z.enum(["OTP", "RECOVERY_CODE"]),
  code: z.string(),
  captchaCode: optionalText,
  captchaToken: optionalText,
  client_id: optionalText,
  client_secret: optionalText,
});
/** The gateway's own: GenAuth's REST sign-in has no second step; this finishes one that answered apiCode 1635. */
const signInByMfaRoute = createRoute({
  method: "post",
  path: "/signin-by-mfa",
  request: jsonBody(signInByMfaBody),
  responses: envelopeResponse,
});
const getProfileRoute = createRoute({
  method: "get",
  path: "/get-profile",
  request: {
    query: z.object({ withCustomData: booleanParam, withIdentities: booleanParam, withDepartmentIds: booleanParam }),
  },
  responses: envelopeResponse,
});

/** The token set as GenAuth's LoginTokenDto: the id token signed now, since REST answers every field. */
export async function loginTokenDto(tokenSet: TokenSet) {
  return {
    access_token: tokenSet.access_token,
    id_token: await tokenSet.idToken(),
    refresh_token: tokenSet.refresh_token ?? undefined,
    token_type: tokenSet.token_type,
    expire_in: tokenSet.expire_in,
    scope: tokenSet.scope,
  };
}

export function registerAuthenticationRoutes(
  api: OpenAPIHono<RestEnv>,
  { identity, callerOf }: { identity: Identity; callerOf: CallerOf },
) {
  api.openapi(signUpRoute, async (c) => {
    const body = c.req.valid("json");
    const caller = await callerOf(c);
    const user = await identity.signIn.signUp(
      caller,
      { ...body, profile: body.profile as SignUpProfile | null | undefined },
      body.options,
    );
    return okEnvelope(c, caller, userDto(user));
  });

  api.openapi(signInRoute, async (c) => {
    const body = c.req.valid("json");
    const caller = await callerOf(c, body);
    const { tokenSet } = await identity.signIn.signInByCredentials(caller, body, body.options);
    return okEnvelope(c, caller, await loginTokenDto(tokenSet));
  });

  api.openapi(signInByMfaRoute, async (c) => {
    const body = c.req.valid("json");
    const caller = await callerOf(c, body);
    const { tokenSet, recoveryCodes } = await identity.mfa.verifyMfa(caller, {
      mfaToken: body.mfaToken,
      kind: body.factorType,
      code: body.code,
      captcha: { captchaCode: body.captchaCode, captchaToken: body.captchaToken },
    });
    return okEnvelope(c, caller, { ...(await loginTokenDto(tokenSet)), recoveryCodes: recoveryCodes ?? undefined });
  });

  api.openapi(getProfileRoute, async (c) => {
    const caller = await callerOf(c);
    const { user, ...related } = await identity.signedIn.myProfile(caller, c.req.valid("query"));
    return okEnvelope(c, caller, userDto(user, related));
  });
}
