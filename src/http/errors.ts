// The one error mapping for every transport: an IdentityError becomes GenAuth's envelope (statusCode, apiCode,
// a message in the caller's language, requestId). GraphQL serves it as the error member's fields, REST as the
// response body, OIDC as its error page or JSON. Anything that is not an IdentityError is internal: its own
// message never leaves the gateway.
import type { Caller } from "../identity/caller.ts";
import type { IdentityError } from "../identity/errors.ts";
import { localize } from "../identity/i18n/localize.ts";
import type { Language } from "../identity/i18n/messages.ts";

export interface ErrorEnvelope {
  statusCode: number;
  apiCode: number | null;
  message: string;
  requestId: string;
}

/** The error's message in the caller's language. */
export function messageOf(error: IdentityError, language: Language): string {
  return localize(language, error.messageKey, error.params);
}

export function envelopeOf(error: IdentityError, caller: Pick<Caller, "language" | "requestId">): ErrorEnvelope {
  return {
    statusCode: error.statusCode,
    apiCode: error.apiCode,
    message: messageOf(error, caller.language),
    requestId: caller.requestId,
  };
}

/** What an unexpected failure is told as: the same shape, nothing of the failure itself. */
export const internalError = { statusCode: 500, apiCode: 1000, message: "Unexpected error." } as const;
