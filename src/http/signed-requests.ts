// Adapts an HTTP request signed with an access key (`Authorization: authing AK:signature`) to the identity core's
// SignedRequest. The signature covers the JSON body's members, so the body is read here: for GraphQL from a copy
// taken before yoga parses it, for REST from the router's cached body.
import type { Plugin } from "graphql-yoga";
import {
  parseSignatureAuthorization,
  type SignedRequest,
  signedParamsOf,
} from "../identity/management/request-signatures.ts";

const bodies = new WeakMap<Request, Promise<string>>();

export function isSignedRequest(request: Request): boolean {
  return parseSignatureAuthorization(request.headers.get("authorization")) !== null;
}

/** Keeps a copy of each signed request's body for the caller resolution to read. */
export function useSignedRequestBodies(): Plugin {
  return {
    onRequest({ request }) {
      if (isSignedRequest(request)) bodies.set(request, request.clone().text());
    },
  };
}

/** The request as the signature saw it; null when its body is not JSON, which no SDK signs. */
export async function signedRequestOf(request: Request, body?: () => Promise<string>): Promise<SignedRequest | null> {
  const url = new URL(request.url);
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) headers.set(name.toLowerCase(), value);
  const text =
    request.method === "GET" || request.method === "HEAD" ? "" : await (body?.() ?? bodies.get(request) ?? "");
  const params = signedParamsOf(request.method.toUpperCase(), url.searchParams, text);
  return params && { method: request.method, path: url.pathname, headers, params };
}
