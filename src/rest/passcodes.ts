// GenAuth's passcode and system routes: send-sms, send-email (a captcha after a few sends from one address),
// get-captcha-code, and system (the pool's password-encryption public keys).
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Identity } from "../identity/index.ts";
import { passcodeChannels } from "../identity/passcodes/channels.ts";
import { okEnvelope } from "./envelope.ts";
import { envelopeResponse, jsonBody } from "./route-schemas.ts";
import type { CallerOf, RestEnv } from "./rest-app.ts";

const captcha = { captchaCode: z.string().nullish(), captchaToken: z.string().nullish() };
const channel = z.enum(passcodeChannels);

const sendSmsRoute = createRoute({
  method: "post",
  path: "/send-sms",
  request: jsonBody(z.object({ channel, phoneNumber: z.string(), phoneCountryCode: z.string().nullish(), ...captcha })),
  responses: envelopeResponse,
});
const sendEmailRoute = createRoute({
  method: "post",
  path: "/send-email",
  request: jsonBody(z.object({ channel, email: z.string(), ...captcha })),
  responses: envelopeResponse,
});
const captchaRoute = createRoute({ method: "get", path: "/get-captcha-code", responses: envelopeResponse });
const systemRoute = createRoute({ method: "get", path: "/system", responses: envelopeResponse });

export function registerPasscodeRoutes(
  api: OpenAPIHono<RestEnv>,
  { identity, callerOf }: { identity: Identity; callerOf: CallerOf },
) {
  const operations = identity.passcodeOperations;
  api.openapi(sendSmsRoute, async (c) => {
    const caller = await callerOf(c);
    return okEnvelope(c, caller, await operations.sendSms(caller, c.req.valid("json")));
  });
  api.openapi(sendEmailRoute, async (c) => {
    const caller = await callerOf(c);
    return okEnvelope(c, caller, await operations.sendEmail(caller, c.req.valid("json")));
  });
  api.openapi(captchaRoute, async (c) => {
    const caller = await callerOf(c);
    return okEnvelope(c, caller, await operations.issueCaptcha(caller));
  });
  api.openapi(systemRoute, async (c) => {
    const caller = await callerOf(c);
    return okEnvelope(c, caller, await operations.systemInfo(caller));
  });
}
