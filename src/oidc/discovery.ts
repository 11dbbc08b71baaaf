// OpenID Connect Discovery 1.0: the provider's metadata, listing exactly what the endpoints serve. The issuer is
// the public base URL + /oidc (every token's iss), and the endpoints are GenAuth's paths under it.
import type { Handler } from "hono";
import { supportedScopes } from "../identity/tokens/scopes.ts";
import { catalogues } from "../identity/i18n/messages.ts";

export const discoveryPaths = ["/oidc/.well-known/openid-configuration", "/.well-known/openid-configuration"];

const claimsSupported = [
  "sub",
  "iss",
  "aud",
  "exp",
  "iat",
  "auth_time",
  "nonce",
  "at_hash",
  "sid",
  "name",
  "given_name",
  "family_name",
  "middle_name",
  "nickname",
  "preferred_username",
  "profile",
  "picture",
  "website",
  "gender",
  "birthdate",
  "zoneinfo",
  "locale",
  "updated_at",
  "username",
  "email",
  "email_verified",
  "phone_number",
  "phone_number_verified",
  "address",
  "external_id",
  "roles",
  "extended_fields",
];

const clientAuthMethods = ["client_secret_post", "client_secret_basic", "none"];

export function discoveryDocument(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/me`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    end_session_endpoint: `${issuer}/session/end`,
    introspection_endpoint: `${issuer}/token/introspection`,
    revocation_endpoint: `${issuer}/token/revocation`,
    scopes_supported: [...supportedScopes],
    response_types_supported: ["code"],
    response_modes_supported: ["query", "form_post"],
    grant_types_supported: ["authorization_code", "refresh_token", "client_credentials"],
    subject_types_supported: ["public"],
    // Each user pool signs with one of these (its signingAlg); the JWKS names each key's.
    id_token_signing_alg_values_supported: ["RS256", "ES256"],
    token_endpoint_auth_methods_supported: clientAuthMethods,
    introspection_endpoint_auth_methods_supported: clientAuthMethods,
    revocation_endpoint_auth_methods_supported: clientAuthMethods,
    // plain only for confidential clients; a public client must use S256.
    code_challenge_methods_supported: ["S256", "plain"],
    claims_supported: claimsSupported,
    claim_types_supported: ["normal"],
    prompt_values_supported: ["none", "login", "consent", "select_account"],
    display_values_supported: ["page", "popup"],
    ui_locales_supported: Object.keys(catalogues),
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    require_request_uri_registration: false,
    authorization_response_iss_parameter_supported: false,
  };
}

export function discoveryRoute(issuer: string): Handler {
  const body = JSON.stringify(discoveryDocument(issuer));
  return (c) => c.body(body, 200, { "content-type": "application/json", "cache-control": "public, max-age=300" });
}
