// Authenticates an application (an OAuth client) for revocation and introspection: by its secret, unless the
// application is public (token endpoint auth method "none"), which has no secret to present.
import type { Application } from "../../generated/prisma/client.ts";
import { InvalidClientError } from "../errors.ts";
import { secretMatches } from "../secrets.ts";

export interface PresentedClientCredentials {
  clientId?: string | null;
  clientSecret?: string | null;
  /** Credentials that could not be decoded (a bad %-escape): they authenticate no client. */
  malformed?: boolean;
}

export function authenticateClient(application: Application, credentials: PresentedClientCredentials): Application {
  if (credentials.malformed) throw new InvalidClientError();
  if (credentials.clientId && credentials.clientId !== application.appId) throw new InvalidClientError();
  if (application.tokenEndpointAuthMethod === "none") return application;
  if (!credentials.clientSecret || !secretMatches(credentials.clientSecret, application.secretHash)) {
    throw new InvalidClientError();
  }
  return application;
}

/** `Authorization: Basic base64(client_id:client_secret)` (RFC 6749 2.3.1), or null for any other scheme. */
export function basicCredentials(authorization: string | null): PresentedClientCredentials | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const clientId = formDecoded(decoded.slice(0, colon));
  const clientSecret = formDecoded(decoded.slice(colon + 1));
  // A malformed %-escape cannot name any client: the credentials simply fail to authenticate.
  if (clientId === null || clientSecret === null) return { malformed: true };
  return { clientId, clientSecret };
}

function formDecoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
