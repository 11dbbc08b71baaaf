// The pool's public signing keys (JWKS), which verify our tokens offline.
import type { Handler } from "hono";
import type { SigningKeyStore } from "../identity/tokens/signing-keys.ts";

export const jwksPaths = ["/oidc/.well-known/jwks.json", "/.well-known/jwks.json"];

export function jwksRoute(keys: SigningKeyStore): Handler {
  return async (c) =>
    c.body(JSON.stringify(await keys.jwks()), 200, {
      "content-type": "application/jwk-set+json",
      // Verifiers may cache briefly; a rotated key is published well before it signs.
      "cache-control": "public, max-age=300",
    });
}
