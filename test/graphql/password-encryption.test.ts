// Passwords encrypted the way a browser client would: WebCrypto RSA-OAEP (SHA-256) and sm-crypto SM2 (C1C3C2).
import smCrypto from "sm-crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { EncryptedSignIn, EncryptedSignUp, GetSystemInfo } from "./security-documents.ts";

let gateway: TestGateway;
let rsaKey: CryptoKey;
let sm2PublicKey: string;

beforeAll(async () => {
  gateway = await TestGateway.start();
  const { data } = await gateway.execute(GetSystemInfo);
  if (data.getSystemInfo.__typename !== "SystemInfo") throw new Error(JSON.stringify(data));
  const { rsa, sm2 } = data.getSystemInfo;
  expect(rsa).toMatchObject({ algorithm: "RSA-OAEP-256", encoding: "base64" });
  expect(sm2).toMatchObject({ cipherMode: "C1C3C2", encoding: "hex" });
  const der = Buffer.from(rsa.publicKey.replace(/-----[^-]+-----|\s/g, ""), "base64");
  rsaKey = await crypto.subtle.importKey("spki", der, { name: "RSA-OAEP", hash: "SHA-256" }, false, ["encrypt"]);
  sm2PublicKey = sm2.publicKey;
});
afterAll(() => gateway.close());

const rsaEncrypt = async (plain: string) =>
  Buffer.from(await crypto.subtle.encrypt({ name: "RSA-OAEP" }, rsaKey, new TextEncoder().encode(plain))).toString(
    "base64",
  );
const sm2Encrypt = (plain: string) => smCrypto.sm2.doEncrypt(plain, sm2PublicKey, 1);

describe("passwordEncryptType", () => {
  it("rsa: sign up and sign in with an RSA-OAEP encrypted password", async () => {
    const password = "an encrypted passphrase ✓";
    const up = await gateway.execute(EncryptedSignUp, {
      username: "rsa-user",
      password: await rsaEncrypt(password),
      options: { passwordEncryptType: "rsa" },
    });
    expect(up.data.signUpByUsernamePassword.__typename).toBe("User");
    const plainIn = await gateway.execute(EncryptedSignIn, { account: "rsa-user", password });
    expect(plainIn.data.signInByAccountPassword.__typename).toBe("SignInSuccess");
    const encryptedIn = await gateway.execute(EncryptedSignIn, {
      account: "rsa-user",
      password: await rsaEncrypt(password),
      options: { passwordEncryptType: "rsa" },
    });
    expect(encryptedIn.data.signInByAccountPassword.__typename).toBe("SignInSuccess");
  });

  it("sm2: sign up and sign in with an SM2 encrypted password, with or without the 04 prefix", async () => {
    const password = "国密加密的口令 passphrase";
    const up = await gateway.execute(EncryptedSignUp, {
      username: "sm2-user",
      password: sm2Encrypt(password),
      options: { passwordEncryptType: "sm2" },
    });
    expect(up.data.signUpByUsernamePassword.__typename).toBe("User");
    const withPrefix = await gateway.execute(EncryptedSignIn, {
      account: "sm2-user",
      password: `04${sm2Encrypt(password)}`,
      options: { passwordEncryptType: "sm2" },
    });
    expect(withPrefix.data.signInByAccountPassword.__typename).toBe("SignInSuccess");
  });

  it.each([
    ["rsa", "not base64 !!"],
    ["rsa", Buffer.from("random bytes that are not a ciphertext").toString("base64")],
    ["sm2", "zz"],
    ["sm2", "04abcdef"],
  ] as const)("an undecryptable %s password is apiCode 2016 and creates nothing", async (type, password) => {
    const { data } = await gateway.execute(EncryptedSignUp, {
      username: `undecryptable-${type}`,
      password,
      options: { passwordEncryptType: type },
    });
    expect(data.signUpByUsernamePassword).toMatchObject({
      __typename: "PasswordDecryptionError",
      apiCode: 2016,
      statusCode: 400,
    });
    expect(await gateway.db.user.count({ where: { username: `undecryptable-${type}` } })).toBe(0);
  });

  it("a password encrypted for another pool's key does not decrypt", async () => {
    const other = await TestGateway.start();
    try {
      const { data } = await other.execute(GetSystemInfo);
      if (data.getSystemInfo.__typename !== "SystemInfo") throw new Error("no keys");
      const foreign = smCrypto.sm2.doEncrypt("a long passphrase", data.getSystemInfo.sm2.publicKey, 1);
      const result = await gateway.execute(EncryptedSignIn, {
        account: "sm2-user",
        password: foreign,
        options: { passwordEncryptType: "sm2" },
      });
      expect(result.data.signInByAccountPassword).toMatchObject({ __typename: "PasswordDecryptionError" });
    } finally {
      await other.close();
    }
  });

  it("the keys are created once per pool and stay the same", async () => {
    const again = await gateway.execute(GetSystemInfo);
    if (again.data.getSystemInfo.__typename !== "SystemInfo") throw new Error("no keys");
    expect(again.data.getSystemInfo.sm2.publicKey).toBe(sm2PublicKey);
  });
});
