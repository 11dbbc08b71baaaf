// Normalised forms of the identifiers a user signs in with. Stored and looked up in these forms only, which is
// what makes the unique indexes mean "unique as a person would see it".
import { InvalidInputError } from "../errors.ts";

export const usernameMaxLength = 64;
const usernamePattern = /^[\p{L}\p{N}][\p{L}\p{N}._\-@+]*$/u;
// Pragmatic RFC 5321 shape: one @, a dotted domain, no spaces or control characters.
const emailPattern = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[^\s@"(),:;<>[\\\].]{2,}$/u;
const phonePattern = /^\d{5,20}$/;
const countryCodePattern = /^\+\d{1,4}$/;

/**
 * Usernames are kept in lower case, so that "Alice" and "alice" are one name: the unique index then means unique
 * as a person reads it, and a look-alike cannot be registered beside an existing account.
 */
export function normalizeUsername(raw: string, field = "username"): string {
  const username = raw.normalize("NFKC").trim().toLowerCase();
  if (!username) throw new InvalidInputError(field, "input.required", { field });
  if ([...username].length > usernameMaxLength || !usernamePattern.test(username)) {
    throw new InvalidInputError(field, "input.invalidUsername", { max: usernameMaxLength });
  }
  return username;
}

/**
 * A username that someone chooses: also not shaped like an email or a phone number, which would let it pass for
 * another person's address in the account field (and squat the address's sign-in).
 */
export function newUsername(raw: string, field = "username"): string {
  const username = normalizeUsername(raw, field);
  if (emailPattern.test(username) || phonePattern.test(username.replace(/[\s\-().+]/g, ""))) {
    throw new InvalidInputError(field, "input.usernameLooksLikeAddress");
  }
  return username;
}

export function normalizeEmail(raw: string, field = "email"): string {
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (!email) throw new InvalidInputError(field, "input.required", { field });
  if (email.length > 254 || !emailPattern.test(email) || email.split("@")[0]!.length > 64) {
    throw new InvalidInputError(field, "input.invalidEmail", {}, 2003);
  }
  return email;
}

/** Phone numbers are kept without their country code; spaces, dashes and brackets that people type are dropped. */
export function normalizePhone(raw: string, field = "phone"): string {
  const phone = raw.normalize("NFKC").replace(/[\s\-().]/g, "");
  if (!phone) throw new InvalidInputError(field, "input.required", { field });
  if (!phonePattern.test(phone)) throw new InvalidInputError(field, "input.invalidPhone", {}, 2028);
  return phone;
}

export function normalizeCountryCode(raw: string | null | undefined, fallback: string): string {
  const code = (raw ?? "").trim();
  if (!code) return fallback;
  const withPlus = code.startsWith("+") ? code : `+${code}`;
  if (!countryCodePattern.test(withPlus)) {
    throw new InvalidInputError("phoneCountryCode", "input.invalidCountryCode");
  }
  return withPlus;
}

export type AccountKind = "username" | "email" | "phone";

/**
 * The shapes one free-form account string could name, in the order GenAuth matches them: a phone number, an
 * email, a username. Every candidate is looked up, so "13800000000" finds a user whose username is that string.
 */
export function accountCandidates(raw: string): { kind: AccountKind; value: string }[] {
  const candidates: { kind: AccountKind; value: string }[] = [];
  const attempt = (kind: AccountKind, normalize: (value: string) => string) => {
    try {
      candidates.push({ kind, value: normalize(raw) });
    } catch {
      // Not of this shape: simply not a candidate.
    }
  };
  attempt("phone", normalizePhone);
  attempt("email", normalizeEmail);
  attempt("username", normalizeUsername);
  return candidates;
}
