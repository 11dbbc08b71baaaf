// A user's second factors: TOTP enrolment (a pending factor until its first code is confirmed), recovery codes,
// removal, and the checks a sign-in's second step makes. Every check that spends something is one conditional
// statement, so two requests with one code cannot both succeed: a TOTP step is accepted once (lastUsedStep only
// moves forward), a recovery code is used once.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { MfaFactor, MfaPolicy, User, UserPool, Application } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { MfaFactorError, ResourceExistsError } from "../errors.ts";
import type { SecretBox } from "../secret-box.ts";
import { newRecoveryCode, recoveryCodeCount, recoveryCodeDigest } from "./recovery-codes.ts";
import { matchingTotpStep, newTotpSecret, totpEnrolment } from "./totp.ts";
import { type PasscodeRecipient, type PasscodeService, resolveRecipient } from "../passcodes/passcode-service.ts";
import type { Language } from "../i18n/messages.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import { PasscodeIncorrectError } from "../errors.ts";

/** How long a pending enrolment is handed out again instead of a new secret. */
const pendingEnrolmentSecs = 600;

/** What a user answers a second-factor challenge with. */
export type MfaAnswerKind = "OTP" | "RECOVERY_CODE" | "SMS" | "EMAIL" | "WEBAUTHN";

/** Where an SMS or EMAIL factor's codes go. */
export function recipientOf(
  factor: Pick<MfaFactor, "type" | "email" | "phone" | "phoneCountryCode">,
): PasscodeRecipient {
  return factor.type === "EMAIL"
    ? { transport: "email", email: factor.email ?? "" }
    : { transport: "sms", phone: factor.phone ?? "", phoneCountryCode: factor.phoneCountryCode };
}

/** The application's policy, else the pool's. */
export function mfaPolicyOf(pool: Pick<UserPool, "mfaPolicy">, application: Pick<Application, "mfaPolicy">): MfaPolicy {
  return application.mfaPolicy ?? pool.mfaPolicy;
}

