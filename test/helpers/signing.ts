// Signs a management request the way GenAuth's SDKs do, independently of the gateway's code, so a change to the
// gateway's string to sign that would break SDK compatibility fails the tests.
import { createHash, createHmac, randomBytes } from "node:crypto";

export interface SignOptions {
  method?: "GET" | "POST";
  body?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  nonce?: string;
  date: Date;
  secret: string;
  accessKeyId: string;
  algorithm?: "HMAC-SHA1" | "HMAC-SHA256";
}

/** GenAuth's string to sign: method, content-type, sorted x-authing-* and date headers, path and sorted params. */
export function signedHeaders(options: SignOptions): Record<string, string> {
  const method = options.method ?? "POST";
  const headers: Record<string, string> = {
    ...(method === "POST" ? { "content-type": "application/json" } : {}),
    date: options.date.toUTCString(),
    "x-authing-signature-method": options.algorithm ?? "HMAC-SHA1",
    "x-authing-signature-version": "1.0",
    "x-authing-signature-nonce": options.nonce ?? randomBytes(8).toString("hex"),
    ...(options.body ? { "x-authing-content-sha256": createHash("sha256").update(options.body).digest("hex") } : {}),
    ...options.headers,
  };
  const canonical = Object.keys(headers)
    .filter((name) => name.startsWith("x-authing-") || name === "date")
    .sort()
    .map((name) => `${name}:${headers[name]!.trim()}\n`)
    .join("");
  const params = Object.keys(options.params ?? {})
    .sort()
    .map((name) => `${name}=${options.params![name]}`);
  const resource = params.length ? `/graphql?${params.join("&")}` : "/graphql";
  const stringToSign = `${method}\n${headers["content-type"] ?? ""}\n${canonical}${resource}`;
  const hmac = createHmac(options.algorithm === "HMAC-SHA256" ? "sha256" : "sha1", options.secret);
  const signature = hmac.update(stringToSign, "utf8").digest("base64");
  return { ...headers, authorization: `authing ${options.accessKeyId}:${signature}` };
}
