// How a password arrives. GenAuth clients may encrypt it with the user pool's public key (passwordEncryptType):
//   rsa: RSA-OAEP with SHA-256 (2048-bit key), the ciphertext base64-encoded. (PKCS#1 v1.5, which GenAuth's
//        JSEncrypt examples use, is refused: Node disables its decryption because of the Marvin timing attack.)
//   sm2: SM2 (GM/T 0003) with sm-crypto, cipher mode C1C3C2, the ciphertext hex-encoded (a leading 04 is allowed).
// The key pairs are created on first use and kept in the pool's row, so every gateway instance decrypts alike.
import { constants, generateKeyPair, privateDecrypt } from "node:crypto";
import { promisify } from "node:util";
import smCrypto from "sm-crypto";
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import { PasswordDecryptionError } from "../errors.ts";

export type PasswordEncryptType = "none" | "rsa" | "sm2";

export interface PasswordPublicKeys {
  rsa: { publicKey: string; algorithm: "RSA-OAEP-256"; encoding: "base64" };
  sm2: { publicKey: string; cipherMode: "C1C3C2"; encoding: "hex" };
}

const generateRsaKeyPair = promisify(generateKeyPair);

type PoolKeys = Pick<UserPool, "rsaPublicKeyPem" | "rsaPrivateKeyPem" | "sm2PublicKey" | "sm2PrivateKey">;

export function createPasswordTransport({ db }: { db: Db }) {
  /** The pool's key pairs, created once: of two concurrent first uses, the first write wins and both read it. */
  async function keysOf(pool: UserPool): Promise<Required<{ [K in keyof PoolKeys]: string }>> {
    let keys: PoolKeys = pool;
    if (!keys.rsaPrivateKeyPem || !keys.sm2PrivateKey) {
      // In libuv's pool: a 2048-bit RSA key takes tens of milliseconds, which every other request would wait for.
      const rsa = await generateRsaKeyPair("rsa", {
        modulusLength: 2048,
        publicKeyEncoding: { type: "spki", format: "pem" },
        privateKeyEncoding: { type: "pkcs8", format: "pem" },
      });
      const sm2 = smCrypto.sm2.generateKeyPairHex();
      await db.userPool.updateMany({
        where: { id: pool.id, rsaPrivateKeyPem: null },
        data: {
          rsaPublicKeyPem: rsa.publicKey,
          rsaPrivateKeyPem: rsa.privateKey,
          sm2PublicKey: sm2.publicKey,
          sm2PrivateKey: sm2.privateKey,
        },
      });
      keys = await db.userPool.findUniqueOrThrow({ where: { id: pool.id } });
    }
    return keys as Required<{ [K in keyof PoolKeys]: string }>;
  }

  async function publicKeys(pool: UserPool): Promise<PasswordPublicKeys> {
    const keys = await keysOf(pool);
    return {
      rsa: { publicKey: keys.rsaPublicKeyPem, algorithm: "RSA-OAEP-256", encoding: "base64" },
      sm2: { publicKey: keys.sm2PublicKey, cipherMode: "C1C3C2", encoding: "hex" },
    };
  }

  /** The plain password, decrypted when the client encrypted it; PasswordDecryptionError (2016) when it cannot be. */
  async function receivePassword(
    pool: UserPool,
    password: string,
    encryptType: PasswordEncryptType | null | undefined,
  ): Promise<string> {
    const type = encryptType ?? "none";
    if (type === "none") return password;
    const keys = await keysOf(pool);
    let plain = "";
    try {
      if (type === "rsa") {
        if (!/^[A-Za-z0-9+/=\s]+$/.test(password)) throw new Error("not base64");
        plain = privateDecrypt(
          { key: keys.rsaPrivateKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
          Buffer.from(password, "base64"),
        ).toString("utf8");
      } else {
        const hex = password.trim().toLowerCase();
        if (!/^[0-9a-f]+$/.test(hex)) throw new Error("not hex");
        plain = smCrypto.sm2.doDecrypt(hex, keys.sm2PrivateKey, 1);
        if (!plain && hex.startsWith("04")) plain = smCrypto.sm2.doDecrypt(hex.slice(2), keys.sm2PrivateKey, 1);
      }
    } catch {
      plain = "";
    }
    if (!plain) throw new PasswordDecryptionError(type);
    return plain;
  }

  return { publicKeys, receivePassword };
}

export type PasswordTransport = ReturnType<typeof createPasswordTransport>;
