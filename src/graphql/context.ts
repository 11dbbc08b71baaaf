// The per-request context: who is calling (verified once, here), in which language, under which request id.
import type { Application, UserPool } from "../generated/prisma/client.ts";
import type { Language } from "../identity/i18n/messages.ts";
import type { Identity } from "../identity/index.ts";
import type { NotAuthenticatedError } from "../identity/errors.ts";
import type { AccessTokenClaims } from "../identity/tokens/token-service.ts";
import type { Administrator } from "../identity/management/management-tokens.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../telemetry/metrics.ts";

export interface GraphQLContext {
  requestId: string;
  language: Language;
  identity: Identity;
  log: Logger;
  /** Counts authentication outcomes, when the gateway serves metrics. */
  metrics: Pick<Metrics, "observeAuthEvent"> | null;
  /** The caller's address as seen by the gateway (X-Forwarded-For only when TRUST_PROXY is on). */
  ip: string | null;
  userAgent: string | null;
  /** Claims of a verified access token; null for an anonymous caller. */
  viewer: AccessTokenClaims | null;
  /** Why the request's credential (token or signature) was refused, when it was: fields that need one say so. */
  credentialRefusal: NotAuthenticatedError | null;
  /** The administrator behind a verified management token. */
  admin: Administrator | null;
  /** Users this request proved to be by signing up or in: their own record may be answered without a token. */
  provenUserIds: Set<string>;
  /** Whether the development-only devOutbox query may answer. */
  devOutboxQuery: boolean;
  /** The application named by x-authing-app-id, looked up on first use; throws UnknownApplicationError. */
  application(): Promise<{ application: Application; pool: UserPool }>;
  /** That application, authenticated by x-authing-app-secret or HTTP Basic (public apps need no secret). */
  authenticatedClient(): Promise<Application>;
  /** Whether the request carries application credentials at all (x-authing-app-secret or HTTP Basic). */
  presentsClientSecret: boolean;
}
