// One-time passcodes: generated from a cryptographic source, stored as salted hashes, bound to channel and
// recipient, single use, with per-code and per-recipient guess limits and per-recipient send limits, all kept in
// the database so every gateway instance enforces the same limits.
import { createHash, randomBytes, randomInt } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { constantTimeEqual } from "../secrets.ts";
import {
  DeliveryFailedError,
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
const hourMs = 3_600_000;

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
  log?: { warn(obj: object, msg: string): void };
}

function hashCode(salt: string, code: string): string {
  return `${salt}$${createHash("sha256").update(`${salt}:${code}`).digest("base64url")}`;
}

function codeMatches(stored: string, code: string): boolean {
  const [salt = ""] = stored.split("$");
  return constantTimeEqual(stored, hashCode(salt, code));
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

export function createPasscodeService({ db, clock, delivery, log }: PasscodeServiceDeps) {
  const secondsUntil = (instant: number) => Math.max(1, Math.ceil((instant - clock.now().getTime()) / 1000));

  async function enforceSendLimits(pool: UserPool, channel: PasscodeChannel, key: string) {
    const now = clock.now().getTime();
    const latest = await db.passcode.findFirst({
      where: { userPoolId: pool.id, channel, recipient: key, deliveredAt: { not: null } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const nextAllowed = latest ? latest.createdAt.getTime() + pool.passcodeResendIntervalSecs * 1000 : 0;
    if (nextAllowed > now) throw new PasscodeSendLimitError(secondsUntil(nextAllowed));
    const lastHour = await db.passcode.findMany({
      where: { userPoolId: pool.id, recipient: key, deliveredAt: { not: null }, createdAt: { gt: new Date(now - hourMs) } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (lastHour.length >= pool.passcodeHourlySendLimit) {
      throw new PasscodeSendLimitError(secondsUntil(lastHour[0]!.createdAt.getTime() + hourMs));
    }
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
  ): Promise<{ expiresIn: number }> {
    const recipient = resolveRecipient(pool, recipientInput);
    if (!channelAllowsTransport(channel, recipient.transport)) {
      throw new InvalidInputError("channel", "input.unsupportedChannel", { transport: recipient.transport === "email" ? "email" : "SMS" });
    }
    await enforceSendLimits(pool, channel, recipient.key);
    const code = randomInt(0, 10 ** passcodeLength).toString().padStart(passcodeLength, "0");
    const now = clock.now();
    const row = await db.passcode.create({
      data: {
        userPoolId: pool.id,
        channel,
        recipient: recipient.key,
        codeHash: hashCode(randomBytes(12).toString("base64url"), code),
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
      log?.warn({ err: error, transport: recipient.transport, channel }, "passcode delivery failed");
      throw new DeliveryFailedError(recipient.transport);
    }
    await db.$transaction([
      db.passcode.updateMany({
        where: { userPoolId: pool.id, channel, recipient: recipient.key, consumedAt: null, id: { not: row.id } },
        data: { consumedAt: now },
      }),
      db.passcode.update({ where: { id: row.id }, data: { deliveredAt: clock.now() } }),
    ]);
    return { expiresIn: pool.passcodeTtlSecs };
  }

  /** Checks and spends a code. A wrong guess is counted on the code and against the recipient's hourly limit. */
  async function consumePasscode(
    pool: UserPool,
    channel: PasscodeChannel,
    recipientInput: PasscodeRecipient,
    code: string,
  ): Promise<void> {
    const recipient = resolveRecipient(pool, recipientInput);
    const now = clock.now();
    const recent = await db.passcode.findMany({
      where: { userPoolId: pool.id, recipient: recipient.key, createdAt: { gt: new Date(now.getTime() - hourMs) } },
      select: { attempts: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    });
    const guessesThisHour = recent.reduce((sum, row) => sum + row.attempts, 0);
    if (guessesThisHour >= pool.passcodeHourlyGuessLimit) {
      throw new PasscodeAttemptsExceededError(secondsUntil(recent[0]!.createdAt.getTime() + hourMs));
    }
    const current = await db.passcode.findFirst({
      where: { userPoolId: pool.id, channel, recipient: recipient.key, deliveredAt: { not: null } },
      orderBy: { createdAt: "desc" },
    });
    if (!current || current.consumedAt) throw new PasscodeIncorrectError();
    if (current.attempts >= pool.passcodeMaxAttempts) throw new PasscodeAttemptsExceededError(pool.passcodeResendIntervalSecs);
    if (current.expiresAt <= now) throw new PasscodeExpiredError();
    const wellFormed = /^\d{4,10}$/.test(code.trim());
    if (!wellFormed || !codeMatches(current.codeHash, code.trim())) {
      await db.passcode.updateMany({
        where: { id: current.id, attempts: { lt: pool.passcodeMaxAttempts } },
        data: { attempts: { increment: 1 } },
      });
      throw new PasscodeIncorrectError();
    }
    // Conditional update: of two concurrent uses of one code, exactly one succeeds.
    const { count } = await db.passcode.updateMany({
      where: { id: current.id, consumedAt: null },
      data: { consumedAt: now },
    });
    if (count === 0) throw new PasscodeIncorrectError();
  }

  return { sendPasscode, consumePasscode };
}

export type PasscodeService = ReturnType<typeof createPasscodeService>;
