import { describe, expect, it } from "vitest";
import { createArgon2Hasher } from "../../src/identity/credentials/hasher.ts";
import { checkPasswordPolicy, commonPasswords } from "../../src/identity/credentials/password-policy.ts";
import { PasswordPolicyError } from "../../src/identity/errors.ts";

const policy = { minLength: 8, maxLength: 128 };

function reasonFor(password: string, names: string[] = []) {
  try {
    checkPasswordPolicy(password, policy, names);
    return "OK";
  } catch (error) {
    if (error instanceof PasswordPolicyError) return error.reason;
    throw error;
  }
}

describe("password policy", () => {
  it("ships a blocklist of tens of thousands of common passwords", () => {
    expect(commonPasswords().size).toBeGreaterThan(3000);
    expect(commonPasswords().has("password")).toBe(true);
  });

  it("has length limits and a blocklist but no composition rules", () => {
    expect(reasonFor("abcdefg")).toBe("TOO_SHORT");
    expect(reasonFor(`${"xy".repeat(64)}z`)).toBe("TOO_LONG");
    expect(reasonFor("xy".repeat(64))).toBe("OK");
    expect(reasonFor("Password1")).toBe("BLOCKLISTED");
    expect(reasonFor("alllowercaseletters")).toBe("OK");
    expect(reasonFor("MyName.Here", ["myname.here"])).toBe("CONTAINS_ACCOUNT");
  });

  it("counts characters after NFKC normalisation, not UTF-16 units or bytes", () => {
    expect(reasonFor("🔐🔑🔐🔑🔐🔑🔐")).toBe("TOO_SHORT");
    expect(reasonFor("🔐🔑🔐🔑🔐🔑🔐🔑")).toBe("OK");
  });

  it("refuses passwords that look empty, hold control characters, or are one repeated character or a plain sequence", () => {
    expect(reasonFor("        ")).toBe("INVISIBLE");
    expect(reasonFor("\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b")).toBe("INVISIBLE");
    expect(reasonFor("\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000")).toBe("INVISIBLE");
    expect(reasonFor("a long pass\u0000phrase")).toBe("INVISIBLE");
    expect(reasonFor("a long pass\u0007phrase")).toBe("INVISIBLE");
    expect(reasonFor("zzzzzzzzzzzz")).toBe("REPETITIVE");
    expect(reasonFor("ZzZzZzZzZzZz")).toBe("REPETITIVE");
    expect(reasonFor("zzzzzzzzzzzy")).toBe("OK");
    expect(reasonFor("🔐🔐🔐🔐🔐🔐🔐🔐")).toBe("REPETITIVE");
    expect(reasonFor("0123456789")).not.toBe("OK");
    expect(reasonFor("stuvwxyz")).toBe("REPETITIVE");
    expect(reasonFor("hijklmnopqrs")).toBe("REPETITIVE");
    expect(reasonFor("zyxwvutsrqpo")).toBe("REPETITIVE");
    expect(reasonFor("a passphrase with spaces")).toBe("OK");
    expect(reasonFor("pass phrase\twith a tab")).toBe("INVISIBLE");
  });
});

describe("argon2id hasher", () => {
  const hasher = createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 });

  it("keeps its parameters in the hash and verifies exactly the same password", async () => {
    const hash = await hasher.hash("Correct Horse");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$/);
    expect(await hasher.verify(hash, "Correct Horse")).toBe(true);
    expect(await hasher.verify(hash, "correct horse")).toBe(false);
    expect(await hasher.verify(hash, "Correct Horse ")).toBe(false);
  });

  it("asks for a rehash when the configured parameters were raised", async () => {
    const stronger = createArgon2Hasher({ memoryCost: 128, timeCost: 1, parallelism: 1 });
    const old = await hasher.hash("Correct Horse");
    expect(hasher.needsRehash(old)).toBe(false);
    expect(stronger.needsRehash(old)).toBe(true);
    expect(await stronger.verify(old, "Correct Horse")).toBe(true);
  });

  it("treats a corrupt stored hash as a mismatch, not a crash", async () => {
    expect(await hasher.verify("not a hash", "anything")).toBe(false);
  });
});
