// Every IdentityError subclass becomes a union member implementing `Error`, GenAuth's envelope as a type:
// statusCode, apiCode, a localised message and the request id.
import {
  MfaCodeIncorrectError,
  MfaFactorError,
  MfaRequiredError,
  MfaTokenInvalidError,
  AccountLockedError,
  AlreadyBoundError,
  DeliveryFailedError,
  DeliveryNotConfiguredError,
  EmailNotVerifiedError,
  ReauthenticationRequiredError,
  ForbiddenError,
  InvalidGrantError,
  InvalidClientError,
  LastAccessKeyError,
  BatchFailedError,
  type BatchItemFailure,
  PasswordDecryptionError,
  ResourceExistsError,
  ResourceNotFoundError,
  CaptchaIncorrectError,
  CaptchaRequiredError,
  RegistrationTooFrequentError,
  LastSignInMethodError,
  OldPasswordIncorrectError,
  PasscodeAttemptsExceededError,
  PasscodeExpiredError,
  PasscodeIncorrectError,
  PasscodeSendLimitError,
  UserNotFoundError,
  VerificationTicketError,
  type IdentityError,
  InvalidCredentialsError,
  InvalidInputError,
  NotAuthenticatedError,
  PasswordPolicyError,
  RegistrationDisabledError,
  UnknownApplicationError,
  UserExistsError,
} from "../../identity/errors.ts";
import { PasskeyRefusedError } from "../../identity/mfa/webauthn.ts";
import { messageOf } from "../../http/errors.ts";
import { builder } from "../builder.ts";

export const ErrorInterface = builder.interfaceRef<IdentityError>("Error").implement({
  description: "Fields every error member carries, as in GenAuth's response envelope.",
  fields: (t) => ({
    statusCode: t.exposeInt("statusCode", { description: "HTTP-style status: 400 bad input, 401, 403, 404." }),
    apiCode: t.exposeInt("apiCode", { nullable: true, description: "GenAuth's business code (2026, 2034, ...)." }),
    message: t.string({
      description: "Human-readable, in the language of x-authing-lang / Accept-Language.",
      resolve: (error, _args, context) => messageOf(error, context.language),
    }),
    requestId: t.string({ resolve: (_error, _args, context) => context.requestId }),
  }),
});

const PasswordPolicyReason = builder.enumType("PasswordPolicyReason", {
  values: ["REQUIRED", "TOO_SHORT", "TOO_LONG", "BLOCKLISTED", "CONTAINS_ACCOUNT", "INVISIBLE", "REPETITIVE"] as const,
});

const NotAuthenticatedReason = builder.enumType("NotAuthenticatedReason", {
  values: [
    "missing",
    "invalid",
    "expired",
    "revoked",
    "signatureInvalid",
    "signatureStale",
    "signatureReplayed",
    "signingUnavailable",
  ] as const,
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  description: "An argument is missing or malformed; `field` names it.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field") }),
});

builder.objectType(PasswordPolicyError, {
  name: "PasswordPolicyError",
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.expose("reason", { type: PasswordPolicyReason }) }),
});

builder.objectType(UserExistsError, {
  name: "UserExistsError",
  description: "apiCode 2034 for a taken username, 2026 for a taken email, phone or external id.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field") }),
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  description: "The account or password is wrong (2333), or with distinct codes enabled 2004 / 2006 / 2120008.",
  interfaces: [ErrorInterface],
});

builder.objectType(AccountLockedError, {
  name: "AccountLockedError",
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});

builder.objectType(RegistrationDisabledError, { name: "RegistrationDisabledError", interfaces: [ErrorInterface] });

export const MfaAnswerKindEnum = builder.enumType("MfaAnswerKind", {
  values: {
    OTP: { description: "A code of the authenticator app (TOTP) the user enrolled." },
    RECOVERY_CODE: { description: "One of the user's single-use recovery codes." },
    SMS: { description: "A code sent by text message to the user's SMS factor (sendMfaCode first)." },
    EMAIL: { description: "A code emailed to the user's EMAIL factor (sendMfaCode first)." },
    WEBAUTHN: {
      description:
        "A passkey: the code is navigator.credentials.get()'s answer as JSON, to mfaPasskeyOptions' challenge.",
    },
  } as const,
});

