// The one caller resolution for every transport: a Fetch Request becomes a Caller. The credential is verified
// here, once: a stale or bad one leaves the caller anonymous with the reason kept (clients attach their header
// to every call, and the calls that need no user, refreshing and signing in, must work exactly then).
import { randomUUID } from "node:crypto";
import { authenticateClient, basicCredentials } from "../identity/applications/client-authentication.ts";
import type { Caller } from "../identity/caller.ts";
import { NotAuthenticatedError } from "../identity/errors.ts";
import { negotiateLanguage } from "../identity/i18n/localize.ts";
import type { Identity } from "../identity/index.ts";
import { isManagementToken } from "../identity/management/management-tokens.ts";
import { clientAddress } from "./client-address.ts";
import { currentRequestId } from "./request-scope.ts";
import { isSignedRequest, signedRequestOf } from "./signed-requests.ts";

const requestIds = new WeakMap<Request, string>();

/**
 * The request's id: the caller's `x-request-id` when it is a sane token, else a new UUID; stable per request,
 * and the request scope's when one is open (the node fast path hands yoga a Request of its own making).
 */
export function requestIdFor(request: Request): string {
  const scoped = currentRequestId();
  if (scoped) return scoped;
  let id = requestIds.get(request);
  if (!id) {
    id = requestIdFrom(request.headers.get("x-request-id"));
    requestIds.set(request, id);
  }
  return id;
}

/** The caller's `x-request-id` when it is a sane token (it goes into logs), else a new UUID. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
}

/** `Authorization: Bearer <token>`, or the bare token as GenAuth's SDKs send it (Basic is client authentication). */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization")?.trim();
  if (!header || /^(Basic|authing)\s/i.test(header)) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return (match ? match[1]! : header).trim() || null;
}

/** How a request names its application and proves it: the headers, unless a transport reads them elsewhere. */
export interface ClientCredentials {
  appId: string | null;
  clientId?: string | null;
  clientSecret?: string | null;
  /** A Basic header that could not be decoded: the client's authentication fails rather than being ignored. */
  malformed?: boolean;
}

export function clientCredentialsOf(request: Request): ClientCredentials {
  const basic = basicCredentials(request.headers.get("authorization"));
  return {
    appId: request.headers.get("x-authing-app-id") || basic?.clientId || null,
    clientId: basic?.clientId,
    clientSecret: basic?.clientSecret ?? request.headers.get("x-authing-app-secret"),
    malformed: basic?.malformed,
  };
}

export interface CallerOptions {
  /** The TCP peer's address; the client's own only when `trustProxy` lets X-Forwarded-For say otherwise. */
  remoteAddress: string | null;
  client?: ClientCredentials;
  /** The body's text, for a signed request's signature, when the transport has read it (REST). */
  body?: () => Promise<string>;
}

export function createCallerResolver({ identity, trustProxy }: { identity: Identity; trustProxy: boolean }) {
  async function verifyCredential(
    request: Request,
    appId: string | null,
    body: CallerOptions["body"],
  ): Promise<Pick<Caller, "viewer" | "admin" | "credentialRefusal">> {
    const token = bearerToken(request);
    try {
      if (isSignedRequest(request))
        return {
          viewer: null,
          admin: await identity.signatures.verifySignedRequest(await signedRequestOf(request, body)),
          credentialRefusal: null,
        };
      if (token && isManagementToken(token))
        return { viewer: null, admin: await identity.management.verifyManagementToken(token), credentialRefusal: null };
      if (token)
        return {
          viewer: await identity.tokens.verifyAccessToken(token, appId?.trim() || undefined),
          admin: null,
          credentialRefusal: null,
        };
    } catch (error) {
      if (!(error instanceof NotAuthenticatedError)) throw error;
      return { viewer: null, admin: null, credentialRefusal: error };
    }
    return { viewer: null, admin: null, credentialRefusal: null };
  }

  return async function resolveCaller(
    request: Request,
    { remoteAddress, client = clientCredentialsOf(request), body }: CallerOptions,
  ): Promise<Caller> {
    const credential = await verifyCredential(request, client.appId, body);
    let application: ReturnType<Caller["application"]> | undefined;
    const findApplication = () => (application ??= identity.applications.findApplicationByAppId(client.appId));
    return {
      requestId: requestIdFor(request),
      language: negotiateLanguage(request.headers.get("x-authing-lang"), request.headers.get("accept-language")),
      ip: clientAddress(request, remoteAddress, trustProxy),
      userAgent: request.headers.get("user-agent"),
      ...credential,
      application: findApplication,
      presentsClientSecret: Boolean(client.clientSecret || client.malformed),
      authenticatedClient: async () => {
        const { application: app } = await findApplication();
        return authenticateClient(app, {
          malformed: client.malformed,
          clientId: client.clientId,
          clientSecret: client.clientSecret,
        });
      },
    };
  };
}

export type ResolveCaller = ReturnType<typeof createCallerResolver>;
