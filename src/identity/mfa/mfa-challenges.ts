// The second step of a sign-in. A first factor that passes for a user who needs a second opens no session:
// it writes a challenge and answers MfaRequiredError with its token. verify() finishes it: the token must be
// live, unused and this application's; the code is counted by the limiter (its own counter, which a right password
// does not clear) before it is checked; the challenge is spent by one conditional update, so one token opens one
// session however many requests carry it.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { MfaChallenge, User } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import type { Language } from "../i18n/messages.ts";
import type { CaptchaAnswer, PasswordAttempts } from "../credentials/password-attempts.ts";
import { userCounterKey } from "../credentials/password-attempts.ts";
import type { SignInContext, SignInMethod, SignInRecords } from "../credentials/sign-in-records.ts";
import { MfaCodeIncorrectError, MfaFactorError, MfaRequiredError, MfaTokenInvalidError } from "../errors.ts";
import { hashOpaqueToken, type SessionDraft, type TokenService } from "../tokens/token-service.ts";
import { parseScope, type Scope } from "../tokens/scopes.ts";
import { type MfaAnswerKind, type MfaFactors, mfaPolicyOf } from "./mfa-factors.ts";
import type { Passkeys } from "./passkeys.ts";
import { PasskeyRefusedError } from "./webauthn.ts";

/** A first factor's authentication methods (RFC 8176): a password, or a code sent by email (otp) or text (sms). */
export function amrOf(method: SignInMethod): string[] {
  if (method === "passkey") return ["hwk", "user"];
  return method === "password" ? ["pwd"] : method === "phone_passcode" ? ["sms"] : ["otp"];
}

/** Five minutes to answer: long enough to find a phone, short enough that a stolen token soon expires. */
export const mfaChallengeLifetimeSecs = 300;

export interface MfaAnswer {
  mfaToken: string;
  kind: MfaAnswerKind;
  code: string;
  captcha?: CaptchaAnswer;
}

