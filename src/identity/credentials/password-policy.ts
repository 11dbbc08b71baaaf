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

// Control and format characters (NUL, zero-width spaces, bidi marks) and unassigned or private code points: a
// password of them alone looks empty, and one that contains controls cannot be typed on another device.
const controlCharacter = /[\p{Cc}]/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point counts on its own; U+034F is invisible alone
const invisibleCharacter = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cn}\p{Co}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** NIST SP 800-63B's "repetitive or sequential characters": aaaaaaaa, 12345678, abcdefgh, 87654321. */
function isRepetitiveOrSequential(lower: string): boolean {
  const points = [...lower].map((character) => character.codePointAt(0)!);
  if (points.length < 2) return false;
  const step = points[1]! - points[0]!;
  if (Math.abs(step) > 1) return false;
  return points.every((point, index) => index === 0 || point - points[index - 1]! === step);
}

export function checkPasswordPolicy(
  password: string,
  policy: PasswordPolicy,
  accountNames: (string | null | undefined)[] = [],
): void {
  const normalized = normalizePassword(password);
  const length = characterCount(normalized);
  if (length === 0) throw new PasswordPolicyError("REQUIRED");
  if (controlCharacter.test(normalized) || normalized.replace(invisibleCharacter, "") === "")
    throw new PasswordPolicyError("INVISIBLE");
  if (length < policy.minLength) throw new PasswordPolicyError("TOO_SHORT", { min: policy.minLength });
  if (length > policy.maxLength) throw new PasswordPolicyError("TOO_LONG", { max: policy.maxLength });
  const lower = normalized.toLowerCase();
  if (commonPasswords().has(lower)) throw new PasswordPolicyError("BLOCKLISTED");
  if (isRepetitiveOrSequential(lower)) throw new PasswordPolicyError("REPETITIVE");
  if (accountNames.some((name) => name && name.toLowerCase() === lower)) {
    throw new PasswordPolicyError("CONTAINS_ACCOUNT");
  }
}
