// One-time passcodes: generated from a cryptographic source, stored as keyed digests, bound to channel and
// recipient, single use, with per-code and per-recipient guess limits and per-recipient send limits, all kept in
// the database so every gateway instance enforces the same limits.
import { createHmac, randomBytes, randomInt } from "node:crypto";
import type { Db } from "../../db/index.ts";
import { Prisma, type UserPool } from "../../generated/prisma/client.ts";
import type { CaptchaService } from "../credentials/captcha.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import type { AttemptLimiter, AttemptRule } from "../limits/attempt-limiter.ts";
import type { Clock } from "../clock.ts";
import { deriveKey } from "../secret-box.ts";
import { constantTimeEqual } from "../secrets.ts";
import {
  CaptchaRequiredError,
  DeliveryFailedError,
  DeliveryNotConfiguredError,
  InvalidInputError,
  PasscodeAttemptsExceededError,
  PasscodeExpiredError,
  PasscodeIncorrectError,
  PasscodeSendLimitError,
} from "../errors.ts";
import type { Language } from "../i18n/messages.ts";
import { normalizeCountryCode, normalizeEmail, normalizePhone } from "../users/account-identifiers.ts";
import { channelAllowsTransport, type PasscodeChannel, type Transport } from "./channels.ts";
import type { MessageDelivery } from "./delivery.ts";
import { renderPasscodeMessage } from "./templates.ts";

export const passcodeLength = 6;

export type PasscodeRecipient =
  | { transport: "email"; email: string }
  | { transport: "sms"; phone: string; phoneCountryCode?: string | null };

interface ResolvedRecipient {
  transport: Transport;
  /** The key codes are bound to: the normalised email, or "<country code> <phone>". */
  key: string;
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
}

export interface PasscodeServiceDeps {
  db: Db;
  clock: Clock;
  delivery: MessageDelivery;
  limiter: AttemptLimiter;
  captchas: CaptchaService;
  /** `passcodeDigestKey(SECRETS_KEY)`. */
  digestKey: Buffer;
  log?: { warn(obj: object, msg: string): void };
}

/**
 * A code's digest: an HMAC under a server key (from SECRETS_KEY), salted per code. Six digits are a million
 * guesses, so a plain hash in a leaked table would give every live code away in a second; the key is not in it.
 */
export function passcodeDigest(key: Buffer, salt: string, code: string): string {
  return `h1$${salt}$${createHmac("sha256", key).update(`${salt}:${code}`).digest("base64url")}`;
}

function codeMatches(key: Buffer, stored: string, code: string): boolean {
  const [version, salt = ""] = stored.split("$");
  return version === "h1" && constantTimeEqual(stored, passcodeDigest(key, salt, code));
}

/** The passcode digest key: derived from SECRETS_KEY; development without one uses a fixed, public key. */
export function passcodeDigestKey(secretsKey: Buffer | null | undefined): Buffer {
  return deriveKey(secretsKey, "passcode digests");
}

export function resolveRecipient(pool: UserPool, recipient: PasscodeRecipient): ResolvedRecipient {
  if (recipient.transport === "email") {
    const email = normalizeEmail(recipient.email);
    return { transport: "email", key: email, email };
  }
  const phone = normalizePhone(recipient.phone, "phoneNumber");
  const phoneCountryCode = normalizeCountryCode(recipient.phoneCountryCode, pool.defaultPhoneCountryCode);
  return { transport: "sms", key: `${phoneCountryCode} ${phone}`, phone, phoneCountryCode };
}

/** Who asks for a send: the address it is counted against, and a captcha answer once that address needs one. */
export interface PasscodeSendRequest {
  ip?: string | null;
  captcha?: CaptchaAnswer;
}

