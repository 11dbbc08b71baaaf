import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { createSecretBox, parseSecretsKey } from "../../src/identity/secret-box.ts";

describe("secret box", () => {
  const box = createSecretBox(randomBytes(32));

  it("opens what it sealed, for the same owner only, and never a tampered or foreign text", () => {
    const sealed = box.seal("the access key secret", "AK1");
    expect(sealed).not.toContain("the access key secret");
    expect(box.open(sealed, "AK1")).toBe("the access key secret");
    expect(box.open(sealed, "AK2")).toBeNull();
    const [version, iv, body, tag] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(box.open([version, iv, flipped.toString("base64url"), tag].join("."), "AK1")).toBeNull();
    expect(createSecretBox(randomBytes(32)).open(sealed, "AK1")).toBeNull();
    expect(box.open("garbage", "AK1")).toBeNull();
    expect(box.seal("same", "AK1")).not.toBe(box.seal("same", "AK1"));
  });
});

describe("SECRETS_KEY", () => {
  it("takes 32 bytes as hex or base64 and refuses anything else at start-up", () => {
    const key = randomBytes(32);
    expect(parseSecretsKey(key.toString("hex"))).toEqual(key);
    expect(parseSecretsKey(key.toString("base64"))).toEqual(key);
    expect(parseSecretsKey(key.toString("base64url"))).toEqual(key);
    expect(parseSecretsKey("too short")).toBeNull();
    expect(parseSecretsKey(randomBytes(16).toString("hex"))).toBeNull();
    expect(loadConfig({ SECRETS_KEY: key.toString("hex") }).secretsKey).toEqual(key);
    expect(loadConfig({}).secretsKey).toBeNull();
    expect(() => loadConfig({ SECRETS_KEY: "password123" })).toThrow(ConfigError);
  });
});
