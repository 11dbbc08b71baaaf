// Who is calling, as every operation sees it. Each transport resolves it once per request (src/http/caller.ts):
// the credential is verified there, so operations only read the outcome.
import type { Application, UserPool } from "../generated/prisma/client.ts";
import { ForbiddenError, NotAuthenticatedError } from "./errors.ts";
import type { AdminActor } from "./management/audit-log.ts";
import type { Language } from "./i18n/messages.ts";
import type { Administrator } from "./management/management-tokens.ts";
import type { AccessTokenClaims } from "./tokens/token-service.ts";

export interface Caller {
  requestId: string;
  language: Language;
  /** The caller's address as the gateway sees it (X-Forwarded-For only behind a trusted proxy). */
  ip: string | null;
  userAgent: string | null;
  /** Claims of a verified access token; null for an anonymous caller. */
  viewer: AccessTokenClaims | null;
  /** The administrator behind a verified management token or signed request. */
  admin: Administrator | null;
  /** Why the request's credential (token or signature) was refused, when it was: what needs one says so. */
  credentialRefusal: NotAuthenticatedError | null;
  /** The application the request names, looked up on first use; throws UnknownApplicationError. */
  application(): Promise<{ application: Application; pool: UserPool }>;
  /** That application, authenticated by its secret (public applications need none); throws InvalidClientError. */
  authenticatedClient(): Promise<Application>;
  /** Whether the request carries application credentials at all. */
  presentsClientSecret: boolean;
}

/** The verified token's claims, or NotAuthenticatedError with the reason there are none (missing, expired, ...). */
export function viewerClaims(caller: Pick<Caller, "viewer" | "credentialRefusal">): AccessTokenClaims {
  if (caller.viewer) return caller.viewer;
  throw caller.credentialRefusal ?? new NotAuthenticatedError("missing");
}

/**
 * The administrator behind the caller, as audit entries name them. A signed-in user is ForbiddenError; a caller
 * with no credential, or a refused one, is NotAuthenticatedError with the reason.
 */
export function adminActor(
  caller: Pick<Caller, "admin" | "requestId" | "ip"> & Partial<Pick<Caller, "viewer" | "credentialRefusal">>,
): AdminActor {
  if (!caller.admin) {
    if (caller.viewer) throw new ForbiddenError();
    throw caller.credentialRefusal ?? new NotAuthenticatedError("missing");
  }
  return { ...caller.admin, requestId: caller.requestId, ip: caller.ip };
}
