// GenAuth's signed management requests: `Authorization: authing <AK>:<base64 HMAC>` over the string to sign that
// the official Node SDK builds (utils/buildSignature.ts), byte for byte:
//   METHOD \n (each x-authing-* and date header, sorted, as "name:value\n") path[?sorted k=v&...]
// where the k=v pairs are a GET's query parameters, and otherwise the JSON body's top-level members, objects
// JSON-stringified and nothing URL-encoded. The body is thereby signed member by member; a body that is not a JSON
// object cannot be, and is refused. HMAC-SHA1 as the SDK sends it (HMAC-SHA256 when x-authing-signature-method
// says so). The date must be within five minutes of ours and each nonce is accepted once, on every instance,
// because it is recorded in the database.
import { createHmac } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { Clock } from "../clock.ts";
import { NotAuthenticatedError } from "../errors.ts";
import type { SecretBox } from "../secret-box.ts";
import { constantTimeEqual } from "../secrets.ts";
import type { Administrator } from "./management-tokens.ts";

export const signatureSkewSecs = 300;
export const signatureScheme = "authing";

export interface SignedRequest {
  method: string;
  path: string;
  /** Header names in lower case. */
  headers: ReadonlyMap<string, string>;
  /** What the signature covers after the path: a GET's query parameters or the JSON body's members. */
  params: Readonly<Record<string, unknown>>;
}

const algorithms: Record<string, "sha1" | "sha256"> = { "HMAC-SHA1": "sha1", "HMAC-SHA256": "sha256" };

function canonicalValue(value: string): string {
  return value.replace(/[\t\n\r\f]/g, " ").trim();
}

function canonicalParam(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

export function buildStringToSign(request: SignedRequest): string {
  const signedHeaders = [...request.headers.keys()]
    .filter((name) => name.startsWith("x-authing-") || name === "date")
    .sort();
  const headerLines = signedHeaders.map((name) => `${name}:${canonicalValue(request.headers.get(name)!)}\n`).join("");
  const names = Object.keys(request.params).sort();
  const pairs = names
    .filter((name) => request.params[name] !== undefined)
    .map((name) => `${name}=${canonicalParam(request.params[name])}`);
  const resource = names.length ? `${request.path}?${pairs.join("&")}` : request.path;
  return `${request.method.toUpperCase()}\n${headerLines}${resource}`;
}

/**
 * The strings a request may have been signed as. The SDK adds `?` after the path whenever its params object has
 * keys, even when every value is undefined (and so never sent): a request without parameters was signed with or
 * without it, and both name the same request.
 */
function stringsToSign(request: SignedRequest): string[] {
  const signed = buildStringToSign(request);
  return Object.keys(request.params).length === 0 ? [signed, `${signed}?`] : [signed];
}

/**
 * The members a signature covers: a GET's (or HEAD's) query parameters, as the SDK's axios sends its params
 * (`name[]` repeated for an array, which the SDK signs as the JSON array), or the JSON body's; null when the body
 * is not a JSON object or array, which no SDK signs.
 */
export function signedParamsOf(method: string, query: URLSearchParams, body: string): Record<string, unknown> | null {
  if (method === "GET" || method === "HEAD") {
    const params: Record<string, unknown> = {};
    for (const [name, value] of query) {
      if (name.endsWith("[]")) {
        const list = params[name.slice(0, -2)];
        params[name.slice(0, -2)] = Array.isArray(list) ? [...list, value] : [value];
      } else params[name] = value;
    }
    return params;
  }
  if (body.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The `authing AK:signature` credentials, or null when the header uses another scheme. */
export function parseSignatureAuthorization(
  header: string | null | undefined,
): { accessKeyId: string; signature: string } | null {
  const match = /^authing\s+([^:\s]+):(\S+)$/i.exec(header?.trim() ?? "");
  return match ? { accessKeyId: match[1]!, signature: match[2]! } : null;
}

/** The request's signing instant: x-authing-date (epoch seconds or milliseconds) or the HTTP date header. */
function signedAt(headers: ReadonlyMap<string, string>): number | null {
  const epoch = headers.get("x-authing-date")?.trim();
  if (epoch) {
    if (!/^\d{9,13}$/.test(epoch)) return null;
    const value = Number(epoch);
    return value >= 1e12 ? value : value * 1000;
  }
  const date = headers.get("date");
  const parsed = date ? Date.parse(date) : NaN;
  return Number.isNaN(parsed) ? null : parsed;
}

export function createRequestSignatures({
  db,
  clock,
  secretBox,
}: {
  db: Db;
  clock: Clock;
  secretBox: SecretBox | null;
}) {
  async function verifySignedRequest(request: SignedRequest | null): Promise<Administrator> {
    if (!request) throw new NotAuthenticatedError("signatureInvalid");
    const credentials = parseSignatureAuthorization(request.headers.get("authorization"));
    const algorithm =
      algorithms[request.headers.get("x-authing-signature-method")?.trim().toUpperCase() ?? "HMAC-SHA1"];
    const nonce = request.headers.get("x-authing-signature-nonce")?.trim() ?? "";
    if (!credentials || !algorithm || nonce.length < 8 || nonce.length > 128)
      throw new NotAuthenticatedError("signatureInvalid");

    const at = signedAt(request.headers);
    const now = clock.now().getTime();
    if (at === null) throw new NotAuthenticatedError("signatureInvalid");
    if (Math.abs(now - at) > signatureSkewSecs * 1000) throw new NotAuthenticatedError("signatureStale");

    const accessKey = await db.accessKey.findUnique({ where: { accessKeyId: credentials.accessKeyId } });
    if (!accessKey) throw new NotAuthenticatedError("signatureInvalid");
    const secret = accessKey.secretSealed && secretBox?.open(accessKey.secretSealed, accessKey.accessKeyId);
    if (!secret) throw new NotAuthenticatedError("signingUnavailable");
    const matches = stringsToSign(request).some((signed) =>
      constantTimeEqual(credentials.signature, createHmac(algorithm, secret).update(signed, "utf8").digest("base64")),
    );
    if (!matches) throw new NotAuthenticatedError("signatureInvalid");
    if (accessKey.status !== "ACTIVE") throw new NotAuthenticatedError("revoked");

    // One statement records the nonce (refused if seen) and clears a few expired ones, so the table stays small.
    const recorded = await db.$queryRaw<{ nonce: string }[]>`
      WITH purge AS (
        DELETE FROM "SignatureNonce" WHERE ("accessKeyId", "nonce") IN (
          SELECT "accessKeyId", "nonce" FROM "SignatureNonce" WHERE "expiresAt" < ${new Date(now)}
          LIMIT 50 FOR UPDATE SKIP LOCKED))
      INSERT INTO "SignatureNonce" ("accessKeyId", "nonce", "expiresAt")
      VALUES (${accessKey.accessKeyId}, ${nonce}, ${new Date(at + signatureSkewSecs * 1000)})
      ON CONFLICT DO NOTHING RETURNING "nonce"`;
    if (recorded.length === 0) throw new NotAuthenticatedError("signatureReplayed");
    return { userPoolId: accessKey.userPoolId, accessKeyId: accessKey.accessKeyId };
  }

  return { verifySignedRequest };
}

export type RequestSignatures = ReturnType<typeof createRequestSignatures>;
