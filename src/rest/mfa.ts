// GenAuth's MFA factor routes for the signed-in user (send-enroll-factor-request, enroll-factor, reset-factor,
// list-enrolled-factors, get-factor, list-factors-to-enroll, mfa-totp-verify), over the same operations as
// GraphQL. GenAuth's OTP factor is the authenticator app (TOTP), SMS and EMAIL get a CHANNEL_VERIFY_MFA code at
// the profile's address; the enrollmentToken is the pending factor's id, which only the same signed-in user can
// confirm. FACE is refused by name.
import { z } from "@hono/zod-openapi";
import type { MfaFactor } from "../generated/prisma/client.ts";
import { InvalidInputError, MfaFactorError } from "../identity/errors.ts";
import type { Identity } from "../identity/index.ts";
import type { routeRegistrar } from "./route-schemas.ts";

const factorType = z.enum(["OTP", "SMS", "EMAIL", "FACE"]);

function offered(type: z.output<typeof factorType>) {
  if (type === "FACE") throw new InvalidInputError("factorType", "input.unsupportedOption", { field: "factorType" });
  return type;
}

const factorDto = (factor: MfaFactor) => ({
  factorId: factor.id,
  factorType: factor.type,
  profile:
    factor.type === "SMS"
      ? { phoneNumber: factor.phone, phoneCountryCode: factor.phoneCountryCode }
      : factor.type === "EMAIL"
        ? { email: factor.email }
        : {},
});

const profile = z
  .object({ phoneNumber: z.string().nullish(), phoneCountryCode: z.string().nullish(), email: z.string().nullish() })
  .passthrough()
  .nullish();

export function registerMfaRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { mfa } = identity;

  route.post("/send-enroll-factor-request", z.object({ factorType, profile }), async (caller, body) => {
    const type = offered(body.factorType);
    if (type !== "OTP") {
      const recipient =
        type === "EMAIL"
          ? { transport: "email" as const, email: body.profile?.email ?? "" }
          : {
              transport: "sms" as const,
              phone: body.profile?.phoneNumber ?? "",
              phoneCountryCode: body.profile?.phoneCountryCode,
            };
      const pending = await mfa.startAddressEnrolment(caller, { type, recipient });
      return { enrollmentToken: pending.factor.id, expiresIn: pending.expiresIn };
    }
    const enrolment = await mfa.startTotpEnrolment(caller);
    return {
      enrollmentToken: enrolment.factor.id,
      otpData: {
        qrCodeUri: enrolment.uri,
        qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(enrolment.qrCodeSvg).toString("base64")}`,
        secret: enrolment.secret,
        // The recovery codes come with the confirmed factor (enroll-factor), shown once.
        recoveryCode: "",
      },
    };
  });
  route.post(
    "/enroll-factor",
    z.object({
      enrollmentToken: z.string(),
      factorType,
      enrollmentData: z.object({ passCode: z.string().nullish() }).passthrough(),
    }),
    async (caller, body) => {
      offered(body.factorType);
      const confirmed = await mfa.confirmEnrolment(caller, {
        factorId: body.enrollmentToken,
        code: body.enrollmentData.passCode ?? "",
      });
      return { ...factorDto(confirmed.factor), recoveryCodes: confirmed.recoveryCodes };
    },
  );
  route.post("/reset-factor", z.object({ factorId: z.string() }), async (caller, body) => {
    await mfa.removeFactor(caller, body);
    return { success: true };
  });
  route.get("/list-enrolled-factors", z.object({}), async (caller) =>
    (await mfa.myFactors(caller)).factors.map(factorDto),
  );
  route.get("/get-factor", z.object({ factorId: z.string() }), async (caller, query) => {
    const factor = (await mfa.myFactors(caller)).factors.find((candidate) => candidate.id === query.factorId);
    if (!factor) throw new MfaFactorError("unavailable");
    return factorDto(factor);
  });
  route.get("/list-factors-to-enroll", z.object({}), async (caller) => {
    const { factors } = await mfa.myFactors(caller);
    return factors.some((factor) => factor.type === "OTP") ? [] : [{ factorType: "OTP" }];
  });
  route.post(
    "/mfa-totp-verify",
    z.object({ totp: z.string(), captchaCode: z.string().nullish(), captchaToken: z.string().nullish() }),
    async (caller, body) => ({
      verified: await mfa.checkMyTotp(caller, {
        code: body.totp,
        captcha: { captchaCode: body.captchaCode, captchaToken: body.captchaToken },
      }),
    }),
  );
}
