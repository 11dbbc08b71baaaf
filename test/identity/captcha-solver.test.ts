// The captcha attacked as a program would: read the SVG's filled paths and match each one's drawing commands
// against the glyphs of the generator's own font. It reads svg-captcha's images (shown first, so the attack is
// known to work); it must read under 5 % of ours, which carry their glyphs as pixels only.
import svgCaptcha from "svg-captcha";
import { describe, expect, it } from "vitest";
import { captchaFont, createRasterCaptchaGenerator } from "../../src/identity/credentials/raster-captcha.ts";

const font = captchaFont();
const candidates = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
const signatureOf = (commands: { type: string }[]) => commands.map((command) => command.type).join("");
const glyphSignatures = [...candidates].map((character) => ({
  character,
  signature: signatureOf(font.charToGlyph(character).getPath(0, 0, 40).commands),
}));

/** Reads a captcha from its SVG alone: one filled path per character, matched by its command sequence. */
function solveByGlyphOutlines(svg: string): string {
  const glyphs: { x: number; character: string }[] = [];
  for (const match of svg.matchAll(/<path([^>]*)\/?>/g)) {
    const attributes = match[1]!;
    if (/fill="none"/.test(attributes)) continue;
    const d = /\bd="([^"]+)"/.exec(attributes)?.[1];
    if (!d) continue;
    const commands = [...d.matchAll(/[MLQCZ]/g)].map((command) => ({ type: command[0] }));
    const signature = signatureOf(commands);
    const found = glyphSignatures.find((glyph) => glyph.signature === signature);
    const x = Number(/M\s*(-?[\d.]+)/.exec(d)?.[1] ?? 0);
    if (found) glyphs.push({ x, character: found.character });
  }
  return glyphs
    .sort((a, b) => a.x - b.x)
    .map((glyph) => glyph.character)
    .join("");
}

const solvedShare = (samples: number, generate: () => { text: string; data: string }) => {
  let solved = 0;
  for (let i = 0; i < samples; i++) {
    const { text, data } = generate();
    if (solveByGlyphOutlines(data).toLowerCase() === text.toLowerCase()) solved++;
  }
  return solved / samples;
};

describe("the captcha against a glyph-matching solver", () => {
  it("reads svg-captcha's SVGs (the attack works)", () => {
    const share = solvedShare(30, () =>
      svgCaptcha.create({ size: 5, noise: 3, ignoreChars: "0oO1iIlL", color: false, background: "#f4f4f4" }),
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("reads under 5 % of ours: the SVG holds a bitmap and no drawing commands", () => {
    const generate = createRasterCaptchaGenerator(font);
    expect(solvedShare(100, generate)).toBeLessThan(0.05);
    const { data } = generate();
    expect(data).toMatch(/^<svg[^>]*><image [^>]*href="data:image\/png;base64,[A-Za-z0-9+/=]+"\/><\/svg>$/);
    expect(data).not.toMatch(/<path|<text|<polygon|<use/);
  });
});
