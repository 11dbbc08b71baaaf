// GenAuth's signed management requests: `Authorization: authing <AK>:<base64 HMAC>` over the string to sign
//   METHOD \n content-type \n (each x-authing-* and date header, sorted, as "name:value\n") path[?sorted k=v&...]
// HMAC-SHA1 as GenAuth's SDKs send it (HMAC-SHA256 when x-authing-signature-method says so). GenAuth's string leaves
// the body out; a GraphQL operation is the body, so we also require x-authing-content-sha256 (a signed header)
// whenever there is one. The date must be within five minutes of ours and each nonce is accepted once, on every
// instance, because it is recorded in the database.
import { createHash, createHmac } from "node:crypto";
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
  /** Query parameters in request order (repeats kept). */
  query: [string, string][];
  /** The raw body; empty for a GET. */
  body: Uint8Array;
}

const algorithms: Record<string, "sha1" | "sha256"> = { "HMAC-SHA1": "sha1", "HMAC-SHA256": "sha256" };

function canonicalValue(value: string): string {
  return value.replace(/[\t\n\r\f]/g, " ").trim();
}

export function buildStringToSign(request: Pick<SignedRequest, "method" | "path" | "headers" | "query">): string {
  const signedHeaders = [...request.headers.keys()]
    .filter((name) => name.startsWith("x-authing-") || name === "date")
    .sort();
  const headerLines = signedHeaders.map((name) => `${name}:${canonicalValue(request.headers.get(name)!)}\n`).join("");
  const params = [...request.query].sort(([a, av], [b, bv]) =>
    a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  const resource = params.length
    ? `${request.path}?${params.map(([key, value]) => `${key}=${value}`).join("&")}`
    : request.path;
  return `${request.method.toUpperCase()}\n${request.headers.get("content-type") ?? ""}\n${headerLines}${resource}`;
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
  async function verifySignedRequest(request: SignedRequest): Promise<Administrator> {
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

    if (request.body.length > 0) {
      const claimed = request.headers.get("x-authing-content-sha256")?.trim().toLowerCase() ?? "";
      const actual = createHash("sha256").update(request.body).digest("hex");
      if (!constantTimeEqual(claimed, actual)) throw new NotAuthenticatedError("signatureInvalid");
    }

    const accessKey = await db.accessKey.findUnique({ where: { accessKeyId: credentials.accessKeyId } });
    if (!accessKey) throw new NotAuthenticatedError("signatureInvalid");
    const secret = accessKey.secretSealed && secretBox?.open(accessKey.secretSealed, accessKey.accessKeyId);
    if (!secret) throw new NotAuthenticatedError("signingUnavailable");
    const expected = createHmac(algorithm, secret).update(buildStringToSign(request), "utf8").digest("base64");
    if (!constantTimeEqual(credentials.signature, expected)) throw new NotAuthenticatedError("signatureInvalid");
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
