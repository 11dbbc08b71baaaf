// RFC 6749 5.2 / RFC 6750 3.1 error answers for the protocol endpoints: a JSON body {error, error_description}
// with no-store caching. The description is the caller's language's message for an IdentityError (the one error
// mapping in src/http/errors.ts), and nothing of an unexpected failure.
import type { Context } from "hono";
import { messageOf } from "../http/errors.ts";
import type { Caller } from "../identity/caller.ts";
import {
  IdentityError,
  InvalidClientError,
  InvalidGrantError,
  InvalidInputError,
  NotAuthenticatedError,
  UnauthorizedClientError,
  UnknownApplicationError,
} from "../identity/errors.ts";
import type { Language } from "../identity/i18n/messages.ts";

/** A protocol-level refusal the adapter itself decides (a grant type it does not serve, two client methods). */
export class OAuthError extends Error {
  constructor(
    readonly error: "invalid_request" | "unsupported_grant_type" | "invalid_client" | "invalid_scope",
    readonly description: string,
  ) {
    super(description);
  }
}

export const noStore = { "cache-control": "no-store", pragma: "no-cache" } as const;

interface Answer {
  status: 400 | 401;
  error: string;
  description: string;
}

function answerOf(error: unknown, language: Language): Answer | null {
  if (error instanceof OAuthError)
    return { status: error.error === "invalid_client" ? 401 : 400, error: error.error, description: error.description };
  if (!(error instanceof IdentityError)) return null;
  const description = messageOf(error, language);
  if (error instanceof InvalidClientError || error instanceof UnknownApplicationError)
    return { status: 401, error: "invalid_client", description };
  if (error instanceof InvalidGrantError) return { status: 400, error: "invalid_grant", description };
  if (error instanceof UnauthorizedClientError) return { status: 400, error: "unauthorized_client", description };
  if (error instanceof NotAuthenticatedError) return { status: 401, error: "invalid_token", description };
  if (error instanceof InvalidInputError && error.field === "scope")
    return { status: 400, error: "invalid_scope", description };
  return { status: 400, error: "invalid_request", description };
}

/**
 * The error answer, or null for an unexpected failure (the caller logs it and answers server_error). A client that
 * tried HTTP Basic is told the scheme again (RFC 6749 5.2); a bad access token gets the Bearer challenge (RFC 6750).
 */
export function oauthErrorResponse(
  c: Context,
  error: unknown,
  caller: Pick<Caller, "language">,
  usedBasic: boolean,
): Response | null {
  const answer = answerOf(error, caller.language);
  if (!answer) return null;
  const headers: Record<string, string> = { ...noStore };
  if (answer.error === "invalid_client" && usedBasic) headers["www-authenticate"] = 'Basic realm="oidc"';
  // Header values are Latin-1: the localized description stays in the body.
  if (answer.error === "invalid_token") headers["www-authenticate"] = 'Bearer error="invalid_token"';
  return c.json({ error: answer.error, error_description: answer.description }, answer.status, headers);
}