export function createPasscodeService({ db, clock, delivery, limiter, captchas, digestKey, log }: PasscodeServiceDeps) {
  function sendRules(
    pool: UserPool,
    channel: PasscodeChannel,
    key: string,
    ip: string | null | undefined,
    captchaSolved: boolean,
  ): AttemptRule[] {
    const hour = { windowSecs: 3600, windowFrom: "first" as const };
    const rules: AttemptRule[] = [
      {
        scope: "passcode-send:recipient-channel",
        key: `${channel} ${key}`,
        limit: 1,
        windowSecs: pool.passcodeResendIntervalSecs,
        windowFrom: "first",
      },
      { scope: "passcode-send:recipient", key, limit: pool.passcodeHourlySendLimit, ...hour },
      { scope: "passcode-send:pool", key: "", limit: pool.passcodeSendsPerPoolPerHour, ...hour },
    ];
    if (ip) {
      const limit = captchaSolved
        ? pool.passcodeSendsPerIpPerHour
        : Math.min(pool.captchaAfterIpPasscodeSends, pool.passcodeSendsPerIpPerHour);
      rules.push({ scope: "passcode-send:ip", key: ip, limit, ...hour });
    }
    return rules;
  }

  /**
   * Counts one send under every limit (per recipient and channel, per recipient per hour, per address and per
   * pool per hour) or refuses it; past `captchaAfterIpPasscodeSends` from one address a send needs a captcha.
   */
  async function admitSend(
    pool: UserPool,
    channel: PasscodeChannel,
    key: string,
    request: PasscodeSendRequest,
  ): Promise<AttemptRule[]> {
    let rules = sendRules(pool, channel, key, request.ip, false);
    let admission = await limiter.admit(pool, rules);
    const needsCaptcha = (refused: AttemptRule, count: number) =>
      refused.scope === "passcode-send:ip" && count < pool.passcodeSendsPerIpPerHour;
    if (!admission.admitted && needsCaptcha(admission.refusedBy, admission.count)) {
      const { captchaToken, captchaCode } = request.captcha ?? {};
      if (!captchaToken || !captchaCode) throw new CaptchaRequiredError();
      await captchas.checkCaptcha(pool, captchaToken, captchaCode);
      rules = sendRules(pool, channel, key, request.ip, true);
      admission = await limiter.admit(pool, rules);
    }
    if (!admission.admitted) throw new PasscodeSendLimitError(admission.retryAfterSecs);
    return rules;
  }

  /**
   * Sends a new code to the recipient for the channel. The code becomes usable only after the carrier accepted
   * it; an earlier code for the same channel and recipient stops working.
   */
  async function sendPasscode(
    pool: UserPool,
    channel: PasscodeChannel,
    recipientInput: PasscodeRecipient,
    language: Language,
    request: PasscodeSendRequest = {},
  ): Promise<{ expiresIn: number }> {
    const recipient = resolveRecipient(pool, recipientInput);
    if (!channelAllowsTransport(channel, recipient.transport)) {
      throw new InvalidInputError("channel", "input.unsupportedChannel", {
        transport: recipient.transport === "email" ? "email" : "SMS",
      });
    }
    if (delivery.configured && !delivery.configured[recipient.transport])
      throw new DeliveryNotConfiguredError(recipient.transport);
    const counted = await admitSend(pool, channel, recipient.key, request);
    const code = randomInt(0, 10 ** passcodeLength)
      .toString()
      .padStart(passcodeLength, "0");
    const now = clock.now();
    const row = await db.passcode.create({
      data: {
        userPoolId: pool.id,
        channel,
        recipient: recipient.key,
        codeHash: passcodeDigest(digestKey, randomBytes(12).toString("base64url"), code),
        createdAt: now,
        expiresAt: new Date(now.getTime() + pool.passcodeTtlSecs * 1000),
      },
      select: { id: true },
    });
    const message = renderPasscodeMessage(language, channel, code, pool.passcodeTtlSecs);
    try {
      if (recipient.transport === "email") {
        await delivery.sendEmail({ userPoolId: pool.id, to: recipient.email!, channel, ...message });
      } else {
        await delivery.sendSms({
          userPoolId: pool.id,
          phoneNumber: recipient.phone!,
          phoneCountryCode: recipient.phoneCountryCode!,
          text: message.text,
          code,
          channel,
          language,
        });
      }
    } catch (error) {
      await db.passcode.delete({ where: { id: row.id } });
      await limiter.refund(pool, counted);
      log?.warn({ err: error, transport: recipient.transport, channel }, "passcode delivery failed");
      throw new DeliveryFailedError(recipient.transport);
    }
    // One statement: the new code becomes usable as the earlier ones stop working.
    const delivered = clock.now();
    await db.$executeRaw`
      UPDATE "Passcode" SET
        "deliveredAt" = CASE WHEN "id" = ${row.id} THEN ${delivered}::timestamp(3) ELSE "deliveredAt" END,
        "consumedAt" = CASE WHEN "id" = ${row.id} THEN NULL ELSE ${now}::timestamp(3) END
      WHERE "userPoolId" = ${pool.id} AND "channel" = ${channel} AND "recipient" = ${recipient.key}
        AND ("id" = ${row.id} OR "consumedAt" IS NULL)`;
    return { expiresIn: pool.passcodeTtlSecs };
  }

  /**
   * Checks and spends a code. Each guess is counted before the code is compared, twice in one go each: against
   * the recipient's hourly guesses (a resend does not reset them) and on the code itself, by a conditional
   * increment, so that however many guesses arrive at once, at most `passcodeMaxAttempts` are compared.
   */
  async function consumePasscode(
    pool: UserPool,
    channel: PasscodeChannel,
    recipientInput: PasscodeRecipient,
    code: string,
  ): Promise<void> {
    const recipient = resolveRecipient(pool, recipientInput);
    const guessRule: AttemptRule = {
      scope: "passcode-guess:recipient",
      key: recipient.key,
      limit: pool.passcodeHourlyGuessLimit,
      windowSecs: 3600,
      windowFrom: "first",
    };
    const admission = await limiter.admit(pool, [guessRule]);
    if (!admission.admitted) throw new PasscodeAttemptsExceededError(admission.retryAfterSecs);
    const now = clock.now();
    const latest = Prisma.sql`SELECT "id" FROM "Passcode"
      WHERE "userPoolId" = ${pool.id} AND "channel" = ${channel} AND "recipient" = ${recipient.key} AND "deliveredAt" IS NOT NULL
      ORDER BY "createdAt" DESC LIMIT 1`;
    const [guessed] = await db.$queryRaw<{ id: string; codeHash: string }[]>`
      UPDATE "Passcode" SET "attempts" = "attempts" + 1
      WHERE "id" = (${latest}) AND "attempts" < ${pool.passcodeMaxAttempts} AND "consumedAt" IS NULL AND "expiresAt" > ${now}
      RETURNING "id", "codeHash"`;
    if (!guessed) {
      // Nothing was compared: the guess is given back, and the answer says why.
      await limiter.refund(pool, [guessRule]);
      const current = await db.passcode.findFirst({
        where: { userPoolId: pool.id, channel, recipient: recipient.key, deliveredAt: { not: null } },
        orderBy: { createdAt: "desc" },
      });
      if (!current || current.consumedAt) throw new PasscodeIncorrectError();
      if (current.attempts >= pool.passcodeMaxAttempts)
        throw new PasscodeAttemptsExceededError(pool.passcodeResendIntervalSecs);
      throw new PasscodeExpiredError();
    }
    const wellFormed = /^\d{4,10}$/.test(code.trim());
    if (!wellFormed || !codeMatches(digestKey, guessed.codeHash, code.trim())) throw new PasscodeIncorrectError();
    // Conditional update: of two concurrent uses of one code, exactly one succeeds.
    const { count } = await db.passcode.updateMany({
      where: { id: guessed.id, consumedAt: null },
      data: { consumedAt: now },
    });
    if (count === 0) throw new PasscodeIncorrectError();
    await limiter.refund(pool, [guessRule]);
  }

  return { sendPasscode, consumePasscode };
}

export type PasscodeService = ReturnType<typeof createPasscodeService>;
