// Expected failures of the identity core. Each carries the GenAuth envelope's statusCode and apiCode plus a
// message key; the transport layers localise the key (i18n/messages.ts) and add the requestId.
import type { MessageKey } from "./i18n/messages.ts";

export type MessageParams = Record<string, string | number>;

export abstract class IdentityError extends Error {
  abstract readonly statusCode: number;
  abstract readonly apiCode: number;
  constructor(
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

/** Malformed or missing input; `field` names the argument at fault. */
export class InvalidInputError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode: number;
  constructor(
    readonly field: string,
    messageKey: MessageKey,
    params: MessageParams = {},
    apiCode = 1002,
  ) {
    super(messageKey, params);
    this.apiCode = apiCode;
  }
}

export type PasswordPolicyReason =
  | "TOO_SHORT"
  | "TOO_LONG"
  | "BLOCKLISTED"
  | "CONTAINS_ACCOUNT"
  | "REQUIRED"
  | "INVISIBLE"
  | "REPETITIVE";

export class PasswordPolicyError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2029;
  constructor(
    readonly reason: PasswordPolicyReason,
    params: MessageParams = {},
  ) {
    super(`password.${reason}` as MessageKey, params);
  }
}

/** 2026 (email, phone or external id taken) or 2034 (username taken). */
export class UserExistsError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode: number;
  constructor(readonly field: "username" | "email" | "phone" | "externalId") {
    super(field === "username" ? "user.usernameTaken" : "user.exists", { field });
    this.apiCode = field === "username" ? 2034 : 2026;
  }
}

/**
 * Sign-in failed. By default an unknown account, a wrong password and a disabled account are all 2333 with one
 * message, so the answer reveals nothing; a pool may opt into GenAuth's distinct codes.
 */
export class InvalidCredentialsError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode: number;
  constructor(kind: "generic" | "userNotFound" | "wrongPassword" | "userDisabled" = "generic") {
    super(`signIn.${kind}` as MessageKey);
    this.apiCode = { generic: 2333, userNotFound: 2004, wrongPassword: 2006, userDisabled: 2120008 }[kind];
  }
}

export class AccountLockedError extends IdentityError {
  readonly statusCode = 403;
  readonly apiCode = 2005;
  constructor(readonly retryAfterSeconds: number) {
    super("signIn.locked", { seconds: retryAfterSeconds });
  }
}

export class RegistrationDisabledError extends IdentityError {
  readonly statusCode = 403;
  readonly apiCode = 2031;
  constructor() {
    super("signUp.disabled");
  }
}

export class UnknownApplicationError extends IdentityError {
  readonly statusCode = 404;
  readonly apiCode = 2011;
  constructor(missing: boolean) {
    super(missing ? "application.missing" : "application.unknown");
  }
}

/** No credential, or one that cannot be verified. */
export class NotAuthenticatedError extends IdentityError {
  readonly statusCode = 401;
  readonly apiCode: number;
  constructor(
    readonly reason:
      | "missing"
      | "invalid"
      | "expired"
      | "revoked"
      | "signatureInvalid"
      | "signatureStale"
      | "signatureReplayed"
      | "signingUnavailable",
  ) {
    super(`auth.${reason}` as MessageKey);
    this.apiCode = reason === "expired" ? 2206 : 2020;
  }
}

export class UserNotFoundError extends IdentityError {
  readonly statusCode = 404;
  readonly apiCode = 2004;
  constructor() {
    super("user.notFound");
  }
}

/** 2300: the passcode's validity ran out; ask for a new one. */
export class PasscodeExpiredError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2300;
  constructor() {
    super("passcode.expired");
  }
}

/** 2301: wrong passcode, or none was sent to this recipient for this channel. */
export class PasscodeIncorrectError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2301;
  constructor() {
    super("passcode.incorrect");
  }
}

/** 2302: too many wrong guesses (on this code, or for this recipient this hour). */
export class PasscodeAttemptsExceededError extends IdentityError {
  readonly statusCode = 429;
  readonly apiCode = 2302;
  constructor(readonly retryAfterSeconds: number) {
    super("passcode.tooManyAttempts", { seconds: retryAfterSeconds });
  }
}

