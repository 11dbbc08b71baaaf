// High-entropy secrets (application secrets, access key secrets, refresh tokens): generated here, stored as
// SHA-256 digests and compared in constant time. A slow hash adds nothing for 256 random bits.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function generateSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** 24 hex characters, the shape of GenAuth's appId and user pool ids. */
export function generatePublicId(): string {
  return randomBytes(12).toString("hex");
}

export function digestSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function secretMatches(secret: string, storedDigest: string): boolean {
  const candidate = Buffer.from(digestSecret(secret), "hex");
  const stored = Buffer.from(storedDigest, "hex");
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
