// How a password arrives: GenAuth clients may encrypt it with the pool's RSA or SM2 public key
// (passwordEncryptType). Every mutation that takes a password goes through here, so decryption, once added,
// is one change.
import { InvalidInputError } from "../errors.ts";

export type PasswordEncryptType = "none" | "rsa" | "sm2";

export function receivedPassword(password: string, encryptType: PasswordEncryptType | null | undefined): string {
  const type = encryptType ?? "none";
  if (type !== "none") throw new InvalidInputError("passwordEncryptType", "input.unsupportedEncryption", { type });
  return password;
}
