// GenAuth's WebAuthn routes (the Node SDK's initRegisterOptions/verifyRegister, initAuthenticationOptions/
// verifyAuthentication, listCredentialsByPage) over the passkey operations GraphQL and the hosted page use.
// GenAuth hands out a `ticket` with each ceremony's options; here the ticket is the challenge itself, so an
// answer must name the ticket it was given with, and the challenge is spent by that one answer.
import { z } from "@hono/zod-openapi";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import type { MfaFactor } from "../generated/prisma/client.ts";
import type { Identity } from "../identity/index.ts";
import { challengeOf } from "../identity/mfa/passkeys.ts";
import { PasskeyRefusedError } from "../identity/mfa/webauthn.ts";
import { loginTokenDto } from "./authentication.ts";
import type { routeRegistrar } from "./route-schemas.ts";

/** The answer, if it answers the challenge its ticket named. */
function answering<T extends { response: { clientDataJSON: string } }>(ticket: string, credential: unknown): T {
  const answer = credential as T;
  if (challengeOf(answer) !== ticket) throw new PasskeyRefusedError("answer for another ticket");
  return answer;
}

const credential = z.object({
  id: z.string(),
  rawId: z.string(),
  type: z.string(),
  response: z.object({}).passthrough(),
});

const passkeyDto = (factor: MfaFactor) => ({
  credentialId: factor.credentialId,
  name: factor.name,
  transports: factor.transports,
  createdAt: factor.createdAt.toISOString(),
  lastUsedAt: factor.lastUsedAt?.toISOString() ?? null,
});

export function registerWebAuthnRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { mfa } = identity;

  // POSTs first: each path's GET is a different step of the ceremony, not a read with a POST form.
  route.post(
    "/webauthn/registration",
    z.object({
      ticket: z.string(),
      registrationCredential: credential.passthrough(),
      authenticatorCode: z.enum(["fingerprint", "face", "other"]).nullish(),
    }),
    async (caller, body) => {
      const response = answering<RegistrationResponseJSON>(body.ticket, body.registrationCredential);
      await mfa.registerPasskey(caller, { response, name: body.authenticatorCode ?? null });
      return { verified: true };
    },
  );
  route.get("/webauthn/registration", z.object({}), async (caller) => {
    const options = await mfa.passkeyRegistrationOptions(caller);
    return { registrationOptions: options, ticket: options.challenge };
  });
  route.post(
    "/webauthn/authentication",
    z.object({
      ticket: z.string(),
      authenticationCredential: credential.passthrough(),
      options: z.object({ scope: z.string().nullish() }).passthrough().nullish(),
    }),
    async (caller, body) => {
      const response = answering<AuthenticationResponseJSON>(body.ticket, body.authenticationCredential);
      const { tokenSet } = await mfa.signInWithPasskey(caller, { response, scope: body.options?.scope });
      return { verified: true, tokenSet: await loginTokenDto(tokenSet) };
    },
  );
  route.get("/webauthn/authentication", z.object({}), async (caller) => {
    const options = await mfa.passkeySignInOptions(caller);
    return { authenticationOptions: options, ticket: options.challenge };
  });
  route.post(
    "/webauthn/page-authenticator-device",
    z.object({ page: z.number().int().min(1).nullish(), limit: z.number().int().min(1).max(50).nullish() }),
    async (caller, body) => {
      const passkeys = (await mfa.myFactors(caller)).factors.filter((factor) => factor.type === "WEBAUTHN");
      const limit = body.limit ?? 10;
      const start = ((body.page ?? 1) - 1) * limit;
      return { totalCount: passkeys.length, list: passkeys.slice(start, start + limit).map(passkeyDto) };
    },
  );
}
