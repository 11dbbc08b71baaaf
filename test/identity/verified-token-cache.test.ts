import { describe, expect, it } from "vitest";
import { createVerifiedTokenCache } from "../../src/identity/tokens/verified-token-cache.ts";
import { FakeClock } from "../helpers/clock.ts";

describe("verified-token cache", () => {
  it("forgets an entry at the token's exp or after maxAgeMs, whichever is first, and stays within maxEntries", () => {
    const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
    const cache = createVerifiedTokenCache<{ exp: number }>({ clock, maxEntries: 2, maxAgeMs: 60_000 });
    const nowSecs = clock.now().getTime() / 1000;
    cache.set("soon", { exp: nowSecs + 10 });
    cache.set("later", { exp: nowSecs + 7200 });
    clock.advance(9_999);
    expect(cache.get("soon")).toBeDefined();
    clock.advance(1);
    expect(cache.get("soon")).toBeUndefined();
    clock.advance(50_000);
    expect(cache.get("later")).toBeUndefined();
    cache.set("a", { exp: nowSecs + 7200 });
    cache.set("b", { exp: nowSecs + 7200 });
    cache.set("c", { exp: nowSecs + 7200 });
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("c")).toBeDefined();
  });
});
