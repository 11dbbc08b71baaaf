// The image captcha, drawn as pixels. svg-captcha draws each character as one SVG <path> whose drawing commands
// are the font's own, merely shifted: a program that compares paths with the font's glyphs reads every captcha
// (30 of 30 in our attack). Here the glyphs of that same font are rotated, scaled and warped, filled into a
// grey-scale bitmap together with noise strokes and speckles, and the SVG carries only that bitmap as a PNG:
// nothing in it maps to a character except what a person sees. GenAuth's contract (an SVG) is kept.
import { randomBytes, randomInt } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";

const require = createRequire(import.meta.url);

interface PathCommand {
  type: "M" | "L" | "Q" | "C" | "Z";
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}
interface Font {
  unitsPerEm: number;
  charToGlyph(character: string): {
    advanceWidth: number;
    getPath(x: number, y: number, size: number): { commands: PathCommand[] };
  };
}

/** The font svg-captcha ships (its license travels with the package). */
export function captchaFont(): Font {
  const opentype = require("opentype.js") as { loadSync(file: string): Font };
  return opentype.loadSync(
    path.join(path.dirname(require.resolve("svg-captcha/package.json")), "fonts", "Comismsh.ttf"),
  );
}

const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZabdefghjkmnpqrtuwxyz23456789";
const width = 160;
const height = 56;
/** Drawn at twice the size, then averaged down: smooth edges without a rendering library. */
const scale = 2;

type Point = [number, number];
const uniform = (min: number, max: number) => min + (randomInt(0, 1_000_000) / 1_000_000) * (max - min);

/** A glyph's outline as closed polygons (curves flattened), rotated and scaled about its centre. */
function glyphPolygons(
  font: Font,
  character: string,
  centreX: number,
  baseline: number,
  size: number,
  angle: number,
): Point[][] {
  const glyph = font.charToGlyph(character);
  const advance = (glyph.advanceWidth * size) / font.unitsPerEm;
  const commands = glyph.getPath(centreX - advance / 2, baseline, size).commands;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const pivotY = baseline - size / 3;
  const place = (x: number, y: number): Point => [
    centreX + (x - centreX) * cos - (y - pivotY) * sin,
    pivotY + (x - centreX) * sin + (y - pivotY) * cos,
  ];
  const polygons: Point[][] = [];
  let current: Point[] = [];
  let last: Point = [0, 0];
  for (const command of commands) {
    if (command.type === "M") {
      if (current.length > 2) polygons.push(current);
      last = [command.x!, command.y!];
      current = [place(...last)];
    } else if (command.type === "L") {
      last = [command.x!, command.y!];
      current.push(place(...last));
    } else if (command.type === "Q" || command.type === "C") {
      const from = last;
      for (let step = 1; step <= 8; step++) {
        const t = step / 8;
        const u = 1 - t;
        const point: Point =
          command.type === "Q"
            ? [
                u * u * from[0] + 2 * u * t * command.x1! + t * t * command.x!,
                u * u * from[1] + 2 * u * t * command.y1! + t * t * command.y!,
              ]
            : [
                u ** 3 * from[0] + 3 * u * u * t * command.x1! + 3 * u * t * t * command.x2! + t ** 3 * command.x!,
                u ** 3 * from[1] + 3 * u * u * t * command.y1! + 3 * u * t * t * command.y2! + t ** 3 * command.y!,
              ];
        current.push(place(...point));
      }
      last = [command.x!, command.y!];
    } else if (current.length > 2) {
      polygons.push(current);
      current = [];
    }
  }
  if (current.length > 2) polygons.push(current);
  return polygons;
}

/** Even-odd scanline fill of polygons into a coverage grid: each edge adds its crossing to the rows it spans. */
function fill(grid: Float32Array, gridWidth: number, gridHeight: number, polygons: Point[][], ink: number) {
  const crossings: number[][] = Array.from({ length: gridHeight }, () => []);
  for (const polygon of polygons) {
    polygon.forEach(([x1, y1], index) => {
      const [x2, y2] = polygon[(index + 1) % polygon.length]!;
      if (y1 === y2) return;
      const top = Math.max(0, Math.ceil(Math.min(y1, y2) - 0.5));
      const bottom = Math.min(gridHeight - 1, Math.ceil(Math.max(y1, y2) - 0.5) - 1);
      for (let row = top; row <= bottom; row++) crossings[row]!.push(x1 + ((row + 0.5 - y1) / (y2 - y1)) * (x2 - x1));
    });
  }
  crossings.forEach((row, y) => {
    row.sort((a, b) => a - b);
    for (let i = 0; i + 1 < row.length; i += 2) {
      const from = Math.max(0, Math.ceil(row[i]! - 0.5));
      const to = Math.min(gridWidth - 1, Math.floor(row[i + 1]! - 0.5));
      for (let column = from; column <= to; column++) grid[y * gridWidth + column] = ink;
    }
  });
}

