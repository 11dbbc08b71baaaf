// GenAuth's response envelope: {statusCode, message, apiCode, requestId, data}. Business errors are HTTP 200 with
// the real statusCode and apiCode in the body, as GenAuth answers them: the official Node SDK's HTTP client
// rejects any non-2xx answer, and its callers read statusCode.
import type { Context } from "hono";
import { envelopeOf, internalError } from "../http/errors.ts";
import type { Caller } from "../identity/caller.ts";
import { type IdentityError, MfaRequiredError } from "../identity/errors.ts";

export function okEnvelope<T>(c: Context, caller: Pick<Caller, "requestId">, data: T) {
  return c.json({ statusCode: 200, message: "", requestId: caller.requestId, data });
}

export function errorEnvelope(c: Context, caller: Pick<Caller, "requestId" | "language">, error: IdentityError) {
  return c.json({ ...envelopeOf(error, caller), data: dataOf(error) });
}

/** A sign-in that needs its second step says how to take it (GenAuth's 1635 carries `data.mfaToken`). */
function dataOf(error: IdentityError) {
  if (!(error instanceof MfaRequiredError)) return null;
  const { mfaToken, factors, expiresIn, enrolmentRequired } = error;
  return { mfaToken, factors, expiresIn, enrollmentRequired: enrolmentRequired };
}

export function internalErrorEnvelope(c: Context, requestId: string) {
  return c.json({ ...internalError, requestId, data: null });
}
