// Adapts an HTTP request signed with an access key (`Authorization: authing AK:signature`) to the identity core's
// SignedRequest. The body is read here, before yoga parses it, because the signature covers its digest.
import type { Plugin } from "graphql-yoga";
import { parseSignatureAuthorization, type SignedRequest } from "../identity/management/request-signatures.ts";

const bodies = new WeakMap<Request, Promise<Uint8Array>>();

export function isSignedRequest(request: Request): boolean {
  return parseSignatureAuthorization(request.headers.get("authorization")) !== null;
}

/** Keeps a copy of each signed request's body for the context to digest. */
export function useSignedRequestBodies(): Plugin {
  return {
    onRequest({ request }) {
      if (!isSignedRequest(request)) return;
      bodies.set(
        request,
        request
          .clone()
          .arrayBuffer()
          .then((buffer) => new Uint8Array(buffer)),
      );
    },
  };
}

export async function signedRequestOf(request: Request): Promise<SignedRequest> {
  const url = new URL(request.url);
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) headers.set(name.toLowerCase(), value);
  return {
    method: request.method,
    path: url.pathname,
    headers,
    query: [...url.searchParams.entries()],
    body: (await bodies.get(request)) ?? new Uint8Array(),
  };
}