export function createMfaChallenges(deps: {
  db: Db;
  clock: Clock;
  factors: MfaFactors;
  passkeys: Passkeys;
  attempts: PasswordAttempts;
  records: SignInRecords;
  tokens: TokenService;
}) {
  const { db, clock, factors, passkeys, attempts, records, tokens } = deps;

  /** Whether a sign-in of this user into this application needs a second factor. */
  function needsSecondFactor(ctx: SignInContext, user: Pick<User, "mfaFactorCount">): boolean {
    const policy = mfaPolicyOf(ctx.pool, ctx.application);
    return policy === "REQUIRED" || (policy === "OPTIONAL" && user.mfaFactorCount > 0);
  }

  /** Writes the challenge of a first factor that passed and throws MfaRequiredError with its token. */
  async function challenge(
    ctx: SignInContext,
    user: User,
    firstFactor: { method: SignInMethod; scopes: Scope[]; withRefreshToken: boolean },
  ): Promise<never> {
    const mfaToken = randomBytes(32).toString("base64url");
    const now = clock.now();
    await db.mfaChallenge.create({
      data: {
        tokenHash: hashOpaqueToken(mfaToken),
        userPoolId: ctx.pool.id,
        userId: user.id,
        applicationId: ctx.application.id,
        method: firstFactor.method,
        scope: firstFactor.scopes.join(" "),
        withRefreshToken: firstFactor.withRefreshToken,
        ip: ctx.ip ?? null,
        userAgent: ctx.userAgent?.slice(0, 512) ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + mfaChallengeLifetimeSecs * 1000),
      },
    });
    const kinds = await factors.answerKindsOf(user.id);
    throw new MfaRequiredError(mfaToken, kinds, mfaChallengeLifetimeSecs, kinds.length === 0);
  }

  /** The live challenge behind a token, for this application; MfaTokenInvalidError otherwise. */
  async function liveChallenge(ctx: SignInContext, mfaToken: string): Promise<MfaChallenge & { user: User }> {
    const row = await db.mfaChallenge.findUnique({
      where: { tokenHash: hashOpaqueToken(mfaToken.trim()) },
      include: { user: true },
    });
    if (
      !row ||
      row.applicationId !== ctx.application.id ||
      row.usedAt ||
      row.expiresAt <= clock.now() ||
      row.user.status !== "Activated"
    )
      throw new MfaTokenInvalidError();
    return row;
  }

  /**
   * The live challenge of a user who must enrol a factor to finish signing in. Once they have one, the first
   * factor alone must not add another: that would let a stolen password skip the factor the user has.
   */
  async function enrollingChallenge(ctx: SignInContext, mfaToken: string) {
    const row = await liveChallenge(ctx, mfaToken);
    if (row.user.mfaFactorCount > 0) throw new MfaFactorError("enrolled");
    return row;
  }

  /** The pending TOTP enrolment of a user whose sign-in waits for a first factor they do not have yet. */
  async function startEnrolment(ctx: SignInContext, mfaToken: string) {
    const { user } = await enrollingChallenge(ctx, mfaToken);
    return factors.startTotpEnrolment(ctx.pool, user);
  }

  /** The options navigator.credentials.create() takes to enrol a passkey as that first factor instead. */
  async function passkeyEnrolmentOptions(ctx: SignInContext, mfaToken: string) {
    const { user } = await enrollingChallenge(ctx, mfaToken);
    return passkeys.registrationOptions(ctx.pool, user);
  }

  /** Sends the code of the user's SMS or EMAIL factor for a live challenge (the passcode limits apply). */
  async function sendCode(
    ctx: SignInContext,
    input: { mfaToken: string; type: "SMS" | "EMAIL"; language: Language; captcha?: CaptchaAnswer },
  ) {
    const { user } = await liveChallenge(ctx, input.mfaToken);
    return factors.sendFactorCode(ctx.pool, user.id, input.type, { ...input, ip: ctx.ip ?? null });
  }

  /** A passkey ceremony's outcome as an answer: its result, or null for an answer refused or unreadable. */
  async function passkeyAnswer<T>(json: string, ceremony: (response: never) => Promise<T>): Promise<T | null> {
    try {
      return await ceremony(JSON.parse(json) as never);
    } catch (error) {
      if (error instanceof PasskeyRefusedError || error instanceof SyntaxError) return null;
      throw error;
    }
  }

  /** The options navigator.credentials.get() takes for a live challenge's passkey answer. */
  async function passkeyOptions(ctx: SignInContext, mfaToken: string) {
    const { user } = await liveChallenge(ctx, mfaToken);
    return passkeys.authenticationOptions(ctx.pool, user.id);
  }

  /** What a page shows for a live challenge: the answers the user has, or the enrolment they must make. */
  async function stepOf(ctx: SignInContext, mfaToken: string) {
    const { user } = await liveChallenge(ctx, mfaToken);
    const kinds = await factors.answerKindsOf(user.id);
    return { kinds, enrolment: kinds.length ? null : await factors.startTotpEnrolment(ctx.pool, user) };
  }

  /**
   * Checks the answer and spends the challenge; the session of the first factor then opens, with the login
   * record. A user who enrols during the sign-in confirms the pending factor with the same code and receives
   * the recovery codes.
   */
  async function verify(
    ctx: SignInContext,
    answer: MfaAnswer,
  ): Promise<{ user: User; session: SessionDraft; scopes: Scope[]; recoveryCodes: string[] | null }> {
    const challenge = await liveChallenge(ctx, answer.mfaToken);
    const { user } = challenge;
    const method = challenge.method as SignInMethod;
    const check = await attempts.admitPasswordCheck(
      ctx.pool,
      userCounterKey(user.id),
      ctx.ip,
      answer.captcha ?? {},
      "signin:mfa",
    );
    let recoveryCodes: string[] | null = null;
    let right: boolean;
    if (answer.kind === "RECOVERY_CODE") right = await factors.spendRecoveryCode(user.id, answer.code);
    else if (answer.kind === "WEBAUTHN" && user.mfaFactorCount > 0)
      right =
        (await passkeyAnswer(answer.code, (response) => passkeys.authenticate(ctx.pool, user.id, response))) !== null;
    else if (answer.kind === "WEBAUTHN") {
      // Enrolling during the sign-in: navigator.credentials.create()'s answer, the first factor's recovery codes.
      const enrolled = await passkeyAnswer(answer.code, (response) => passkeys.register(ctx.pool, user, response));
      right = enrolled !== null;
      recoveryCodes = enrolled?.recoveryCodes ?? null;
    } else if (answer.kind === "SMS" || answer.kind === "EMAIL")
      right = await factors.spendFactorCode(ctx.pool, user.id, answer.kind, answer.code);
    else if (user.mfaFactorCount > 0) right = await factors.spendTotpCode(user.id, answer.code);
    else {
      const pending = await db.mfaFactor.findFirst({
        where: { userId: user.id, type: "OTP", confirmedAt: null },
        orderBy: { createdAt: "desc" },
      });
      const confirmed = pending ? await factors.confirmEnrolment(ctx.pool, user, pending.id, answer.code) : null;
      right = confirmed !== null;
      recoveryCodes = confirmed?.recoveryCodes ?? null;
    }
    if (!right) {
      const error = new MfaCodeIncorrectError();
      await records.recordFailure(ctx, user, method, error.apiCode);
      throw error;
    }
    const spent = await db.mfaChallenge.updateMany({
      where: { id: challenge.id, usedAt: null },
      data: { usedAt: clock.now() },
    });
    if (spent.count === 0) throw new MfaTokenInvalidError();
    const scopes = parseScope(challenge.scope);
    // The first factor's methods, then the second's (a text message, or another one-time code).
    const second = answer.kind === "SMS" ? "sms" : answer.kind === "WEBAUTHN" ? "hwk" : "otp";
    const amr = [...new Set([...amrOf(method), second]), "mfa"];
    const session = tokens.newSession({ ...ctx, user, scopes }, { withRefreshToken: challenge.withRefreshToken, amr });
    const signedIn = await records.recordSuccess(ctx, user, method, {
      session,
      changes: { mfaVerified: true },
      settleCounters: check,
    });
    return { user: signedIn, session, scopes, recoveryCodes };
  }

  /** GenAuth's /mfa/token/introspection: whether an mfaToken is live (for the application that asks). */
  async function introspect(ctx: SignInContext, mfaToken: string) {
    try {
      const row = await liveChallenge(ctx, mfaToken);
      const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
      return {
        active: true,
        userPoolId: row.userPoolId,
        userId: row.userId,
        iat: seconds(row.createdAt),
        exp: seconds(row.expiresAt),
      };
    } catch (error) {
      if (error instanceof MfaTokenInvalidError) return { active: false };
      throw error;
    }
  }

  return {
    needsSecondFactor,
    challenge,
    startEnrolment,
    passkeyEnrolmentOptions,
    stepOf,
    sendCode,
    passkeyOptions,
    verify,
    introspect,
  };
}

export type MfaChallenges = ReturnType<typeof createMfaChallenges>;
