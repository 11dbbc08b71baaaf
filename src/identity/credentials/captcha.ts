// Image captchas (raster-captcha.ts), kept in the database so any gateway instance can check an answer. Each is single
// use and short-lived; any answer spends it, so guessing needs a fresh image every time.
import { createHash, randomBytes } from "node:crypto";
import { createChallenge, verifySolution } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { deriveKey } from "../secret-box.ts";
import { constantTimeEqual } from "../secrets.ts";
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { CaptchaIncorrectError } from "../errors.ts";
import { createRasterCaptchaGenerator } from "./raster-captcha.ts";

const captchaTtlSecs = 300;
/** How often a process deletes a pool's expired captchas: a sweep per issued captcha was a statement per request. */
const sweepIntervalMs = 60_000;
const digest = (text: string) => createHash("sha256").update(text).digest("base64url");

export interface IssuedCaptcha {
  kind: "image" | "altcha";
  captchaCodeSvg: string;
  captchaToken: string;
  expiresIn: number;
  /** The ALTCHA challenge to solve (altcha pools); its base64 payload is then the captchaCode. */
  altchaChallenge?: Challenge;
}

/** Shown where an altcha pool's client expects GenAuth's image: there is nothing to read in it. */
const proofOfWorkSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="56" viewBox="0 0 160 56" role="img" aria-label="proof of work">' +
  '<rect width="160" height="56" fill="#f4f4f4"/><text x="80" y="33" font-family="sans-serif" font-size="12" text-anchor="middle">Verifying your browser</text></svg>';

/** The key ALTCHA challenges are signed with: derived from SECRETS_KEY, so every instance verifies them. */
export function altchaKey(secretsKey: Buffer | null | undefined): string {
  return deriveKey(secretsKey, "altcha challenges").toString("hex");
}

export type CaptchaGenerator = () => { text: string; data: string };

let rasterGenerator: CaptchaGenerator | undefined;
/** The default: glyphs drawn as pixels (raster-captcha.ts), loaded on first use. */
const defaultGenerator: CaptchaGenerator = () => {
  rasterGenerator ??= createRasterCaptchaGenerator();
  return rasterGenerator();
};

export interface CaptchaServiceDeps {
  db: Db;
  clock: Clock;
  generate?: CaptchaGenerator;
  /** `altchaKey(SECRETS_KEY)`. */
  altchaHmacKey: string;
  /** The proof of work's difficulty: the solver tries up to this many numbers (half on average). */
  altchaMaxNumber?: number;
}

export function createCaptchaService({
  db,
  clock,
  generate = defaultGenerator,
  altchaHmacKey,
  altchaMaxNumber = 100_000,
}: CaptchaServiceDeps) {
  const sweptAt = new Map<string, number>();
  let sweeping: Promise<unknown> = Promise.resolve();

  /** Deletes the pool's expired captchas at most once a minute, beside the request rather than in its way. */
  function sweepExpired(poolId: string, now: Date) {
    const last = sweptAt.get(poolId);
    if (last !== undefined && now.getTime() - last < sweepIntervalMs) return;
    sweptAt.set(poolId, now.getTime());
    // Each pool sweeps its own: pools whose clocks differ (tests sharing one database) must not sweep each other's.
    sweeping = db.captchaChallenge
      .deleteMany({ where: { userPoolId: poolId, expiresAt: { lt: now } } })
      .catch(() => sweptAt.delete(poolId));
  }

  async function issueCaptcha(pool: UserPool): Promise<IssuedCaptcha> {
    const now = clock.now();
    const token = randomBytes(32).toString("base64url");
    if (pool.captchaKind === "altcha") {
      const expires = new Date(now.getTime() + captchaTtlSecs * 1000);
      const challenge = await createChallenge({ hmacKey: altchaHmacKey, maxNumber: altchaMaxNumber, expires });
      await saveChallenge(pool, token, "altcha", challenge.signature, now);
      return {
        kind: "altcha",
        captchaCodeSvg: proofOfWorkSvg,
        captchaToken: token,
        expiresIn: captchaTtlSecs,
        altchaChallenge: challenge,
      };
    }
    const { text, data } = generate();
    await saveChallenge(pool, token, "image", text.toLowerCase(), now);
    return { kind: "image", captchaCodeSvg: data, captchaToken: token, expiresIn: captchaTtlSecs };
  }

  async function saveChallenge(pool: UserPool, token: string, kind: "image" | "altcha", answer: string, now: Date) {
    sweepExpired(pool.id, now);
    await db.captchaChallenge.create({
      data: {
        userPoolId: pool.id,
        tokenHash: digest(token),
        kind,
        answerHash: digest(`${pool.id}:${answer}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + captchaTtlSecs * 1000),
      },
    });
  }

  /** An image's answer as typed, or for ALTCHA the solution payload, checked against the challenge it answers. */
  async function answerOf(kind: "image" | "altcha", captchaCode: string): Promise<string> {
    if (kind === "image") return captchaCode.trim().toLowerCase();
    try {
      const payload = JSON.parse(Buffer.from(captchaCode.trim(), "base64").toString("utf8")) as { signature?: unknown };
      if (typeof payload?.signature !== "string") return "";
      return (await verifySolution(payload as never, altchaHmacKey, true)) ? payload.signature : "";
    } catch {
      return "";
    }
  }

  /** Spends the captcha and throws CaptchaIncorrectError unless the answer was right. */
  async function checkCaptcha(pool: UserPool, captchaToken: string, captchaCode: string): Promise<void> {
    const now = clock.now();
    const challenge = await db.captchaChallenge.findUnique({ where: { tokenHash: digest(captchaToken.trim()) } });
    if (!challenge || challenge.userPoolId !== pool.id || challenge.consumedAt || challenge.expiresAt <= now) {
      throw new CaptchaIncorrectError();
    }
    const { count } = await db.captchaChallenge.updateMany({
      where: { id: challenge.id, consumedAt: null },
      data: { consumedAt: now },
    });
    const answer = await answerOf(challenge.kind, captchaCode);
    const right = answer !== "" && constantTimeEqual(challenge.answerHash, digest(`${pool.id}:${answer}`));
    if (count === 0 || !right) throw new CaptchaIncorrectError();
  }

  /** The latest sweep, done (tests wait for it). */
  const swept = () => sweeping.then(() => {});

  return { issueCaptcha, checkCaptcha, swept };
}

export type CaptchaService = ReturnType<typeof createCaptchaService>;