export function createMfaFactors({
  db,
  clock,
  secretBox,
  passcodes,
}: {
  db: Db;
  clock: Clock;
  secretBox: SecretBox | null;
  passcodes: Pick<PasscodeService, "sendPasscode" | "consumePasscode">;
}) {
  // Sealed to the factor's own id: a sealed secret copied onto another factor's row does not open.
  const sealSecret = (factorId: string, secret: string) => (secretBox ? secretBox.seal(secret, factorId) : secret);
  const openSecret = (factor: Pick<MfaFactor, "id" | "secret">) =>
    factor.secret && secretBox ? secretBox.open(factor.secret, factor.id) : factor.secret;

  /** The user's confirmed factor of a type (one of each type at a most, WEBAUTHN aside). */
  function confirmedFactorOf(userId: string, type: MfaFactor["type"]) {
    return db.mfaFactor.findFirst({ where: { userId, type, confirmedAt: { not: null } } });
  }

  /** Enrolling a second factor of a type the user already has is refused: remove the first one. */
  async function refuseSecondOf(userId: string, type: "OTP" | "SMS" | "EMAIL") {
    if (await confirmedFactorOf(userId, type)) throw new ResourceExistsError("mfaFactor", type);
  }

  /** The user's confirmed factors, oldest first. */
  function listFactors(userId: string): Promise<MfaFactor[]> {
    return db.mfaFactor.findMany({ where: { userId, confirmedAt: { not: null } }, orderBy: { createdAt: "asc" } });
  }

  async function unusedRecoveryCodes(userId: string): Promise<number> {
    return db.recoveryCode.count({ where: { userId, usedAt: null } });
  }

  /**
   * A TOTP secret for the user, as a pending factor (an earlier, stale pending one goes). Refused while a
   * confirmed TOTP factor exists: one authenticator at a time, removed before it is replaced.
   */
  async function startTotpEnrolment(pool: Pick<UserPool, "name">, user: User) {
    await refuseSecondOf(user.id, "OTP");
    const account = user.email ?? user.username ?? user.phone ?? user.id;
    // Asked again while one is fresh (a page shown again after a wrong code), the same secret: the user may
    // have scanned it already.
    const fresh = await db.mfaFactor.findFirst({
      where: {
        userId: user.id,
        type: "OTP",
        confirmedAt: null,
        createdAt: { gt: new Date(clock.now().getTime() - pendingEnrolmentSecs * 1000) },
      },
      orderBy: { createdAt: "desc" },
    });
    const freshSecret = fresh ? openSecret(fresh) : null;
    if (fresh && freshSecret)
      return { factor: fresh, secret: freshSecret, ...(await totpEnrolment(freshSecret, account, pool.name)) };
    const secret = newTotpSecret();
    // The id is chosen first: the sealed secret is bound to it.
    const id = randomUUID();
    const factor = await db.$transaction(async (tx) => {
      await tx.mfaFactor.deleteMany({ where: { userId: user.id, type: "OTP", confirmedAt: null } });
      return tx.mfaFactor.create({
        data: {
          id,
          userPoolId: user.userPoolId,
          userId: user.id,
          type: "OTP",
          secret: sealSecret(id, secret),
          createdAt: clock.now(),
        },
      });
    });
    return { factor, secret, ...(await totpEnrolment(secret, account, pool.name)) };
  }

  /**
   * Confirms a pending factor with its first code (the authenticator's, or the one sent to the address). The
   * first factor a user confirms brings ten recovery codes, returned this once (later confirmations return none:
   * the earlier codes stand). null: the code is not right.
   */
  async function confirmEnrolment(pool: UserPool, user: User, factorId: string, code: string) {
    const pending = await db.mfaFactor.findFirst({ where: { id: factorId, userId: user.id, confirmedAt: null } });
    if (!pending) return null;
    let step: number | null = null;
    if (pending.type === "OTP") {
      const secret = openSecret(pending);
      step = secret ? matchingTotpStep(secret, code, clock.now()) : null;
      if (step === null) return null;
    } else if (!(await addressCodeIsRight(pool, pending, code))) return null;
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const confirmed = await tx.mfaFactor.updateMany({
        where: { id: pending.id, confirmedAt: null },
        data: { confirmedAt: now, lastUsedStep: step, lastUsedAt: now },
      });
      // A concurrent confirmation won: this one confirms nothing.
      if (confirmed.count === 0) return null;
      const recoveryCodes = await countConfirmedFactor(tx, user.id);
      return { factor: { ...pending, confirmedAt: now, lastUsedStep: step, lastUsedAt: now }, recoveryCodes };
    });
  }

  /** Whether `code` is the CHANNEL_VERIFY_MFA passcode last sent to the factor's address (then spent). */
  async function addressCodeIsRight(pool: UserPool, factor: MfaFactor, code: string): Promise<boolean> {
    try {
      await passcodes.consumePasscode(pool, "CHANNEL_VERIFY_MFA", recipientOf(factor), code);
      return true;
    } catch (error) {
      // Expired codes and exhausted ones say so; a wrong one is the second factor's own "incorrect".
      if (error instanceof PasscodeIncorrectError) return false;
      throw error;
    }
  }

  /**
   * A pending SMS or EMAIL factor for the address, and a CHANNEL_VERIFY_MFA code sent to it (the passcode limits
   * apply); confirmEnrolment with that code finishes it. One confirmed factor of each kind at a time.
   */
  async function startAddressEnrolment(
    pool: UserPool,
    user: User,
    type: "SMS" | "EMAIL",
    recipient: PasscodeRecipient,
    request: { language: Language; ip: string | null; captcha?: CaptchaAnswer },
  ) {
    await refuseSecondOf(user.id, type);
    const resolved = resolveRecipient(pool, recipient);
    const factor = await db.$transaction(async (tx) => {
      await tx.mfaFactor.deleteMany({ where: { userId: user.id, type, confirmedAt: null } });
      return tx.mfaFactor.create({
        data: {
          userPoolId: user.userPoolId,
          userId: user.id,
          type,
          email: resolved.email ?? null,
          phone: resolved.phone ?? null,
          phoneCountryCode: resolved.phoneCountryCode ?? null,
          createdAt: clock.now(),
        },
      });
    });
    const sent = await passcodes.sendPasscode(pool, "CHANNEL_VERIFY_MFA", recipient, request.language, request);
    return { factor, expiresIn: sent.expiresIn };
  }

  /** Sends a CHANNEL_VERIFY_MFA code to the user's confirmed factor of this kind, for a sign-in's second step. */
  async function sendFactorCode(
    pool: UserPool,
    userId: string,
    type: "SMS" | "EMAIL",
    request: { language: Language; ip: string | null; captcha?: CaptchaAnswer },
  ) {
    const factor = await confirmedFactorOf(userId, type);
    if (!factor) throw new MfaFactorError("unavailable");
    return passcodes.sendPasscode(pool, "CHANNEL_VERIFY_MFA", recipientOf(factor), request.language, request);
  }

  /** Whether `code` is the one sent to the user's confirmed factor of this kind (spent either way it is used). */
  async function spendFactorCode(pool: UserPool, userId: string, type: "SMS" | "EMAIL", code: string) {
    const factor = await confirmedFactorOf(userId, type);
    if (!factor || !(await addressCodeIsRight(pool, factor, code))) return false;
    await db.mfaFactor.update({ where: { id: factor.id }, data: { lastUsedAt: clock.now() } });
    return true;
  }

  /** A factor confirmed as it is made (a passkey: its registration is its proof), with the count and first codes. */
  async function addConfirmedFactor(user: User, data: Partial<MfaFactor> & { type: MfaFactor["type"] }) {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const factor = await tx.mfaFactor.create({
        data: { ...data, userPoolId: user.userPoolId, userId: user.id, confirmedAt: now, createdAt: now },
      });
      return { factor, recoveryCodes: await countConfirmedFactor(tx, user.id) };
    });
  }

  /**
   * Within a confirmation's transaction: the user's factor count goes up, and the first factor brings ten recovery
   * codes (returned this once; later factors return none, the earlier codes stand).
   */
  async function countConfirmedFactor(tx: Pick<Db, "user" | "recoveryCode">, userId: string) {
    await tx.user.update({ where: { id: userId }, data: { mfaFactorCount: { increment: 1 } } });
    const hasCodes = (await tx.recoveryCode.count({ where: { userId, usedAt: null } })) > 0;
    return hasCodes ? null : replaceRecoveryCodes(tx, userId);
  }

  async function replaceRecoveryCodes(tx: Pick<Db, "recoveryCode">, userId: string): Promise<string[]> {
    const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: codes.map((code) => ({ userId, codeHash: recoveryCodeDigest(code), createdAt: clock.now() })),
    });
    return codes;
  }

  /** Ten new recovery codes in place of every earlier one (used or not); only for a user with a factor. */
  async function regenerateRecoveryCodes(user: User): Promise<string[]> {
    if ((await listFactors(user.id)).length === 0) throw new MfaFactorError("unavailable");
    return db.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
  }

  /**
   * Removes a confirmed factor; under a REQUIRED policy the last one stays. The last factor takes the recovery
   * codes with it (they would be a factor of their own).
   */
  async function removeFactor(user: User, factorId: string, policy: MfaPolicy): Promise<MfaFactor> {
    const factors = await listFactors(user.id);
    const factor = factors.find((candidate) => candidate.id === factorId);
    if (!factor) throw new MfaFactorError("unavailable");
    if (factors.length === 1 && policy === "REQUIRED") throw new MfaFactorError("lastFactor");
    await db.$transaction(async (tx) => {
      const removed = await tx.mfaFactor.deleteMany({ where: { id: factor.id, confirmedAt: { not: null } } });
      if (removed.count === 0) return;
      const { mfaFactorCount } = await tx.user.update({
        where: { id: user.id },
        data: { mfaFactorCount: { decrement: 1 } },
        select: { mfaFactorCount: true },
      });
      if (mfaFactorCount <= 0) await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    });
    return factor;
  }

  /** Whether `code` is the user's current TOTP code, accepted now and never again (its step is spent). */
  async function spendTotpCode(userId: string, code: string): Promise<boolean> {
    const factor = await confirmedFactorOf(userId, "OTP");
    const secret = factor ? openSecret(factor) : null;
    const now = clock.now();
    const step = secret ? matchingTotpStep(secret, code, now) : null;
    if (!factor || step === null) return false;
    // Only forward: a code of a step at or before the last accepted one (a replay, or an older code) is refused.
    const spent = await db.$executeRaw`
      UPDATE "MfaFactor" SET "lastUsedStep" = ${step}, "lastUsedAt" = ${now}
      WHERE "id" = ${factor.id} AND ("lastUsedStep" IS NULL OR "lastUsedStep" < ${step})`;
    return spent === 1;
  }

  /** Whether `code` is one of the user's unused recovery codes, which it then no longer is. */
  async function spendRecoveryCode(userId: string, code: string): Promise<boolean> {
    const spent = await db.recoveryCode.updateMany({
      where: { userId, codeHash: recoveryCodeDigest(code), usedAt: null },
      data: { usedAt: clock.now() },
    });
    return spent.count === 1;
  }

  /** What the user can answer a challenge with: OTP when enrolled, and recovery codes while some are unused. */
  async function answerKindsOf(userId: string): Promise<MfaAnswerKind[]> {
    const [factors, codes] = await Promise.all([listFactors(userId), unusedRecoveryCodes(userId)]);
    const kinds: MfaAnswerKind[] = [];
    for (const type of ["OTP", "SMS", "EMAIL", "WEBAUTHN"] as const)
      if (factors.some((factor) => factor.type === type)) kinds.push(type);
    if (codes > 0) kinds.push("RECOVERY_CODE");
    return kinds;
  }

  return {
    listFactors,
    unusedRecoveryCodes,
    startTotpEnrolment,
    startAddressEnrolment,
    confirmEnrolment,
    addConfirmedFactor,
    sendFactorCode,
    spendFactorCode,
    regenerateRecoveryCodes,
    removeFactor,
    spendTotpCode,
    spendRecoveryCode,
    answerKindsOf,
  };
}

export type MfaFactors = ReturnType<typeof createMfaFactors>;
