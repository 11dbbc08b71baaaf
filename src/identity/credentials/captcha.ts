// Image captchas (svg-captcha), kept in the database so any gateway instance can check an answer. Each is single
// use and short-lived; any answer spends it, so guessing needs a fresh image every time.
import { createHash, randomBytes } from "node:crypto";
import svgCaptcha from "svg-captcha";
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { CaptchaIncorrectError } from "../errors.ts";

const captchaTtlSecs = 300;
const digest = (text: string) => createHash("sha256").update(text).digest("base64url");

export interface IssuedCaptcha {
  captchaCodeSvg: string;
  captchaToken: string;
  expiresIn: number;
}

export type CaptchaGenerator = () => { text: string; data: string };

const svgCaptchaGenerator: CaptchaGenerator = () =>
  svgCaptcha.create({ size: 5, noise: 3, ignoreChars: "0oO1iIlL", color: false, background: "#f4f4f4" });

export function createCaptchaService({ db, clock, generate = svgCaptchaGenerator }: { db: Db; clock: Clock; generate?: CaptchaGenerator }) {
  async function issueCaptcha(pool: UserPool): Promise<IssuedCaptcha> {
    const now = clock.now();
    const { text, data } = generate();
    const token = randomBytes(32).toString("base64url");
    await db.captchaChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
    await db.captchaChallenge.create({
      data: {
        userPoolId: pool.id,
        tokenHash: digest(token),
        answerHash: digest(`${pool.id}:${text.toLowerCase()}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + captchaTtlSecs * 1000),
      },
    });
    return { captchaCodeSvg: data, captchaToken: token, expiresIn: captchaTtlSecs };
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
    const right = challenge.answerHash === digest(`${pool.id}:${captchaCode.trim().toLowerCase()}`);
    if (count === 0 || !right) throw new CaptchaIncorrectError();
  }

  return { issueCaptcha, checkCaptcha };
}

export type CaptchaService = ReturnType<typeof createCaptchaService>;
