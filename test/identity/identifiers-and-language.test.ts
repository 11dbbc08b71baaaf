import { describe, expect, it } from "vitest";
import { localize, negotiateLanguage } from "../../src/identity/i18n/localize.ts";
import { catalogues } from "../../src/identity/i18n/messages.ts";
import {
  accountCandidates,
  normalizeCountryCode,
  normalizeEmail,
  normalizePhone,
  normalizeUsername,
} from "../../src/identity/users/account-identifiers.ts";
import type { InvalidInputError } from "../../src/identity/errors.ts";

describe("account identifiers", () => {
  it("normalises what people type into one stored form", () => {
    expect(normalizeEmail("  Jo.Doe+tag@Example.COM ")).toBe("jo.doe+tag@example.com");
    expect(normalizePhone("(139) 0000-0001")).toBe("13900000001");
    expect(normalizeUsername(" ｊｏ ")).toBe("jo");
    expect(normalizeCountryCode("1", "+86")).toBe("+1");
    expect(normalizeCountryCode(undefined, "+86")).toBe("+86");
  });

  it("rejects malformed input with the field and GenAuth's codes", () => {
    const errorOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as InvalidInputError;
      }
      throw new Error("did not throw");
    };
    expect(errorOf(() => normalizeEmail("a@b"))).toMatchObject({ field: "email", apiCode: 2003 });
    expect(errorOf(() => normalizePhone("12"))).toMatchObject({ field: "phone", apiCode: 2028 });
    expect(errorOf(() => normalizeCountryCode("+12345", "+86"))).toMatchObject({ field: "phoneCountryCode" });
    expect(errorOf(() => normalizeUsername("a b"))).toMatchObject({ field: "username" });
  });

  it("reads a free-form account as a phone, an email and a username, in that order", () => {
    expect(accountCandidates("13900000001").map((c) => c.kind)).toEqual(["phone", "username"]);
    expect(accountCandidates("Jo@Example.com")).toEqual([
      { kind: "email", value: "jo@example.com" },
      { kind: "username", value: "jo@example.com" },
    ]);
    expect(accountCandidates("has space")).toEqual([]);
  });
});

describe("languages", () => {
  it("prefers x-authing-lang, then Accept-Language by quality, then en-US", () => {
    expect(negotiateLanguage("zh-CN", "en-US")).toBe("zh-CN");
    expect(negotiateLanguage(null, "fr;q=1, zh-TW;q=0.5")).toBe("zh-TW");
    expect(negotiateLanguage(null, "ja")).toBe("ja-JP");
    expect(negotiateLanguage("zh-Hant-TW", null)).toBe("zh-TW");
    expect(negotiateLanguage(null, "zh-HK")).toBe("zh-TW");
    expect(negotiateLanguage(null, "zh-Hans-CN")).toBe("zh-CN");
    expect(negotiateLanguage(null, "en-GB")).toBe("en-US");
    expect(negotiateLanguage(null, "fr, de")).toBe("en-US");
    expect(negotiateLanguage(undefined, undefined)).toBe("en-US");
  });

  it("every catalogue defines every key, and placeholders are filled", () => {
    const keys = Object.keys(catalogues["en-US"]).sort();
    for (const catalogue of Object.values(catalogues)) expect(Object.keys(catalogue).sort()).toEqual(keys);
    expect(localize("en-US", "password.TOO_SHORT", { min: 12 })).toBe(
      "The password must be at least 12 characters long.",
    );
    for (const language of Object.keys(catalogues) as (keyof typeof catalogues)[]) {
      const message = localize(language, "signIn.locked", { seconds: 42 });
      expect(message, language).toContain("42");
      expect(message, language).not.toContain("{seconds}");
    }
  });
});
