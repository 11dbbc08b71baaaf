// NIST SP 800-63B: length limits and a blocklist of common passwords, no composition rules, no truncation.
// Passwords are NFKC-normalised once, here, so hashing and checking see the same string on every path.
import { createRequire } from "node:module";
import { PasswordPolicyError } from "../errors.ts";

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
}

const require = createRequire(import.meta.url);
let blocklist: Set<string> | undefined;

/** ~49,000 most common passwords (zxcvbn-ts's list, MIT), shipped with the gateway, so the check works offline. */
export function commonPasswords(): Set<string> {
  blocklist ??= new Set(
    (require("@zxcvbn-ts/language-common/src/passwords.json") as string[]).map((entry) => entry.toLowerCase()),
  );
  return blocklist;
}

export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/** Counts user-perceived characters the way a person would (an emoji is one), not UTF-16 code units. */
function characterCount(text: string): number {
  return [...text].length;
}

export function checkPasswordPolicy(
  password: string,
  policy: PasswordPolicy,
  accountNames: (string | null | undefined)[] = [],
): void {
  const normalized = normalizePassword(password);
  const length = characterCount(normalized);
  if (length === 0) throw new PasswordPolicyError("REQUIRED");
  if (length < policy.minLength) throw new PasswordPolicyError("TOO_SHORT", { min: policy.minLength });
  if (length > policy.maxLength) throw new PasswordPolicyError("TOO_LONG", { max: policy.maxLength });
  const lower = normalized.toLowerCase();
  if (commonPasswords().has(lower)) throw new PasswordPolicyError("BLOCKLISTED");
  if (accountNames.some((name) => name && name.toLowerCase() === lower)) {
    throw new PasswordPolicyError("CONTAINS_ACCOUNT");
  }
}