/** Widens the font's thin outlines by one grid pixel each way, so people read them at a glance. */
function thicken(grid: Float32Array, gridWidth: number, gridHeight: number) {
  const source = grid.slice();
  for (let y = 1; y < gridHeight - 1; y++) {
    for (let x = 1; x < gridWidth - 1; x++) {
      let strongest = source[y * gridWidth + x]!;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) strongest = Math.max(strongest, source[(y + dy) * gridWidth + x + dx]!);
      grid[y * gridWidth + x] = strongest;
    }
  }
}

/** A wavy stroke across the image, stamped as discs. */
function stroke(grid: Float32Array, gridWidth: number, gridHeight: number, thickness: number, ink: number) {
  const y0 = uniform(0.2, 0.8) * gridHeight;
  const amplitude = uniform(0.1, 0.3) * gridHeight;
  const period = uniform(0.5, 1.5) * gridWidth;
  const phase = uniform(0, Math.PI * 2);
  for (let x = 0; x < gridWidth; x += 1) {
    const y = y0 + amplitude * Math.sin((x / period) * Math.PI * 2 + phase);
    for (let dy = -thickness; dy <= thickness; dy++) {
      for (let dx = -thickness; dx <= thickness; dx++) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (dx * dx + dy * dy <= thickness * thickness && px >= 0 && py >= 0 && px < gridWidth && py < gridHeight)
          grid[py * gridWidth + px] = ink;
      }
    }
  }
}

/** A grey-scale PNG (colour type 0, 8 bits), filter 0 on every row. */
export function encodeGreyPng(pixels: Uint8Array, imageWidth: number, imageHeight: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(imageWidth, 0);
  header.writeUInt32BE(imageHeight, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((imageWidth + 1) * imageHeight);
  for (let row = 0; row < imageHeight; row++)
    rows.set(pixels.subarray(row * imageWidth, (row + 1) * imageWidth), row * (imageWidth + 1) + 1);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export function createRasterCaptchaGenerator(font: Font = captchaFont()) {
  return (): { text: string; data: string } => {
    const text = Array.from({ length: 5 }, () => alphabet[randomInt(0, alphabet.length)]).join("");
    const gridWidth = width * scale;
    const gridHeight = height * scale;
    const ink = new Float32Array(gridWidth * gridHeight);
    const spacing = gridWidth / (text.length + 1);
    [...text].forEach((character, index) => {
      const size = uniform(44, 56) * scale;
      const centre = spacing * (index + 1) + uniform(-0.15, 0.15) * spacing;
      const polygons = glyphPolygons(font, character, centre, gridHeight / 2, size, uniform(-0.45, 0.45));
      // Centred on its own box (the font's glyphs sit at different heights), then nudged.
      const ys = polygons.flat().map(([, y]) => y);
      const shift = gridHeight / 2 - (Math.min(...ys) + Math.max(...ys)) / 2 + uniform(-3, 3) * scale;
      fill(
        ink,
        gridWidth,
        gridHeight,
        polygons.map((polygon) => polygon.map(([x, y]): Point => [x, y + shift])),
        uniform(0.8, 1),
      );
    });
    thicken(ink, gridWidth, gridHeight);
    for (let i = randomInt(2, 4); i > 0; i--) stroke(ink, gridWidth, gridHeight, randomInt(1, 3), uniform(0.55, 0.9));
    // Warp: each pixel reads from a point displaced along two sine waves, so no glyph keeps its outline.
    const ax = uniform(2, 4) * scale;
    const ay = uniform(2, 4) * scale;
    const px = uniform(14, 26) * scale;
    const py = uniform(20, 34) * scale;
    const phase = uniform(0, Math.PI * 2);
    const shiftX = Float32Array.from({ length: gridHeight }, (_, gy) => ax * Math.sin(gy / py + phase));
    const shiftY = Float32Array.from({ length: gridWidth }, (_, gx) => ay * Math.sin(gx / px + phase * 1.7));
    const noise = randomBytes(width * height * 2);
    const pixels = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let sy = 0; sy < scale; sy++) {
          for (let sx = 0; sx < scale; sx++) {
            const gx = x * scale + sx;
            const gy = y * scale + sy;
            const fromX = Math.round(gx + shiftX[gy]!);
            const fromY = Math.round(gy + shiftY[gx]!);
            if (fromX >= 0 && fromY >= 0 && fromX < gridWidth && fromY < gridHeight)
              sum += ink[fromY * gridWidth + fromX]!;
          }
        }
        const index = y * width + x;
        const speckle = noise[index * 2]! < 10 ? 0.3 + (noise[index * 2 + 1]! / 255) * 0.5 : 0;
        const darkness = Math.max(sum / (scale * scale), speckle);
        const background = 236 + (noise[index * 2 + 1]! & 15);
        pixels[index] = Math.round(background * (1 - darkness) + 40 * darkness);
      }
    }
    const png = encodeGreyPng(pixels, width, height).toString("base64");
    const data =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="captcha">` +
      `<image width="${width}" height="${height}" href="data:image/png;base64,${png}"/></svg>`;
    return { text, data };
  };
}
