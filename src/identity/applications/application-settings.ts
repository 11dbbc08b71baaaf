// What an administrator may set on an application (an OAuth/OIDC client), checked as the security BCP asks:
// exact redirect URIs (https, loopback http, or a native app's private-use scheme; no fragments, no wildcards),
// known grant types, and token lifetimes within bounds.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { TokenEndpointAuthMethod } from "../../generated/prisma/enums.ts";
import { InvalidInputError } from "../errors.ts";
import { isSupportedScope, supportedScopes } from "../tokens/scopes.ts";

export const supportedGrantTypes = ["authorization_code", "refresh_token", "client_credentials", "password"] as const;
export type GrantType = (typeof supportedGrantTypes)[number];

export interface ApplicationSettingsInput {
  name?: string | null;
  description?: string | null;
  redirectUris?: string[] | null;
  postLogoutRedirectUris?: string[] | null;
  grantTypes?: string[] | null;
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod | null;
  accessTokenLifetimeSecs?: number | null;
  idTokenLifetimeSecs?: number | null;
  refreshTokenLifetimeSecs?: number | null;
  refreshTokenIdleLifetimeSecs?: number | null;
  consentRequired?: boolean | null;
  clientCredentialsScopes?: string[] | null;
  /** POOL: the pool's mfaPolicy. */
  mfaPolicy?: "POOL" | "OFF" | "OPTIONAL" | "REQUIRED" | null;
}

// RFC 6749 3.3's scope-token: printable ASCII without space, quote or backslash.
const scopeToken = /^[\x21\x23-\x5B\x5D-\x7E]{1,128}$/;
const maxClientScopes = 50;

/** A machine client's scopes: RFC 6749 scope tokens, none of them a user's (its tokens name no user). */
function clientScopes(values: string[]): string[] {
  const scopes = [...new Set(values.map((value) => value.trim()))];
  if (scopes.length > maxClientScopes || scopes.some((scope) => !scopeToken.test(scope) || isSupportedScope(scope)))
    throw new InvalidInputError("clientCredentialsScopes", "input.clientScopeInvalid", {
      userScopes: supportedScopes.join(" "),
    });
  return scopes;
}

/** Bounds in seconds: tokens from one minute to a day; refresh tokens from an hour to a year. */
export const lifetimeBounds = {
  accessTokenLifetimeSecs: [60, 86_400],
  idTokenLifetimeSecs: [60, 86_400],
  refreshTokenLifetimeSecs: [3_600, 31_536_000],
  refreshTokenIdleLifetimeSecs: [300, 31_536_000],
} as const;

const maxUris = 20;
const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function checkRedirectUri(value: string, field: string): string {
  const uri = value.trim();
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new InvalidInputError(field, "input.invalidRedirectUri", { field });
  }
  const scheme = parsed.protocol.slice(0, -1);
  const allowed =
    scheme === "https" ||
    (scheme === "http" && loopbackHosts.has(parsed.hostname)) ||
    // RFC 8252 7.1: a native app's private-use scheme is a reverse domain name (com.example.app).
    (/^[a-z][a-z0-9+-]*(\.[a-z0-9+-]+)+$/.test(scheme) && scheme !== "javascript");
  // The URL parser silently drops tabs and newlines, so "https://app/\tcb" would be stored as typed yet parsed as
  // another address; no control character or space belongs in a registered URI.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  const controlOrSpace = /[\u0000-\u0020\u007F-\u009F\u2028\u2029]/u.test(uri);
  if (
    !allowed ||
    controlOrSpace ||
    parsed.hash ||
    uri.includes("*") ||
    uri.length > 2048 ||
    parsed.username ||
    parsed.password
  ) {
    throw new InvalidInputError(field, "input.invalidRedirectUri", { field });
  }
  return uri;
}

function uriList(values: string[], field: string): string[] {
  if (values.length > maxUris) throw new InvalidInputError(field, "input.batchTooLarge", { max: maxUris });
  return [...new Set(values.map((value) => checkRedirectUri(value, field)))];
}

/**
 * The columns to write for `input`, validated against the application as it will be (`current` merged with the
 * input), so that rules spanning fields (a public client has no client_credentials grant; idle <= absolute) hold.
 */
export function applicationSettings(
  input: ApplicationSettingsInput,
  current: Pick<
    Prisma.ApplicationCreateManyInput,
    "grantTypes" | "tokenEndpointAuthMethod" | "refreshTokenLifetimeSecs" | "refreshTokenIdleLifetimeSecs"
  >,
): Prisma.ApplicationUpdateInput {
  const data: Prisma.ApplicationUpdateInput = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) throw new InvalidInputError("name", "input.required", { field: "name" });
    if ([...name].length > 128) throw new InvalidInputError("name", "input.tooLong", { field: "name", max: 128 });
    data.name = name;
  }
  if (input.description !== undefined) {
    if (input.description && [...input.description].length > 1024) {
      throw new InvalidInputError("description", "input.tooLong", { field: "description", max: 1024 });
    }
    data.description = input.description?.trim() || null;
  }
  if (input.redirectUris != null) data.redirectUris = uriList(input.redirectUris, "redirectUris");
  if (input.postLogoutRedirectUris != null)
    data.postLogoutRedirectUris = uriList(input.postLogoutRedirectUris, "postLogoutRedirectUris");
  if (input.grantTypes != null) {
    const unknown = input.grantTypes.find((grant) => !(supportedGrantTypes as readonly string[]).includes(grant));
    if (unknown !== undefined || input.grantTypes.length === 0) {
      throw new InvalidInputError("grantTypes", "input.unsupportedGrantType", {
        supported: supportedGrantTypes.join(", "),
      });
    }
    data.grantTypes = [...new Set(input.grantTypes)];
  }
  if (input.tokenEndpointAuthMethod != null) data.tokenEndpointAuthMethod = input.tokenEndpointAuthMethod;
  if (input.consentRequired != null) data.consentRequired = input.consentRequired;
  if (input.mfaPolicy != null) data.mfaPolicy = input.mfaPolicy === "POOL" ? null : input.mfaPolicy;
  if (input.clientCredentialsScopes != null) data.clientCredentialsScopes = clientScopes(input.clientCredentialsScopes);
  for (const [field, [min, max]] of Object.entries(lifetimeBounds) as [
    keyof typeof lifetimeBounds,
    readonly [number, number],
  ][]) {
    const value = input[field];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < min || value > max)
      throw new InvalidInputError(field, "input.outOfRange", { field, min, max });
    data[field] = value;
  }

  const grants = (data.grantTypes as string[] | undefined) ?? (current.grantTypes as string[]);
  const method =
    (data.tokenEndpointAuthMethod as TokenEndpointAuthMethod | undefined) ?? current.tokenEndpointAuthMethod;
  if (method === "none" && grants.includes("client_credentials")) {
    throw new InvalidInputError("grantTypes", "input.publicClientCredentials");
  }
  const absolute = (data.refreshTokenLifetimeSecs as number | undefined) ?? current.refreshTokenLifetimeSecs!;
  const idle = (data.refreshTokenIdleLifetimeSecs as number | undefined) ?? current.refreshTokenIdleLifetimeSecs!;
  if (idle > absolute) {
    throw new InvalidInputError("refreshTokenIdleLifetimeSecs", "input.outOfRange", {
      field: "refreshTokenIdleLifetimeSecs",
      min: 300,
      max: absolute,
    });
  }
  return data;
}