/** 2303: a passcode was sent too recently, or too many this hour. */
export class PasscodeSendLimitError extends IdentityError {
  readonly statusCode = 429;
  readonly apiCode = 2303;
  constructor(readonly retryAfterSeconds: number) {
    super("passcode.sendTooOften", { seconds: retryAfterSeconds });
  }
}

/** 2021: the email or SMS could not be handed to its carrier; no usable code was left behind. */
export class DeliveryFailedError extends IdentityError {
  readonly statusCode = 502;
  readonly apiCode = 2021;
  constructor(readonly transport: "email" | "sms") {
    super(transport === "email" ? "delivery.emailFailed" : "delivery.smsFailed");
  }
}

/** 2213: the change needs a recent sign-in (within the pool's reauthenticationMaxAgeSecs): sign in again first. */
export class ReauthenticationRequiredError extends IdentityError {
  readonly statusCode = 403;
  readonly apiCode = 2213;
  constructor(readonly maxAgeSeconds: number) {
    super("account.reauthenticate", { minutes: Math.max(1, Math.round(maxAgeSeconds / 60)) });
  }
}

/** 2040: the password is right, but the pool signs in by email only once the email is proven: verify it first. */
export class EmailNotVerifiedError extends IdentityError {
  readonly statusCode = 403;
  readonly apiCode = 2040;
  constructor() {
    super("signIn.emailNotVerified");
  }
}

/** 2022: no carrier is configured for this transport (production never falls back to the development outbox). */
export class DeliveryNotConfiguredError extends IdentityError {
  readonly statusCode = 503;
  readonly apiCode = 2022;
  constructor(readonly transport: "email" | "sms") {
    super(transport === "email" ? "delivery.emailNotConfigured" : "delivery.smsNotConfigured");
  }
}

/** 2311: a passwordResetToken / updateEmailToken / ... that is unknown, used, expired or for another purpose. */
export class VerificationTicketError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2311;
  constructor() {
    super("ticket.invalid");
  }
}

/** 2310: the change would leave the account with no way to sign in. */
export class LastSignInMethodError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2310;
  constructor() {
    super("account.lastSignInMethod");
  }
}

/** 2203: the current password given to updatePassword is wrong. */
export class OldPasswordIncorrectError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2203;
  constructor() {
    super("account.oldPasswordIncorrect");
  }
}

/** The account already has an email / phone: bind is for adding one, update for changing it. */
export class AlreadyBoundError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2035;
  constructor(readonly field: "email" | "phone") {
    super("account.alreadyBound", { field });
  }
}

/** 1001: the caller may not do this (an end user on an admin field, a development-only field in production). */
export class ForbiddenError extends IdentityError {
  readonly statusCode = 403;
  readonly apiCode = 1001;
  constructor(reason: "noPermission" | "developmentOnly" = "noPermission") {
    super(reason === "developmentOnly" ? "forbidden.developmentOnly" : "forbidden.noPermission");
  }
}

/** 2206: the refresh token is unknown, spent, revoked or expired, or the session behind it has ended. */
export class InvalidGrantError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2206;
  /** A refresh token by default; an authorization code (used, expired, another client's, PKCE not proven). */
  constructor(grant: "refreshToken" | "authorizationCode" = "refreshToken") {
    super(grant === "refreshToken" ? "token.invalidGrant" : "grant.codeInvalid");
  }
}

/** 2330: the application's credentials (x-authing-app-secret or HTTP Basic) are missing or wrong. */
export class InvalidClientError extends IdentityError {
  readonly statusCode = 401;
  readonly apiCode = 2330;
  constructor() {
    super("client.invalid");
  }
}

/** 1001: the application is not registered for this grant type (OAuth's unauthorized_client). */
export class UnauthorizedClientError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 1001;
  constructor(readonly grant: string) {
    super("client.grantNotAllowed", { grant });
  }
}

/** 2000: repeated failures for this account or from this IP: answer a captcha (getCaptchaCode) with the sign-in. */
export class CaptchaRequiredError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2000;
  constructor() {
    super("captcha.required");
  }
}

