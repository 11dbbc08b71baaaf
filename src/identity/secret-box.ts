// Secrets the gateway must read back (access key secrets for request signatures) are sealed with AES-256-GCM under
// the operator's SECRETS_KEY, which lives outside the database: a database dump alone does not yield them.
// The sealed text is bound to its owner (the AAD), so a sealed secret copied onto another row does not open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export interface SecretBox {
  seal(plaintext: string, owner: string): string;
  /** null when the sealed text was tampered with, belongs to another owner, or was sealed under another key. */
  open(sealed: string, owner: string): string | null;
}

const version = "v1";

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("the secrets key must be 32 bytes");
  return {
    seal(plaintext, owner) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(owner, "utf8"));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [version, iv, body, cipher.getAuthTag()]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(".");
    },
    open(sealed, owner) {
      const [tag, iv, body, authTag] = sealed.split(".");
      if (tag !== version || !iv || body === undefined || !authTag) return null;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(owner, "utf8"));
        decipher.setAuthTag(Buffer.from(authTag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        return null;
      }
    },
  };
}

/** SECRETS_KEY: 64 hex characters or the base64 / base64url of 32 bytes. */
export function parseSecretsKey(raw: string): Buffer | null {
  const trimmed = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed.replace(/\+/g, "-").replace(/\//g, "_").replace(/=$/, ""), "base64url");
    if (bytes.length === 32) return bytes;
  }
  return null;
}

/**
 * A 32-byte key for one purpose (passcode digests, ALTCHA challenges), derived from SECRETS_KEY so every instance
 * derives the same one; development without SECRETS_KEY derives it from a fixed, public string.
 */
export function deriveKey(secretsKey: Buffer | null | undefined, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secretsKey ?? Buffer.from("development: no SECRETS_KEY"), "", purpose, 32));
}
