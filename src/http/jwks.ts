// JWKS endpoints as a yoga plugin, so the one fetch handler serves GraphQL and these routes alike.
import type { Plugin } from "graphql-yoga";
import type { SigningKeyStore } from "../identity/tokens/signing-keys.ts";

export const jwksPaths = ["/oidc/.well-known/jwks.json", "/.well-known/jwks.json"];

export function useJwksRoutes(keys: SigningKeyStore): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!jwksPaths.includes(url.pathname)) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const body = JSON.stringify(await keys.jwks());
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : body, {
          headers: {
            "content-type": "application/jwk-set+json",
            // Verifiers may cache briefly; a rotated key is published well before it signs.
            "cache-control": "public, max-age=300",
          },
        }),
      );
    },
  };
}