builder.objectType(MfaRequiredError, {
  name: "MfaRequired",
  description:
    "1635: the first factor was right and a second is needed: finish with verifyMfa(mfaToken, ...). With " +
    "enrollmentRequired, the user has no factor yet: startMfaEnrollment(mfaToken), then verifyMfa with its first code.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    mfaToken: t.exposeString("mfaToken"),
    factors: t.field({
      type: [MfaAnswerKindEnum],
      resolve: (error) => error.factors as ("OTP" | "RECOVERY_CODE" | "SMS" | "EMAIL" | "WEBAUTHN")[],
    }),
    expiresIn: t.exposeInt("expiresIn"),
    enrollmentRequired: t.exposeBoolean("enrolmentRequired"),
  }),
});
builder.objectType(MfaCodeIncorrectError, { name: "MfaCodeIncorrectError", interfaces: [ErrorInterface] });
builder.objectType(PasskeyRefusedError, {
  name: "PasskeyRefusedError",
  description: "1640: the passkey's answer was not made for this gateway, this challenge or this user.",
  interfaces: [ErrorInterface],
});
builder.objectType(MfaTokenInvalidError, { name: "MfaTokenInvalidError", interfaces: [ErrorInterface] });
builder.objectType(MfaFactorError, {
  name: "MfaFactorError",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.field({
      type: builder.enumType("MfaFactorErrorReason", { values: ["unavailable", "lastFactor", "enrolled"] as const }),
      resolve: (error) => error.reason,
    }),
  }),
});

builder.objectType(UnknownApplicationError, { name: "UnknownApplicationError", interfaces: [ErrorInterface] });

builder.objectType(NotAuthenticatedError, {
  name: "NotAuthenticatedError",
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.expose("reason", { type: NotAuthenticatedReason }) }),
});

