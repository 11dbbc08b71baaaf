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

export type PasswordPolicyReason = "TOO_SHORT" | "TOO_LONG" | "BLOCKLISTED" | "CONTAINS_ACCOUNT" | "REQUIRED";

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
  constructor(readonly reason: "missing" | "invalid" | "expired" | "revoked") {
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