/** 2001: the captcha answer is wrong, or its captchaToken unknown, spent or expired; get a new one. */
export class CaptchaIncorrectError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2001;
  constructor() {
    super("captcha.incorrect");
  }
}

/** 2100: too many registrations from this IP address this hour. */
export class RegistrationTooFrequentError extends IdentityError {
  readonly statusCode = 429;
  readonly apiCode = 2100;
  constructor(readonly retryAfterSeconds: number) {
    super("signUp.tooFrequent", { seconds: retryAfterSeconds });
  }
}

/** 2016: a password sent with passwordEncryptType rsa or sm2 could not be decrypted with the pool's key. */
export class PasswordDecryptionError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2016;
  constructor(readonly encryptType: string) {
    super("password.decryptionFailed", { type: encryptType });
  }
}

/** 2404: a role, department, group, namespace or application named in the request does not exist in this pool. */
export class ResourceNotFoundError extends IdentityError {
  readonly statusCode = 404;
  readonly apiCode = 2404;
  constructor(
    readonly resource: string,
    readonly identifier: string,
  ) {
    super("resource.notFound", { resource, identifier });
  }
}

/** 2409: the code (or name) is already taken by another resource of this kind. */
export class ResourceExistsError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2409;
  constructor(
    readonly resource: string,
    readonly identifier: string,
  ) {
    super("resource.exists", { resource, identifier });
  }
}

/** 2413: the change would leave the user pool without an active access key, locking its administrators out. */
export class LastAccessKeyError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2413;
  constructor() {
    super("accessKey.lastActive");
  }
}

export interface BatchItemFailure {
  /** The position of the refused item in the request's list, from 0. */
  index: number;
  error: IdentityError;
}

/** 2414: some items of an all-or-nothing batch were refused; each failure names its item, and nothing was written. */
export class BatchFailedError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 2414;
  constructor(
    readonly failures: BatchItemFailure[],
    total: number,
  ) {
    super("batch.failed", { count: failures.length, total });
  }
}

/**
 * 1635: the first factor was right and a second is needed. Not a failure: `mfaToken` finishes the sign-in with
 * verifyMfa (single use, bound to this user, application and first factor) within `expiresIn` seconds.
 */
export class MfaRequiredError extends IdentityError {
  readonly statusCode = 401;
  readonly apiCode = 1635;
  constructor(
    readonly mfaToken: string,
    /** The factors the user may answer with (OTP, RECOVERY_CODE, ...); empty when one must be enrolled first. */
    readonly factors: string[],
    readonly expiresIn: number,
    readonly enrolmentRequired: boolean,
  ) {
    super(enrolmentRequired ? "mfa.enrolmentRequired" : "mfa.required");
  }
}

/** A wrong (or replayed) second-factor code; counted by the same limiter as passwords. */
export class MfaCodeIncorrectError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 1636;
  constructor() {
    super("mfa.codeIncorrect");
  }
}

/** An mfaToken that is unknown, expired, already used, or presented by another application. */
export class MfaTokenInvalidError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 1637;
  constructor() {
    super("mfa.tokenInvalid");
  }
}

const mfaFactorRefusals = {
  lastFactor: { key: "mfa.lastFactor", statusCode: 403, apiCode: 1638 },
  unavailable: { key: "mfa.factorUnavailable", statusCode: 404, apiCode: 1639 },
  enrolled: { key: "mfa.alreadyEnrolled", statusCode: 409, apiCode: 1641 },
} as const;

/**
 * The factor named is not enrolled, the last one cannot go while the policy requires one, or a sign-in's
 * enrolment is asked for by a user who already has a factor to answer with.
 */
export class MfaFactorError extends IdentityError {
  readonly statusCode: number;
  readonly apiCode: number;
  constructor(readonly reason: keyof typeof mfaFactorRefusals) {
    super(mfaFactorRefusals[reason].key);
    this.statusCode = mfaFactorRefusals[reason].statusCode;
    this.apiCode = mfaFactorRefusals[reason].apiCode;
  }
}