builder.objectType(PasscodeExpiredError, {
  name: "PasscodeExpiredError",
  description: "2300",
  interfaces: [ErrorInterface],
});
builder.objectType(PasscodeIncorrectError, {
  name: "PasscodeIncorrectError",
  description: "2301",
  interfaces: [ErrorInterface],
});
builder.objectType(PasscodeAttemptsExceededError, {
  name: "PasscodeAttemptsExceededError",
  description: "2302: too many wrong guesses on this code or for this recipient this hour.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});
builder.objectType(PasscodeSendLimitError, {
  name: "PasscodeSendLimitError",
  description: "2303: sent too recently, or too many this hour.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});
builder.objectType(DeliveryFailedError, {
  name: "DeliveryFailedError",
  description: "2021: the carrier refused or did not answer; no usable code was left behind.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ transport: t.exposeString("transport") }),
});
builder.objectType(ReauthenticationRequiredError, {
  name: "ReauthenticationRequiredError",
  description:
    "2213: binding an address or setting a first password needs a sign-in within maxAgeSeconds: sign in again.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ maxAgeSeconds: t.exposeInt("maxAgeSeconds") }),
});
builder.objectType(EmailNotVerifiedError, {
  name: "EmailNotVerifiedError",
  description:
    "2040: the pool signs in by email and password only once the email is proven; sign in by email passcode first.",
  interfaces: [ErrorInterface],
});
builder.objectType(DeliveryNotConfiguredError, {
  name: "DeliveryNotConfiguredError",
  description:
    "2022: the gateway has no carrier for this transport (production never writes live codes to a log or table).",
  interfaces: [ErrorInterface],
});
builder.objectType(VerificationTicketError, {
  name: "VerificationTicketError",
  description: "2311",
  interfaces: [ErrorInterface],
});
builder.objectType(LastSignInMethodError, {
  name: "LastSignInMethodError",
  description: "2310",
  interfaces: [ErrorInterface],
});
builder.objectType(OldPasswordIncorrectError, {
  name: "OldPasswordIncorrectError",
  description: "2203",
  interfaces: [ErrorInterface],
});
builder.objectType(AlreadyBoundError, {
  name: "AlreadyBoundError",
  description: "2035: the account already has this kind of identifier; use the update flow.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field") }),
});
builder.objectType(ForbiddenError, { name: "ForbiddenError", description: "1001", interfaces: [ErrorInterface] });
builder.objectType(InvalidGrantError, {
  name: "InvalidGrantError",
  description: "2206: the refresh token is unknown, spent, revoked or expired; a reused token also ends its session.",
  interfaces: [ErrorInterface],
});
builder.objectType(InvalidClientError, {
  name: "InvalidClientError",
  description: "2330: the application's secret (x-authing-app-secret or HTTP Basic) is missing or wrong.",
  interfaces: [ErrorInterface],
});
builder.objectType(CaptchaRequiredError, {
  name: "CaptchaRequiredError",
  description: "2000: answer a captcha from getCaptchaCode in the sign-in options.",
  interfaces: [ErrorInterface],
});
builder.objectType(CaptchaIncorrectError, {
  name: "CaptchaIncorrectError",
  description: "2001",
  interfaces: [ErrorInterface],
});
builder.objectType(RegistrationTooFrequentError, {
  name: "RegistrationTooFrequentError",
  description: "2100: too many registrations from this IP this hour.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});
builder.objectType(PasswordDecryptionError, {
  name: "PasswordDecryptionError",
  description: "2016: an rsa/sm2-encrypted password could not be decrypted with the pool's key (see getSystemInfo).",
  interfaces: [ErrorInterface],
});
builder.objectType(ResourceNotFoundError, {
  name: "ResourceNotFoundError",
  description: "2404: the named role, department, group, namespace or application is not in this pool.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ resource: t.exposeString("resource"), identifier: t.exposeString("identifier") }),
});
builder.objectType(ResourceExistsError, {
  name: "ResourceExistsError",
  description: "2409: the code is taken by another resource of this kind.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ resource: t.exposeString("resource"), identifier: t.exposeString("identifier") }),
});
builder.objectType(LastAccessKeyError, {
  name: "LastAccessKeyError",
  description: "2413: the pool would be left without an active access key.",
  interfaces: [ErrorInterface],
});
// Flat rather than a nested Error member: graphql-js treats an Error instance returned by a resolver as thrown.
const BatchItemFailureType = builder.objectRef<BatchItemFailure>("BatchItemFailure").implement({
  description: "One refused item of a batch: the error it would have got alone.",
  fields: (t) => ({
    index: t.exposeInt("index", { description: "The refused item's position in the request's list, from 0." }),
    errorType: t.string({
      description: "The error member it would have got alone: UserExistsError, InvalidInputError, ...",
      resolve: (failure) => failure.error.name,
    }),
    statusCode: t.int({ resolve: (failure) => failure.error.statusCode }),
    apiCode: t.int({ resolve: (failure) => failure.error.apiCode }),
    message: t.string({ resolve: (failure, _args, context) => messageOf(failure.error, context.language) }),
    field: t.string({
      nullable: true,
      description:
        "The input field at fault (InvalidInputError, UserExistsError) or the password rule (PasswordPolicyError).",
      resolve: (failure) => {
        const error = failure.error as { field?: unknown; reason?: unknown };
        return typeof error.field === "string" ? error.field : typeof error.reason === "string" ? error.reason : null;
      },
    }),
  }),
});
builder.objectType(BatchFailedError, {
  name: "BatchFailedError",
  description: "2414: items of an all-or-nothing batch were refused (each named in failures); nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ failures: t.field({ type: [BatchItemFailureType], resolve: (error) => error.failures }) }),
});
builder.objectType(UserNotFoundError, { name: "UserNotFoundError", description: "2004", interfaces: [ErrorInterface] });

export const passcodeErrors = [PasscodeExpiredError, PasscodeIncorrectError, PasscodeAttemptsExceededError];

export const sendPasscodeErrors = [
  InvalidInputError,
  PasscodeSendLimitError,
  CaptchaRequiredError,
  CaptchaIncorrectError,
  DeliveryFailedError,
  DeliveryNotConfiguredError,
  UnknownApplicationError,
];

/** Errors of a signed-in user's account mutations. */
export const accountErrors = [
  NotAuthenticatedError,
  InvalidInputError,
  ...passcodeErrors,
  UserExistsError,
  AlreadyBoundError,
  LastSignInMethodError,
  VerificationTicketError,
  PasswordPolicyError,
  OldPasswordIncorrectError,
  ReauthenticationRequiredError,
  AccountLockedError,
  CaptchaRequiredError,
  CaptchaIncorrectError,
  UserNotFoundError,
  PasswordDecryptionError,
];

export const signUpErrors = [
  InvalidInputError,
  PasswordPolicyError,
  UserExistsError,
  RegistrationDisabledError,
  RegistrationTooFrequentError,
  InvalidClientError,
  PasswordDecryptionError,
  UnknownApplicationError,
];

export const passcodeSignUpErrors = [...signUpErrors, ...passcodeErrors];

export const signInErrors = [
  MfaRequiredError,
  InvalidInputError,
  InvalidCredentialsError,
  EmailNotVerifiedError,
  AccountLockedError,
  CaptchaRequiredError,
  CaptchaIncorrectError,
  PasswordPolicyError,
  UserExistsError,
  RegistrationDisabledError,
  RegistrationTooFrequentError,
  InvalidClientError,
  PasswordDecryptionError,
  UnknownApplicationError,
];

export const passcodeSignInErrors = [...signInErrors, ...passcodeErrors];

/** Errors of a sign-in's second step. */
export const verifyMfaErrors = [
  ...passcodeErrors,
  MfaFactorError,
  MfaTokenInvalidError,
  MfaCodeIncorrectError,
  AccountLockedError,
  CaptchaRequiredError,
  CaptchaIncorrectError,
  InvalidInputError,
  InvalidClientError,
  UnknownApplicationError,
];

/** Errors of sending a second factor's code (at enrolment or at sign-in). */
export const mfaCodeSendErrors = [
  ...sendPasscodeErrors,
  MfaTokenInvalidError,
  MfaFactorError,
  NotAuthenticatedError,
  ReauthenticationRequiredError,
  ResourceExistsError,
];

/** Errors of a passwordless sign-in by passkey. */
export const passkeySignInErrors = [
  PasskeyRefusedError,
  InvalidInputError,
  InvalidClientError,
  UnknownApplicationError,
];

/** Errors of a signed-in user's factor changes. */
export const mfaFactorErrors = [
  ...passcodeErrors,
  PasskeyRefusedError,
  NotAuthenticatedError,
  ReauthenticationRequiredError,
  MfaCodeIncorrectError,
  MfaFactorError,
  ResourceExistsError,
  InvalidInputError,
];
