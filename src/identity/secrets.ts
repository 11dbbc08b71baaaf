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
  return constantTimeEqual(digestSecret(secret), storedDigest);
}

/** String equality whose time does not depend on where the strings differ (only on their lengths). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
