import { UnknownApplicationError } from "../../identity/errors.ts";
import type { PasswordPublicKeys } from "../../identity/credentials/password-transport.ts";
import { builder } from "../builder.ts";

const RsaPublicKeyType = builder.objectRef<PasswordPublicKeys["rsa"]>("RsaPublicKey").implement({
  description: "Encrypt passwords with RSA-OAEP (SHA-256) and send the ciphertext base64-encoded.",
  fields: (t) => ({
    publicKey: t.exposeString("publicKey", { description: "SPKI, PEM." }),
    algorithm: t.exposeString("algorithm"),
    encoding: t.exposeString("encoding"),
  }),
});

const Sm2PublicKeyType = builder.objectRef<PasswordPublicKeys["sm2"]>("Sm2PublicKey").implement({
  description: "Encrypt passwords with SM2 (sm-crypto, cipher mode C1C3C2) and send the ciphertext hex-encoded.",
  fields: (t) => ({
    publicKey: t.exposeString("publicKey", { description: "Uncompressed point, hex (04...)." }),
    cipherMode: t.exposeString("cipherMode"),
    encoding: t.exposeString("encoding"),
  }),
});

const SystemInfoType = builder.objectRef<PasswordPublicKeys>("SystemInfo").implement({
  fields: (t) => ({
    rsa: t.field({ type: RsaPublicKeyType, resolve: (info) => info.rsa }),
    sm2: t.field({ type: Sm2PublicKeyType, resolve: (info) => info.sm2 }),
  }),
});

builder.queryFields((t) => ({
  getSystemInfo: t.field({
    type: SystemInfoType,
    description: "The user pool's public keys for passwordEncryptType rsa and sm2.",
    errors: { types: [UnknownApplicationError] },
    resolve: (_root, _args, context) => context.identity.passcodeOperations.systemInfo(context),
  }),
}));
