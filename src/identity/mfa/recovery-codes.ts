// Recovery codes: ten single-use codes, shown once and stored as SHA-256 digests. Each is 16 characters of
// base32 without look-alikes (80 bits: a stolen digest cannot be reversed by trying them all), grouped as
// xxxx-xxxx-xxxx-xxxx so people can copy them; case, spaces and dashes do not matter when typed.
import { randomInt } from "node:crypto";
import { digestSecret } from "../secrets.ts";

export const recoveryCodeCount = 10;
const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

export function newRecoveryCode(): string {
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** The digest a typed code is looked up by: lower-cased, without spaces or dashes. */
export function recoveryCodeDigest(code: string): string {
  return digestSecret(code.toLowerCase().replace(/[\s-]+/g, ""));
}
