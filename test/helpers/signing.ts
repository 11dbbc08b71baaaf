// Signs a management request with the official Node SDK's own string to sign (authing-node-sdk's
// utils/buildSignature), so any drift of the gateway's from what the SDK computes fails the tests.
import { createHmac, randomBytes } from "node:crypto";
import { buildStringToSign } from "authing-node-sdk/dist/utils/buildSignature.js";

export interface SignOptions {
  method?: "GET" | "POST";
  /** The JSON body as sent; the SDK signs its members. */
  body?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  nonce?: string;
  date: Date;
  secret: string;
  accessKeyId: string;
  algorithm?: "HMAC-SHA1" | "HMAC-SHA256";
  path?: string;
}

/** The headers the SDK sends, with its `authorization` computed over the SDK's string to sign. */
export function signedHeaders(options: SignOptions): Record<string, string> {
  const method = options.method ?? "POST";
  const headers: Record<string, string> = {
    ...(method === "POST" ? { "content-type": "application/json" } : {}),
    date: options.date.toUTCString(),
    "x-authing-signature-method": options.algorithm ?? "HMAC-SHA1",
    "x-authing-signature-version": "1.0",
    "x-authing-signature-nonce": options.nonce ?? randomBytes(8).toString("hex"),
    ...options.headers,
  };
  const signed = method === "GET" ? (options.params ?? {}) : options.body ? JSON.parse(options.body) : {};
  const stringToSign = buildStringToSign(method, options.path ?? "/graphql", headers, signed);
  const hmac = createHmac(options.algorithm === "HMAC-SHA256" ? "sha256" : "sha1", options.secret);
  const signature = hmac.update(stringToSign, "utf8").digest("base64");
  return { ...headers, authorization: `authing ${options.accessKeyId}:${signature}` };
}
