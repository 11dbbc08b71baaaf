import { InvalidInputError } from "../errors.ts";

export const supportedScopes = [
  "openid",
  "profile",
  "username",
  "email",
  "phone",
  "address",
  "offline_access",
  "roles",
  "external_id",
  "extended_fields",
  "tenant_id",
] as const;

export type Scope = (typeof supportedScopes)[number];
export const defaultScope = "openid profile";

export const isSupportedScope = (scope: string): scope is Scope =>
  (supportedScopes as readonly string[]).includes(scope);

/** Parses a space-separated scope string; openid is required, unknown scopes are refused rather than dropped. */
export function parseScope(raw: string | null | undefined): Scope[] {
  const requested = (raw?.trim() || defaultScope).split(/\s+/);
  const scopes = [...new Set(requested)];
  const valid = scopes.every(isSupportedScope);
  if (!valid || !scopes.includes("openid")) {
    throw new InvalidInputError("scope", "input.invalidScope", { supported: supportedScopes.join(" ") });
  }
  return scopes as Scope[];
}
