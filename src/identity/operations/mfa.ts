// Second factors as (caller, input) operations: a signed-in user's own factors (enrol, confirm, list, remove,
// recovery codes; every change needs a recent sign-in) and a sign-in's second step (verifyMfa, and the enrolment
// an mfaToken allows when the policy requires a factor the user does not have yet).
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { Caller } from "../caller.ts";
import { type CaptchaAnswer, type PasswordAttempts, userCounterKey } from "../credentials/password-attempts.ts";
import { MfaCodeIncorrectError } from "../errors.ts";
import type { MfaAnswer, MfaChallenges } from "../mfa/mfa-challenges.ts";
import type { PasscodeRecipient } from "../passcodes/passcode-service.ts";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import type { Authentication } from "../authentication.ts";
import type { Passkeys } from "../mfa/passkeys.ts";
import { type MfaFactors, mfaPolicyOf } from "../mfa/mfa-factors.ts";
import type { TokenService } from "../tokens/token-service.ts";
import type { SignedInOperations } from "./signed-in.ts";
import { requestContextOf } from "./sign-in.ts";

export function createMfaOperations(deps: {
  db: Db;
  signedIn: SignedInOperations;
  factors: MfaFactors;
  challenges: MfaChallenges;
  tokens: TokenService;
  passkeys: Passkeys;
  authentication: Authentication;
  attempts: PasswordAttempts;
  assertRecentSignIn: (pool: UserPool, sessionId: string | null) => Promise<void>;
}) {
  const { db, signedIn, factors, challenges, tokens, passkeys, authentication, attempts, assertRecentSignIn } = deps;

  /** The signed-in user, their pool, and the proof that they signed in recently. */
  async function freshlySignedIn(caller: Caller) {
    const me = await signedIn.signedIn(caller);
    await assertRecentSignIn(me.pool, me.sessionId);
    return me;
  }

  async function myFactors(caller: Caller) {
    const user = await signedIn.signedInUser(caller);
    const [list, recoveryCodesLeft] = await Promise.all([
      factors.listFactors(user.id),
      factors.unusedRecoveryCodes(user.id),
    ]);
    return { factors: list, recoveryCodesLeft };
  }

  async function startTotpEnrolment(caller: Caller) {
    const { user, pool } = await freshlySignedIn(caller);
    return factors.startTotpEnrolment(pool, user);
  }

  /** An SMS or EMAIL factor for an address, its first code sent there; confirmEnrolment finishes it. */
  async function startAddressEnrolment(
    caller: Caller,
    input: { type: "SMS" | "EMAIL"; recipient: PasscodeRecipient; captcha?: CaptchaAnswer },
  ) {
    const { user, pool } = await freshlySignedIn(caller);
    return factors.startAddressEnrolment(pool, user, input.type, input.recipient, {
      language: caller.language,
      ip: caller.ip,
      captcha: input.captcha,
    });
  }

  /** Confirms a pending factor (TOTP, SMS or EMAIL) with its first code. */
  async function confirmEnrolment(caller: Caller, input: { factorId: string; code: string }) {
    const { user, pool } = await freshlySignedIn(caller);
    const confirmed = await factors.confirmEnrolment(pool, user, input.factorId, input.code);
    if (!confirmed) throw new MfaCodeIncorrectError();
    return confirmed;
  }

  /** Sends the code of the user's SMS or EMAIL factor for a sign-in's second step. */
  async function sendMfaCode(
    caller: Caller,
    input: { mfaToken: string; type: "SMS" | "EMAIL"; captcha?: CaptchaAnswer },
  ) {
    return challenges.sendCode(await requestContextOf(caller), { ...input, language: caller.language });
  }

  async function regenerateRecoveryCodes(caller: Caller): Promise<string[]> {
    const { user } = await freshlySignedIn(caller);
    return factors.regenerateRecoveryCodes(user);
  }

  async function removeFactor(caller: Caller, input: { factorId: string }) {
    const { user, pool } = await freshlySignedIn(caller);
    // The policy of the application the token was issued to, else the pool's.
    const application = await db.application.findFirst({
      where: { appId: caller.viewer?.client_id ?? "", userPoolId: pool.id },
    });
    return factors.removeFactor(user, input.factorId, mfaPolicyOf(pool, application ?? { mfaPolicy: null }));
  }

  /**
   * Whether `code` is the signed-in user's current authenticator code (GenAuth's mfa-totp-verify, a step-up
   * check): counted like a sign-in's second step, and spent, so it cannot be checked twice.
   */
  async function checkMyTotp(caller: Caller, input: { code: string; captcha?: CaptchaAnswer }): Promise<boolean> {
    const { user, pool } = await signedIn.signedIn(caller);
    const check = await attempts.admitPasswordCheck(
      pool,
      userCounterKey(user.id),
      caller.ip,
      input.captcha ?? {},
      "signin:mfa",
    );
    const right = await factors.spendTotpCode(user.id, input.code);
    if (right) await attempts.passwordProven(pool, check);
    return right;
  }

  /** A sign-in's second step: the tokens of the first factor's session, and recovery codes when it enrolled. */
  async function verifyMfa(caller: Caller, answer: MfaAnswer) {
    const ctx = await requestContextOf(caller);
    const verified = await challenges.verify(ctx, answer);
    const tokenSet = await tokens.issueTokenSet(
      { ...ctx, user: verified.user, scopes: verified.scopes },
      verified.session,
    );
    return { user: verified.user, tokenSet, recoveryCodes: verified.recoveryCodes };
  }

  /** The options of navigator.credentials.create() for a new passkey (needs a recent sign-in). */
  async function passkeyRegistrationOptions(caller: Caller) {
    const { user, pool } = await freshlySignedIn(caller);
    return passkeys.registrationOptions(pool, user);
  }

  /** Stores the passkey the browser made; the first factor also brings the recovery codes. */
  async function registerPasskey(caller: Caller, input: { response: RegistrationResponseJSON; name?: string | null }) {
    const { user, pool } = await freshlySignedIn(caller);
    return passkeys.register(pool, user, input.response, input.name);
  }

  /** The options of navigator.credentials.get() for a passwordless sign-in (no account named). */
  async function passkeySignInOptions(caller: Caller) {
    return passkeys.authenticationOptions((await requestContextOf(caller)).pool, null);
  }

  /** A passwordless sign-in: the passkey, with user verification, is the whole proof (no second step). */
  async function signInWithPasskey(
    caller: Caller,
    input: { response: AuthenticationResponseJSON; scope?: string | null },
  ) {
    return authentication.signInWithPasskey(await requestContextOf(caller), input.response, input);
  }

  /** The options navigator.credentials.get() takes to answer an MfaRequired with a passkey. */
  async function mfaPasskeyOptions(caller: Caller, input: { mfaToken: string }) {
    return challenges.passkeyOptions(await requestContextOf(caller), input.mfaToken);
  }

  /** The options navigator.credentials.create() takes to enrol a passkey when a sign-in requires a first factor. */
  async function mfaPasskeyEnrolmentOptions(caller: Caller, input: { mfaToken: string }) {
    return challenges.passkeyEnrolmentOptions(await requestContextOf(caller), input.mfaToken);
  }

  async function introspectMfaToken(caller: Caller, input: { mfaToken: string }) {
    return challenges.introspect(await requestContextOf(caller), input.mfaToken);
  }

  async function startMfaEnrolment(caller: Caller, input: { mfaToken: string }) {
    return challenges.startEnrolment(await requestContextOf(caller), input.mfaToken);
  }

  return {
    myFactors,
    startTotpEnrolment,
    startAddressEnrolment,
    confirmEnrolment,
    sendMfaCode,
    regenerateRecoveryCodes,
    removeFactor,
    verifyMfa,
    startMfaEnrolment,
    checkMyTotp,
    introspectMfaToken,
    passkeyRegistrationOptions,
    registerPasskey,
    passkeySignInOptions,
    signInWithPasskey,
    mfaPasskeyOptions,
    mfaPasskeyEnrolmentOptions,
  };
}

export type MfaOperations = ReturnType<typeof createMfaOperations>;
