/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CaptchaKind =
  /** Solve altchaChallenge (an ALTCHA proof of work). */
  | 'altcha'
  /** Type the characters of captchaCodeSvg. */
  | 'image';

export type CreateUserInput = {
  address?: string | null | undefined;
  birthdate?: string | null | undefined;
  browser?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  customData?: Record<string, unknown> | null | undefined;
  device?: string | null | undefined;
  email?: string | null | undefined;
  emailVerified?: boolean | null | undefined;
  externalId?: string | null | undefined;
  familyName?: string | null | undefined;
  formatted?: string | null | undefined;
  gender?: Gender | null | undefined;
  givenName?: string | null | undefined;
  locale?: string | null | undefined;
  locality?: string | null | undefined;
  middleName?: string | null | undefined;
  name?: string | null | undefined;
  nickname?: string | null | undefined;
  /** Optional: a user without one signs in by passcode. */
  password?: string | null | undefined;
  phone?: string | null | undefined;
  phoneCountryCode?: string | null | undefined;
  phoneVerified?: boolean | null | undefined;
  photo?: string | null | undefined;
  postalCode?: string | null | undefined;
  preferredUsername?: string | null | undefined;
  profile?: string | null | undefined;
  province?: string | null | undefined;
  region?: string | null | undefined;
  streetAddress?: string | null | undefined;
  username?: string | null | undefined;
  website?: string | null | undefined;
  zoneinfo?: string | null | undefined;
};

export type Gender =
  | 'F'
  | 'M'
  | 'U';

export type NotAuthenticatedReason =
  | 'expired'
  | 'invalid'
  | 'missing'
  | 'revoked'
  | 'signatureInvalid'
  | 'signatureReplayed'
  | 'signatureStale'
  | 'signingUnavailable';

export type PasscodeChannel =
  | 'CHANNEL_BIND_EMAIL'
  | 'CHANNEL_BIND_PHONE'
  | 'CHANNEL_DELETE_ACCOUNT'
  | 'CHANNEL_LOGIN'
  | 'CHANNEL_REGISTER'
  | 'CHANNEL_RESET_PASSWORD'
  | 'CHANNEL_UNBIND_EMAIL'
  | 'CHANNEL_UNBIND_PHONE'
  | 'CHANNEL_UPDATE_EMAIL'
  | 'CHANNEL_UPDATE_PHONE'
  | 'CHANNEL_VERIFY_MFA';

export type PasswordEncryptType =
  | 'none'
  | 'rsa'
  | 'sm2';

export type PasswordPolicyReason =
  | 'BLOCKLISTED'
  | 'CONTAINS_ACCOUNT'
  | 'INVISIBLE'
  | 'REPETITIVE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_SHORT';

export type ResetPasswordVerifyMethod =
  | 'EMAIL_PASSCODE'
  | 'PHONE_PASSCODE';

export type SignInOptionsInput = {
  /** Create the account when it does not exist. */
  autoRegister?: boolean | null | undefined;
  /** The answer to the captcha of captchaToken (after apiCode 2000). */
  captchaCode?: string | null | undefined;
  /** From getCaptchaCode. */
  captchaToken?: string | null | undefined;
  /** The end user's IP when your backend calls for them; needs x-authing-app-secret. */
  clientIp?: string | null | undefined;
  /** Passed to hooks. */
  context?: Record<string, unknown> | null | undefined;
  /** Custom data of an auto-registered user. */
  customData?: Record<string, unknown> | null | undefined;
  passwordEncryptType?: PasswordEncryptType | null | undefined;
  /** Space-separated; must include openid. Default "openid profile". */
  scope?: string | null | undefined;
};

export type SignUpConnection =
  | 'PASSCODE'
  | 'PASSWORD';

export type SignUpOptionsInput = {
  /** The end user's IP when your backend calls for them; needs x-authing-app-secret. */
  clientIp?: string | null | undefined;
  context?: Record<string, unknown> | null | undefined;
  passwordEncryptType?: PasswordEncryptType | null | undefined;
};

export type SignUpPassCodePayload = {
  email?: string | null | undefined;
  passCode: string;
  phone?: string | null | undefined;
  phoneCountryCode?: string | null | undefined;
};

export type SignUpPasswordPayload = {
  email?: string | null | undefined;
  password: string;
  username?: string | null | undefined;
};

export type SignUpProfileInput = {
  address?: string | null | undefined;
  /** YYYY-MM-DD */
  birthdate?: string | null | undefined;
  browser?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  customData?: Record<string, unknown> | null | undefined;
  device?: string | null | undefined;
  email?: string | null | undefined;
  familyName?: string | null | undefined;
  formatted?: string | null | undefined;
  gender?: Gender | null | undefined;
  givenName?: string | null | undefined;
  locale?: string | null | undefined;
  locality?: string | null | undefined;
  middleName?: string | null | undefined;
  name?: string | null | undefined;
  nickname?: string | null | undefined;
  phone?: string | null | undefined;
  /** Defaults to the user pool's, e.g. +86. */
  phoneCountryCode?: string | null | undefined;
  photo?: string | null | undefined;
  postalCode?: string | null | undefined;
  preferredUsername?: string | null | undefined;
  profile?: string | null | undefined;
  province?: string | null | undefined;
  region?: string | null | undefined;
  streetAddress?: string | null | undefined;
  website?: string | null | undefined;
  zoneinfo?: string | null | undefined;
};

export type SortDirection =
  | 'asc'
  | 'desc';

export type TokenTypeHint =
  | 'access_token'
  | 'refresh_token';

/** Every editable UserDto field; email, phone and password have their own verified flows. */
export type UpdateProfileInput = {
  address?: string | null | undefined;
  /** YYYY-MM-DD */
  birthdate?: string | null | undefined;
  browser?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  device?: string | null | undefined;
  familyName?: string | null | undefined;
  formatted?: string | null | undefined;
  gender?: Gender | null | undefined;
  givenName?: string | null | undefined;
  locale?: string | null | undefined;
  locality?: string | null | undefined;
  middleName?: string | null | undefined;
  name?: string | null | undefined;
  nickname?: string | null | undefined;
  photo?: string | null | undefined;
  postalCode?: string | null | undefined;
  preferredUsername?: string | null | undefined;
  profile?: string | null | undefined;
  province?: string | null | undefined;
  region?: string | null | undefined;
  streetAddress?: string | null | undefined;
  username?: string | null | undefined;
  website?: string | null | undefined;
  zoneinfo?: string | null | undefined;
};

export type UserFilter = {
  createdAfter?: string | null | undefined;
  createdBefore?: string | null | undefined;
  departmentId?: string | null | undefined;
  groupId?: string | null | undefined;
  /** Matches username, email, phone, name, nickname or externalId (case-insensitive). */
  keyword?: string | null | undefined;
  lastLoginAfter?: string | null | undefined;
  lastLoginBefore?: string | null | undefined;
  roleId?: string | null | undefined;
  status?: UserStatus | null | undefined;
};

export type UserIdType =
  | 'email'
  | 'external_id'
  | 'phone'
  | 'user_id'
  | 'username';

export type UserSortField =
  | 'createdAt'
  | 'lastLogin'
  | 'username';

export type UserSourceType =
  | 'adminCreated'
  | 'excel'
  | 'register'
  | 'syncTask';

export type UserStatus =
  | 'Activated'
  | 'Archived'
  | 'Deactivated'
  | 'Resigned'
  | 'Suspended';

export type VerifyMethod =
  | 'EMAIL_PASSCODE'
  | 'PASSWORD'
  | 'PHONE_PASSCODE';

export type BindEmailMutationVariables = Exact<{
  email: string;
  passCode: string;
}>;


export type BindEmailMutation = { bindEmail:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', email: string | null, emailVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UnbindEmailMutationVariables = Exact<{
  passCode: string;
}>;


export type UnbindEmailMutation = { unbindEmail:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', email: string | null, emailVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type BindPhoneMutationVariables = Exact<{
  phoneNumber: string;
  phoneCountryCode?: string | null | undefined;
  passCode: string;
}>;


export type BindPhoneMutation = { bindPhone:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UnbindPhoneMutationVariables = Exact<{
  passCode: string;
}>;


export type UnbindPhoneMutation = { unbindPhone:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', phone: string | null, phoneVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type VerifyUpdateEmailRequestMutationVariables = Exact<{
  newEmail: string;
  newEmailPassCode: string;
  oldEmailPassCode?: string | null | undefined;
}>;


export type VerifyUpdateEmailRequestMutation = { verifyUpdateEmailRequest:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UpdateEmailTicket', updateEmailToken: string, tokenExpiresIn: number }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UpdateEmailMutationVariables = Exact<{
  updateEmailToken: string;
}>;


export type UpdateEmailMutation = { updateEmail:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', email: string | null, emailVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type VerifyUpdatePhoneRequestMutationVariables = Exact<{
  newPhoneNumber: string;
  newPhonePassCode: string;
}>;


export type VerifyUpdatePhoneRequestMutation = { verifyUpdatePhoneRequest:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UpdatePhoneTicket', updatePhoneToken: string, tokenExpiresIn: number }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UpdatePhoneMutationVariables = Exact<{
  updatePhoneToken: string;
}>;


export type UpdatePhoneMutation = { updatePhone:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', phone: string | null, phoneVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UpdatePasswordMutationVariables = Exact<{
  newPassword: string;
  oldPassword?: string | null | undefined;
}>;


export type UpdatePasswordMutation = { updatePassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', reason: PasswordPolicyReason, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UpdateProfileMutationVariables = Exact<{
  profile: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', username: string | null, nickname: string | null, birthdate: string | null, gender: Gender, website: string | null, email: string | null }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type VerifyResetPasswordRequestMutationVariables = Exact<{
  verifyMethod: ResetPasswordVerifyMethod;
  email?: string | null | undefined;
  phoneNumber?: string | null | undefined;
  passCode: string;
}>;


export type VerifyResetPasswordRequestMutation = { verifyResetPasswordRequest:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordResetTicket', passwordResetToken: string, tokenExpiresIn: number }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type ResetPasswordMutationVariables = Exact<{
  password: string;
  passwordResetToken: string;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', reason: PasswordPolicyReason, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type VerifyDeleteAccountRequestMutationVariables = Exact<{
  verifyMethod: VerifyMethod;
  passCode?: string | null | undefined;
  password?: string | null | undefined;
}>;


export type VerifyDeleteAccountRequestMutation = { verifyDeleteAccountRequest:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeleteAccountTicket', deleteAccountToken: string, tokenExpiresIn: number }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type DeleteAccountMutationVariables = Exact<{
  deleteAccountToken: string;
}>;


export type DeleteAccountMutation = { deleteAccount:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SendEmailWithCaptchaMutationVariables = Exact<{
  channel: PasscodeChannel;
  email: string;
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
}>;


export type SendEmailWithCaptchaMutation = { sendEmail:
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeliveryFailedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeliveryNotConfiguredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeSendLimitError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeSent' }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type UpdatePasswordWithCaptchaMutationVariables = Exact<{
  newPassword: string;
  oldPassword?: string | null | undefined;
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
}>;


export type UpdatePasswordWithCaptchaMutation = { updatePassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'Success' }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type GetCaptchaChallengeMutationVariables = Exact<{ [key: string]: never; }>;


export type GetCaptchaChallengeMutation = { getCaptchaCode:
    | { __typename: 'Captcha', kind: CaptchaKind, captchaToken: string, altchaChallenge: Record<string, unknown> | null }
    | { __typename: 'UnknownApplicationError' }
   };

type ErrorFields_AccountLockedError_Fragment = { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_AlreadyBoundError_Fragment = { __typename: 'AlreadyBoundError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_BatchFailedError_Fragment = { __typename: 'BatchFailedError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_CaptchaIncorrectError_Fragment = { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_CaptchaRequiredError_Fragment = { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_DeliveryFailedError_Fragment = { __typename: 'DeliveryFailedError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_DeliveryNotConfiguredError_Fragment = { __typename: 'DeliveryNotConfiguredError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_EmailNotVerifiedError_Fragment = { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_InvalidClientError_Fragment = { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_InvalidGrantError_Fragment = { __typename: 'InvalidGrantError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_LastAccessKeyError_Fragment = { __typename: 'LastAccessKeyError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_LastSignInMethodError_Fragment = { __typename: 'LastSignInMethodError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_MfaCodeIncorrectError_Fragment = { __typename: 'MfaCodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_MfaFactorError_Fragment = { __typename: 'MfaFactorError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_MfaRequired_Fragment = { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_MfaTokenInvalidError_Fragment = { __typename: 'MfaTokenInvalidError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_NotAuthenticatedError_Fragment = { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_OldPasswordIncorrectError_Fragment = { __typename: 'OldPasswordIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasscodeAttemptsExceededError_Fragment = { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasscodeExpiredError_Fragment = { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasscodeIncorrectError_Fragment = { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasscodeSendLimitError_Fragment = { __typename: 'PasscodeSendLimitError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasskeyRefusedError_Fragment = { __typename: 'PasskeyRefusedError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasswordDecryptionError_Fragment = { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_PasswordPolicyError_Fragment = { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_ReauthenticationRequiredError_Fragment = { __typename: 'ReauthenticationRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_RegistrationDisabledError_Fragment = { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_RegistrationTooFrequentError_Fragment = { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_ResourceExistsError_Fragment = { __typename: 'ResourceExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_ResourceNotFoundError_Fragment = { __typename: 'ResourceNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_UnknownApplicationError_Fragment = { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_UserExistsError_Fragment = { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_UserNotFoundError_Fragment = { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string };

type ErrorFields_VerificationTicketError_Fragment = { __typename: 'VerificationTicketError', statusCode: number, apiCode: number | null, message: string, requestId: string };

export type ErrorFieldsFragment =
  | ErrorFields_AccountLockedError_Fragment
  | ErrorFields_AlreadyBoundError_Fragment
  | ErrorFields_BatchFailedError_Fragment
  | ErrorFields_CaptchaIncorrectError_Fragment
  | ErrorFields_CaptchaRequiredError_Fragment
  | ErrorFields_DeliveryFailedError_Fragment
  | ErrorFields_DeliveryNotConfiguredError_Fragment
  | ErrorFields_EmailNotVerifiedError_Fragment
  | ErrorFields_ForbiddenError_Fragment
  | ErrorFields_InvalidClientError_Fragment
  | ErrorFields_InvalidCredentialsError_Fragment
  | ErrorFields_InvalidGrantError_Fragment
  | ErrorFields_InvalidInputError_Fragment
  | ErrorFields_LastAccessKeyError_Fragment
  | ErrorFields_LastSignInMethodError_Fragment
  | ErrorFields_MfaCodeIncorrectError_Fragment
  | ErrorFields_MfaFactorError_Fragment
  | ErrorFields_MfaRequired_Fragment
  | ErrorFields_MfaTokenInvalidError_Fragment
  | ErrorFields_NotAuthenticatedError_Fragment
  | ErrorFields_OldPasswordIncorrectError_Fragment
  | ErrorFields_PasscodeAttemptsExceededError_Fragment
  | ErrorFields_PasscodeExpiredError_Fragment
  | ErrorFields_PasscodeIncorrectError_Fragment
  | ErrorFields_PasscodeSendLimitError_Fragment
  | ErrorFields_PasskeyRefusedError_Fragment
  | ErrorFields_PasswordDecryptionError_Fragment
  | ErrorFields_PasswordPolicyError_Fragment
  | ErrorFields_ReauthenticationRequiredError_Fragment
  | ErrorFields_RegistrationDisabledError_Fragment
  | ErrorFields_RegistrationTooFrequentError_Fragment
  | ErrorFields_ResourceExistsError_Fragment
  | ErrorFields_ResourceNotFoundError_Fragment
  | ErrorFields_UnknownApplicationError_Fragment
  | ErrorFields_UserExistsError_Fragment
  | ErrorFields_UserNotFoundError_Fragment
  | ErrorFields_VerificationTicketError_Fragment
;

export type SignUpByUsernamePasswordMutationVariables = Exact<{
  username: string;
  password: string;
  profile?: SignUpProfileInput | null | undefined;
  options?: SignUpOptionsInput | null | undefined;
}>;


export type SignUpByUsernamePasswordMutation = { signUpByUsernamePassword:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', reason: PasswordPolicyReason, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, username: string | null, email: string | null, phone: string | null, phoneCountryCode: string | null, nickname: string | null, gender: Gender, birthdate: string | null, status: UserStatus, userSourceType: UserSourceType, userSourceId: string | null, loginsCount: number, customData: Record<string, unknown>, identities: Array<{ provider: string, type: string, userIdInIdp: string }> }
    | { __typename: 'UserExistsError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignUpByEmailPasswordMutationVariables = Exact<{
  email: string;
  password: string;
  profile?: SignUpProfileInput | null | undefined;
}>;


export type SignUpByEmailPasswordMutation = { signUpByEmailPassword:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, email: string | null, emailVerified: boolean, username: string | null }
    | { __typename: 'UserExistsError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInByAccountPasswordMutationVariables = Exact<{
  account: string;
  password: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type SignInByAccountPasswordMutation = { signInByAccountPassword:
    | { __typename: 'AccountLockedError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess', tokenSet: { scope: string, access_token: string, id_token: string, refresh_token: string | null, token_type: string, expire_in: number }, user: { userId: string, username: string | null, loginsCount: number, lastLogin: string | null, lastIp: string | null } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInByUsernamePasswordMutationVariables = Exact<{
  username: string;
  password: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type SignInByUsernamePasswordMutation = { signInByUsernamePassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string }, user: { userId: string } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInByEmailPasswordMutationVariables = Exact<{
  email: string;
  password: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type SignInByEmailPasswordMutation = { signInByEmailPassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string }, user: { userId: string } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInByPhonePasswordMutationVariables = Exact<{
  phone: string;
  phoneCountryCode?: string | null | undefined;
  password: string;
}>;


export type SignInByPhonePasswordMutation = { signInByPhonePassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string }, user: { userId: string } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { __typename: 'NotAuthenticatedError', reason: NotAuthenticatedReason, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, username: string | null, email: string | null, loginsCount: number, lastLogin: string | null, departmentIds: Array<string>, customData: Record<string, unknown>, identities: Array<{ provider: string, type: string }> }
   };

export type UserColumnsFragment = { userId: string, username: string | null, email: string | null, phone: string | null, emailVerified: boolean, phoneVerified: boolean, loginsCount: number, lastLogin: string | null, lastIp: string | null, createdAt: string, updatedAt: string, status: UserStatus, statusChangedAt: string | null, gender: Gender, userSourceType: UserSourceType, passwordSecurityLevel: number | null, resetPasswordOnNextLogin: boolean, passwordLastSetAt: string | null };

export type MeColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeColumnsQuery = { me:
    | { __typename: 'NotAuthenticatedError', reason: NotAuthenticatedReason }
    | { __typename: 'User', userId: string, username: string | null, email: string | null, phone: string | null, emailVerified: boolean, phoneVerified: boolean, loginsCount: number, lastLogin: string | null, lastIp: string | null, createdAt: string, updatedAt: string, status: UserStatus, statusChangedAt: string | null, gender: Gender, userSourceType: UserSourceType, passwordSecurityLevel: number | null, resetPasswordOnNextLogin: boolean, passwordLastSetAt: string | null }
   };

export type MeColumnsWithIdentitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeColumnsWithIdentitiesQuery = { me:
    | { __typename: 'NotAuthenticatedError' }
    | { __typename: 'User', userId: string, username: string | null, email: string | null, phone: string | null, emailVerified: boolean, phoneVerified: boolean, loginsCount: number, lastLogin: string | null, lastIp: string | null, createdAt: string, updatedAt: string, status: UserStatus, statusChangedAt: string | null, gender: Gender, userSourceType: UserSourceType, passwordSecurityLevel: number | null, resetPasswordOnNextLogin: boolean, passwordLastSetAt: string | null, identities: Array<{ type: string }> }
   };

export type GetManagementTokenMutationVariables = Exact<{
  accessKeyId: string;
  accessKeySecret: string;
}>;


export type GetManagementTokenMutation = { getManagementToken:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'ManagementToken', access_token: string, expires_in: number }
   };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  sortBy?: UserSortField | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type UsersQuery = { users:
    | { __typename: 'ForbiddenError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'QueryUsersConnection', totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { userId: string, username: string | null } }> }
   };

export type UsersWithRelationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type UsersWithRelationsQuery = { users:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'NotAuthenticatedError' }
    | { __typename: 'QueryUsersConnection', edges: Array<{ node: { userId: string, roles: Array<{ code: string, namespace: string }>, departments: Array<{ name: string }>, identities: Array<{ provider: string }>, groups: Array<{ code: string }> } }> }
   };

export type ListUsersWithRelationsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ListUsersWithRelationsQuery = { listUsers:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'NotAuthenticatedError' }
    | { __typename: 'UserPage', list: Array<{ userId: string, roles: Array<{ code: string, namespace: string }>, departments: Array<{ name: string }>, identities: Array<{ provider: string }>, groups: Array<{ code: string }> }> }
   };

export type UserByIdQueryVariables = Exact<{
  userId: string;
  userIdType?: UserIdType | null | undefined;
}>;


export type UserByIdQuery = { user:
    | { __typename: 'ForbiddenError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, username: string | null }
    | { __typename: 'UserNotFoundError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type CreateUsersBatchMutationVariables = Exact<{
  users: Array<CreateUserInput> | CreateUserInput;
}>;


export type CreateUsersBatchMutation = { createUsersBatch:
    | { __typename: 'BatchFailedError', statusCode: number, apiCode: number | null, message: string, requestId: string, failures: Array<{ index: number, errorType: string, statusCode: number, apiCode: number, message: string, field: string | null }> }
    | { __typename: 'CreateUsersBatchSuccess', data: Array<{ userId: string, username: string | null, email: string | null, phone: string | null, customData: Record<string, unknown> }> }
    | { __typename: 'ForbiddenError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type ListUsersQueryVariables = Exact<{
  page?: number | null | undefined;
  limit?: number | null | undefined;
  filter?: UserFilter | null | undefined;
  sortBy?: UserSortField | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type ListUsersQuery = { listUsers:
    | { __typename: 'ForbiddenError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserPage', totalCount: number, page: number, limit: number, list: Array<{ username: string | null }> }
   };

export type DepartmentsWithMembersQueryVariables = Exact<{
  keyword: string;
}>;


export type DepartmentsWithMembersQuery = { searchDepartments:
    | { __typename: 'DepartmentSearch', departments: Array<{ code: string, memberCount: number, members: Array<{ username: string | null, roles: Array<{ code: string }> }>, roles: Array<{ code: string }>, children: Array<{ code: string }>, parentDepartment: { code: string } | null }> }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'NotAuthenticatedError' }
    | { __typename: 'ResourceExistsError' }
    | { __typename: 'ResourceNotFoundError' }
   };

export type GroupsWithMembersQueryVariables = Exact<{
  first?: number | null | undefined;
  keyword?: string | null | undefined;
}>;


export type GroupsWithMembersQuery = { groups:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'NotAuthenticatedError' }
    | { __typename: 'QueryGroupsConnection', edges: Array<{ node: { code: string, memberCount: number, members: Array<{ username: string | null, identities: Array<{ provider: string }> }> } }> }
    | { __typename: 'ResourceExistsError' }
    | { __typename: 'ResourceNotFoundError' }
   };

export type SendEmailMutationVariables = Exact<{
  channel: PasscodeChannel;
  email: string;
}>;


export type SendEmailMutation = { sendEmail:
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeliveryFailedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeliveryNotConfiguredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeSendLimitError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeSent', expiresIn: number }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SendSmsMutationVariables = Exact<{
  channel: PasscodeChannel;
  phoneNumber: string;
  phoneCountryCode?: string | null | undefined;
}>;


export type SendSmsMutation = { sendSms:
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeliveryFailedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'DeliveryNotConfiguredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeSendLimitError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeSent', expiresIn: number }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignUpByEmailPasscodeMutationVariables = Exact<{
  email: string;
  passCode: string;
  profile?: SignUpProfileInput | null | undefined;
}>;


export type SignUpByEmailPasscodeMutation = { signUpByEmailPasscode:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, email: string | null, emailVerified: boolean, nickname: string | null }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignUpByPhonePasscodeMutationVariables = Exact<{
  phone: string;
  phoneCountryCode?: string | null | undefined;
  passCode: string;
}>;


export type SignUpByPhonePasscodeMutation = { signUpByPhonePasscode:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type GenericSignUpMutationVariables = Exact<{
  connection: SignUpConnection;
  passwordPayload?: SignUpPasswordPayload | null | undefined;
  passCodePayload?: SignUpPassCodePayload | null | undefined;
}>;


export type GenericSignUpMutation = { signUp:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', field: string, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string, username: string | null, email: string | null, emailVerified: boolean }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInByEmailPasscodeMutationVariables = Exact<{
  email: string;
  passCode: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type SignInByEmailPasscodeMutation = { signInByEmailPasscode:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string }, user: { userId: string, email: string | null, emailVerified: boolean } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInByPhonePasscodeMutationVariables = Exact<{
  phone: string;
  phoneCountryCode?: string | null | undefined;
  passCode: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type SignInByPhonePasscodeMutation = { signInByPhonePasscode:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeAttemptsExceededError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeExpiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasscodeIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string }, user: { userId: string, phone: string | null, phoneVerified: boolean } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type DevOutboxQueryVariables = Exact<{
  recipient: string;
}>;


export type DevOutboxQuery = { devOutbox:
    | { __typename: 'DevOutbox', messages: Array<{ transport: string, recipient: string, channel: string | null, subject: string | null, text: string }> }
    | { __typename: 'ForbiddenError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type GetCaptchaCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type GetCaptchaCodeMutation = { getCaptchaCode:
    | { __typename: 'Captcha', captchaCodeSvg: string, captchaToken: string, expiresIn: number }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignInForPolicyMutationVariables = Exact<{
  account: string;
  password: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type SignInForPolicyMutation = { signInByAccountPassword:
    | { __typename: 'AccountLockedError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess' }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type SignUpForPolicyMutationVariables = Exact<{
  username: string;
  password: string;
  options?: SignUpOptionsInput | null | undefined;
}>;


export type SignUpForPolicyMutation = { signUpByUsernamePassword:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', retryAfterSeconds: number, statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User' }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type GetSystemInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type GetSystemInfoQuery = { getSystemInfo:
    | { __typename: 'SystemInfo', rsa: { publicKey: string, algorithm: string, encoding: string }, sm2: { publicKey: string, cipherMode: string, encoding: string } }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type EncryptedSignUpMutationVariables = Exact<{
  username: string;
  password: string;
  options?: SignUpOptionsInput | null | undefined;
}>;


export type EncryptedSignUpMutation = { signUpByUsernamePassword:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'User', userId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type EncryptedSignInMutationVariables = Exact<{
  account: string;
  password: string;
  options?: SignInOptionsInput | null | undefined;
}>;


export type EncryptedSignInMutation = { signInByAccountPassword:
    | { __typename: 'AccountLockedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaIncorrectError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'CaptchaRequiredError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'EmailNotVerifiedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidCredentialsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'MfaRequired', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordDecryptionError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'PasswordPolicyError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationDisabledError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'RegistrationTooFrequentError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'SignInSuccess' }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'UserExistsError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshTokenMutation = { refreshToken:
    | { __typename: 'InvalidGrantError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'InvalidInputError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'TokenSet', access_token: string, id_token: string, refresh_token: string | null, scope: string, expire_in: number }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type LogoutMutationVariables = Exact<{
  everywhere?: boolean | null | undefined;
}>;


export type LogoutMutation = { logout:
    | { __typename: 'NotAuthenticatedError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'Success', success: boolean }
   };

export type CheckLoginStatusQueryVariables = Exact<{
  token: string;
}>;


export type CheckLoginStatusQuery = { checkLoginStatus: { active: boolean, reason: string | null, sub: string | null, clientId: string | null, scope: string | null, iat: number | null, exp: number | null } };

export type IntrospectTokenQueryVariables = Exact<{
  token: string;
  tokenTypeHint?: TokenTypeHint | null | undefined;
}>;


export type IntrospectTokenQuery = { introspectToken:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'TokenIntrospection', active: boolean, sub: string | null, scope: string | null, exp: number | null, iat: number | null, client_id: string | null, token_type: string | null, sid: string | null }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export type RevokeTokenMutationVariables = Exact<{
  token: string;
  tokenTypeHint?: TokenTypeHint | null | undefined;
}>;


export type RevokeTokenMutation = { revokeToken:
    | { __typename: 'InvalidClientError', statusCode: number, apiCode: number | null, message: string, requestId: string }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UnknownApplicationError', statusCode: number, apiCode: number | null, message: string, requestId: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}
    `, {"fragmentName":"ErrorFields"}) as unknown as TypedDocumentString<ErrorFieldsFragment, unknown>;
export const UserColumnsFragmentDoc = new TypedDocumentString(`
    fragment UserColumns on User {
  userId
  username
  email
  phone
  emailVerified
  phoneVerified
  loginsCount
  lastLogin
  lastIp
  createdAt
  updatedAt
  status
  statusChangedAt
  gender
  userSourceType
  passwordSecurityLevel
  resetPasswordOnNextLogin
  passwordLastSetAt
}
    `, {"fragmentName":"UserColumns"}) as unknown as TypedDocumentString<UserColumnsFragment, unknown>;
export const BindEmailDocument = new TypedDocumentString(`
    mutation BindEmail($email: String!, $passCode: String!) {
  bindEmail(email: $email, passCode: $passCode) {
    __typename
    ... on User {
      email
      emailVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<BindEmailMutation, BindEmailMutationVariables>;
export const UnbindEmailDocument = new TypedDocumentString(`
    mutation UnbindEmail($passCode: String!) {
  unbindEmail(passCode: $passCode) {
    __typename
    ... on User {
      email
      emailVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UnbindEmailMutation, UnbindEmailMutationVariables>;
export const BindPhoneDocument = new TypedDocumentString(`
    mutation BindPhone($phoneNumber: String!, $phoneCountryCode: String, $passCode: String!) {
  bindPhone(
    phoneNumber: $phoneNumber
    phoneCountryCode: $phoneCountryCode
    passCode: $passCode
  ) {
    __typename
    ... on User {
      phone
      phoneCountryCode
      phoneVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<BindPhoneMutation, BindPhoneMutationVariables>;
export const UnbindPhoneDocument = new TypedDocumentString(`
    mutation UnbindPhone($passCode: String!) {
  unbindPhone(passCode: $passCode) {
    __typename
    ... on User {
      phone
      phoneVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UnbindPhoneMutation, UnbindPhoneMutationVariables>;
export const VerifyUpdateEmailRequestDocument = new TypedDocumentString(`
    mutation VerifyUpdateEmailRequest($newEmail: String!, $newEmailPassCode: String!, $oldEmailPassCode: String) {
  verifyUpdateEmailRequest(
    newEmail: $newEmail
    newEmailPassCode: $newEmailPassCode
    oldEmailPassCode: $oldEmailPassCode
  ) {
    __typename
    ... on UpdateEmailTicket {
      updateEmailToken
      tokenExpiresIn
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<VerifyUpdateEmailRequestMutation, VerifyUpdateEmailRequestMutationVariables>;
export const UpdateEmailDocument = new TypedDocumentString(`
    mutation UpdateEmail($updateEmailToken: String!) {
  updateEmail(updateEmailToken: $updateEmailToken) {
    __typename
    ... on User {
      email
      emailVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UpdateEmailMutation, UpdateEmailMutationVariables>;
export const VerifyUpdatePhoneRequestDocument = new TypedDocumentString(`
    mutation VerifyUpdatePhoneRequest($newPhoneNumber: String!, $newPhonePassCode: String!) {
  verifyUpdatePhoneRequest(
    newPhoneNumber: $newPhoneNumber
    newPhonePassCode: $newPhonePassCode
  ) {
    __typename
    ... on UpdatePhoneTicket {
      updatePhoneToken
      tokenExpiresIn
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<VerifyUpdatePhoneRequestMutation, VerifyUpdatePhoneRequestMutationVariables>;
export const UpdatePhoneDocument = new TypedDocumentString(`
    mutation UpdatePhone($updatePhoneToken: String!) {
  updatePhone(updatePhoneToken: $updatePhoneToken) {
    __typename
    ... on User {
      phone
      phoneVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UpdatePhoneMutation, UpdatePhoneMutationVariables>;
export const UpdatePasswordDocument = new TypedDocumentString(`
    mutation UpdatePassword($newPassword: String!, $oldPassword: String) {
  updatePassword(newPassword: $newPassword, oldPassword: $oldPassword) {
    __typename
    ... on Success {
      success
    }
    ...ErrorFields
    ... on PasswordPolicyError {
      reason
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UpdatePasswordMutation, UpdatePasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($profile: UpdateProfileInput!) {
  updateProfile(profile: $profile) {
    __typename
    ... on User {
      username
      nickname
      birthdate
      gender
      website
      email
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const VerifyResetPasswordRequestDocument = new TypedDocumentString(`
    mutation VerifyResetPasswordRequest($verifyMethod: ResetPasswordVerifyMethod!, $email: String, $phoneNumber: String, $passCode: String!) {
  verifyResetPasswordRequest(
    verifyMethod: $verifyMethod
    email: $email
    phoneNumber: $phoneNumber
    passCode: $passCode
  ) {
    __typename
    ... on PasswordResetTicket {
      passwordResetToken
      tokenExpiresIn
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<VerifyResetPasswordRequestMutation, VerifyResetPasswordRequestMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($password: String!, $passwordResetToken: String!) {
  resetPassword(password: $password, passwordResetToken: $passwordResetToken) {
    __typename
    ... on Success {
      success
    }
    ...ErrorFields
    ... on PasswordPolicyError {
      reason
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyDeleteAccountRequestDocument = new TypedDocumentString(`
    mutation VerifyDeleteAccountRequest($verifyMethod: VerifyMethod!, $passCode: String, $password: String) {
  verifyDeleteAccountRequest(
    verifyMethod: $verifyMethod
    passCode: $passCode
    password: $password
  ) {
    __typename
    ... on DeleteAccountTicket {
      deleteAccountToken
      tokenExpiresIn
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<VerifyDeleteAccountRequestMutation, VerifyDeleteAccountRequestMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($deleteAccountToken: String!) {
  deleteAccount(deleteAccountToken: $deleteAccountToken) {
    __typename
    ... on Success {
      success
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const SendEmailWithCaptchaDocument = new TypedDocumentString(`
    mutation SendEmailWithCaptcha($channel: PasscodeChannel!, $email: String!, $captchaCode: String, $captchaToken: String) {
  sendEmail(
    channel: $channel
    email: $email
    captchaCode: $captchaCode
    captchaToken: $captchaToken
  ) {
    __typename
    ...ErrorFields
    ... on PasscodeSendLimitError {
      retryAfterSeconds
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SendEmailWithCaptchaMutation, SendEmailWithCaptchaMutationVariables>;
export const UpdatePasswordWithCaptchaDocument = new TypedDocumentString(`
    mutation UpdatePasswordWithCaptcha($newPassword: String!, $oldPassword: String, $captchaCode: String, $captchaToken: String) {
  updatePassword(
    newPassword: $newPassword
    oldPassword: $oldPassword
    captchaCode: $captchaCode
    captchaToken: $captchaToken
  ) {
    __typename
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UpdatePasswordWithCaptchaMutation, UpdatePasswordWithCaptchaMutationVariables>;
export const GetCaptchaChallengeDocument = new TypedDocumentString(`
    mutation GetCaptchaChallenge {
  getCaptchaCode {
    __typename
    ... on Captcha {
      kind
      captchaToken
      altchaChallenge
    }
  }
}
    `) as unknown as TypedDocumentString<GetCaptchaChallengeMutation, GetCaptchaChallengeMutationVariables>;
export const SignUpByUsernamePasswordDocument = new TypedDocumentString(`
    mutation SignUpByUsernamePassword($username: String!, $password: String!, $profile: SignUpProfileInput, $options: SignUpOptionsInput) {
  signUpByUsernamePassword(
    username: $username
    password: $password
    profile: $profile
    options: $options
  ) {
    __typename
    ... on User {
      userId
      username
      email
      phone
      phoneCountryCode
      nickname
      gender
      birthdate
      status
      userSourceType
      userSourceId
      loginsCount
      customData
      identities {
        provider
        type
        userIdInIdp
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
    ... on PasswordPolicyError {
      reason
    }
    ... on UserExistsError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignUpByUsernamePasswordMutation, SignUpByUsernamePasswordMutationVariables>;
export const SignUpByEmailPasswordDocument = new TypedDocumentString(`
    mutation SignUpByEmailPassword($email: String!, $password: String!, $profile: SignUpProfileInput) {
  signUpByEmailPassword(email: $email, password: $password, profile: $profile) {
    __typename
    ... on User {
      userId
      email
      emailVerified
      username
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
    ... on UserExistsError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignUpByEmailPasswordMutation, SignUpByEmailPasswordMutationVariables>;
export const SignInByAccountPasswordDocument = new TypedDocumentString(`
    mutation SignInByAccountPassword($account: String!, $password: String!, $options: SignInOptionsInput) {
  signInByAccountPassword(
    account: $account
    password: $password
    options: $options
  ) {
    __typename
    ... on SignInSuccess {
      tokenSet {
        scope
        access_token
        id_token
        refresh_token
        token_type
        expire_in
      }
      user {
        userId
        username
        loginsCount
        lastLogin
        lastIp
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
    ... on AccountLockedError {
      retryAfterSeconds
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInByAccountPasswordMutation, SignInByAccountPasswordMutationVariables>;
export const SignInByUsernamePasswordDocument = new TypedDocumentString(`
    mutation SignInByUsernamePassword($username: String!, $password: String!, $options: SignInOptionsInput) {
  signInByUsernamePassword(
    username: $username
    password: $password
    options: $options
  ) {
    __typename
    ... on SignInSuccess {
      tokenSet {
        access_token
      }
      user {
        userId
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInByUsernamePasswordMutation, SignInByUsernamePasswordMutationVariables>;
export const SignInByEmailPasswordDocument = new TypedDocumentString(`
    mutation SignInByEmailPassword($email: String!, $password: String!, $options: SignInOptionsInput) {
  signInByEmailPassword(email: $email, password: $password, options: $options) {
    __typename
    ... on SignInSuccess {
      tokenSet {
        access_token
      }
      user {
        userId
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInByEmailPasswordMutation, SignInByEmailPasswordMutationVariables>;
export const SignInByPhonePasswordDocument = new TypedDocumentString(`
    mutation SignInByPhonePassword($phone: String!, $phoneCountryCode: String, $password: String!) {
  signInByPhonePassword(
    phone: $phone
    phoneCountryCode: $phoneCountryCode
    password: $password
  ) {
    __typename
    ... on SignInSuccess {
      tokenSet {
        access_token
      }
      user {
        userId
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInByPhonePasswordMutation, SignInByPhonePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    __typename
    ... on User {
      userId
      username
      email
      loginsCount
      lastLogin
      departmentIds
      customData
      identities {
        provider
        type
      }
    }
    ...ErrorFields
    ... on NotAuthenticatedError {
      reason
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MeColumnsDocument = new TypedDocumentString(`
    query MeColumns {
  me {
    __typename
    ...UserColumns
    ... on NotAuthenticatedError {
      reason
    }
  }
}
    fragment UserColumns on User {
  userId
  username
  email
  phone
  emailVerified
  phoneVerified
  loginsCount
  lastLogin
  lastIp
  createdAt
  updatedAt
  status
  statusChangedAt
  gender
  userSourceType
  passwordSecurityLevel
  resetPasswordOnNextLogin
  passwordLastSetAt
}`) as unknown as TypedDocumentString<MeColumnsQuery, MeColumnsQueryVariables>;
export const MeColumnsWithIdentitiesDocument = new TypedDocumentString(`
    query MeColumnsWithIdentities {
  me {
    __typename
    ...UserColumns
    ... on User {
      identities {
        type
      }
    }
  }
}
    fragment UserColumns on User {
  userId
  username
  email
  phone
  emailVerified
  phoneVerified
  loginsCount
  lastLogin
  lastIp
  createdAt
  updatedAt
  status
  statusChangedAt
  gender
  userSourceType
  passwordSecurityLevel
  resetPasswordOnNextLogin
  passwordLastSetAt
}`) as unknown as TypedDocumentString<MeColumnsWithIdentitiesQuery, MeColumnsWithIdentitiesQueryVariables>;
export const GetManagementTokenDocument = new TypedDocumentString(`
    mutation GetManagementToken($accessKeyId: String!, $accessKeySecret: String!) {
  getManagementToken(accessKeyId: $accessKeyId, accessKeySecret: $accessKeySecret) {
    __typename
    ... on ManagementToken {
      access_token
      expires_in
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<GetManagementTokenMutation, GetManagementTokenMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int, $after: String, $filter: UserFilter, $sortBy: UserSortField, $direction: SortDirection) {
  users(
    first: $first
    after: $after
    filter: $filter
    sortBy: $sortBy
    direction: $direction
  ) {
    __typename
    ... on QueryUsersConnection {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          userId
          username
        }
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UsersWithRelationsDocument = new TypedDocumentString(`
    query UsersWithRelations($first: Int) {
  users(first: $first) {
    __typename
    ... on QueryUsersConnection {
      edges {
        node {
          userId
          roles {
            code
            namespace
          }
          departments {
            name
          }
          identities {
            provider
          }
          groups {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersWithRelationsQuery, UsersWithRelationsQueryVariables>;
export const ListUsersWithRelationsDocument = new TypedDocumentString(`
    query ListUsersWithRelations($limit: Int) {
  listUsers(limit: $limit) {
    __typename
    ... on UserPage {
      list {
        userId
        roles {
          code
          namespace
        }
        departments {
          name
        }
        identities {
          provider
        }
        groups {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListUsersWithRelationsQuery, ListUsersWithRelationsQueryVariables>;
export const UserByIdDocument = new TypedDocumentString(`
    query UserById($userId: String!, $userIdType: UserIdType) {
  user(userId: $userId, userIdType: $userIdType) {
    __typename
    ... on User {
      userId
      username
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<UserByIdQuery, UserByIdQueryVariables>;
export const CreateUsersBatchDocument = new TypedDocumentString(`
    mutation CreateUsersBatch($users: [CreateUserInput!]!) {
  createUsersBatch(users: $users) {
    __typename
    ... on CreateUsersBatchSuccess {
      data {
        userId
        username
        email
        phone
        customData
      }
    }
    ... on BatchFailedError {
      failures {
        index
        errorType
        statusCode
        apiCode
        message
        field
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<CreateUsersBatchMutation, CreateUsersBatchMutationVariables>;
export const ListUsersDocument = new TypedDocumentString(`
    query ListUsers($page: Int, $limit: Int, $filter: UserFilter, $sortBy: UserSortField, $direction: SortDirection) {
  listUsers(
    page: $page
    limit: $limit
    filter: $filter
    sortBy: $sortBy
    direction: $direction
  ) {
    __typename
    ... on UserPage {
      totalCount
      page
      limit
      list {
        username
      }
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<ListUsersQuery, ListUsersQueryVariables>;
export const DepartmentsWithMembersDocument = new TypedDocumentString(`
    query DepartmentsWithMembers($keyword: String!) {
  searchDepartments(keyword: $keyword) {
    __typename
    ... on DepartmentSearch {
      departments {
        code
        memberCount
        members(first: 5) {
          username
          roles {
            code
          }
        }
        roles {
          code
        }
        children {
          code
        }
        parentDepartment {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentsWithMembersQuery, DepartmentsWithMembersQueryVariables>;
export const GroupsWithMembersDocument = new TypedDocumentString(`
    query GroupsWithMembers($first: Int, $keyword: String) {
  groups(first: $first, keyword: $keyword) {
    __typename
    ... on QueryGroupsConnection {
      edges {
        node {
          code
          memberCount
          members(first: 5) {
            username
            identities {
              provider
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupsWithMembersQuery, GroupsWithMembersQueryVariables>;
export const SendEmailDocument = new TypedDocumentString(`
    mutation SendEmail($channel: PasscodeChannel!, $email: String!) {
  sendEmail(channel: $channel, email: $email) {
    __typename
    ... on PasscodeSent {
      expiresIn
    }
    ...ErrorFields
    ... on PasscodeSendLimitError {
      retryAfterSeconds
    }
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SendEmailMutation, SendEmailMutationVariables>;
export const SendSmsDocument = new TypedDocumentString(`
    mutation SendSms($channel: PasscodeChannel!, $phoneNumber: String!, $phoneCountryCode: String) {
  sendSms(
    channel: $channel
    phoneNumber: $phoneNumber
    phoneCountryCode: $phoneCountryCode
  ) {
    __typename
    ... on PasscodeSent {
      expiresIn
    }
    ...ErrorFields
    ... on PasscodeSendLimitError {
      retryAfterSeconds
    }
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SendSmsMutation, SendSmsMutationVariables>;
export const SignUpByEmailPasscodeDocument = new TypedDocumentString(`
    mutation SignUpByEmailPasscode($email: String!, $passCode: String!, $profile: SignUpProfileInput) {
  signUpByEmailPasscode(email: $email, passCode: $passCode, profile: $profile) {
    __typename
    ... on User {
      userId
      email
      emailVerified
      nickname
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignUpByEmailPasscodeMutation, SignUpByEmailPasscodeMutationVariables>;
export const SignUpByPhonePasscodeDocument = new TypedDocumentString(`
    mutation SignUpByPhonePasscode($phone: String!, $phoneCountryCode: String, $passCode: String!) {
  signUpByPhonePasscode(
    phone: $phone
    phoneCountryCode: $phoneCountryCode
    passCode: $passCode
  ) {
    __typename
    ... on User {
      userId
      phone
      phoneCountryCode
      phoneVerified
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignUpByPhonePasscodeMutation, SignUpByPhonePasscodeMutationVariables>;
export const GenericSignUpDocument = new TypedDocumentString(`
    mutation GenericSignUp($connection: SignUpConnection!, $passwordPayload: SignUpPasswordPayload, $passCodePayload: SignUpPassCodePayload) {
  signUp(
    connection: $connection
    passwordPayload: $passwordPayload
    passCodePayload: $passCodePayload
  ) {
    __typename
    ... on User {
      userId
      username
      email
      emailVerified
    }
    ...ErrorFields
    ... on InvalidInputError {
      field
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<GenericSignUpMutation, GenericSignUpMutationVariables>;
export const SignInByEmailPasscodeDocument = new TypedDocumentString(`
    mutation SignInByEmailPasscode($email: String!, $passCode: String!, $options: SignInOptionsInput) {
  signInByEmailPasscode(email: $email, passCode: $passCode, options: $options) {
    __typename
    ... on SignInSuccess {
      tokenSet {
        access_token
      }
      user {
        userId
        email
        emailVerified
      }
    }
    ...ErrorFields
    ... on PasscodeAttemptsExceededError {
      retryAfterSeconds
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInByEmailPasscodeMutation, SignInByEmailPasscodeMutationVariables>;
export const SignInByPhonePasscodeDocument = new TypedDocumentString(`
    mutation SignInByPhonePasscode($phone: String!, $phoneCountryCode: String, $passCode: String!, $options: SignInOptionsInput) {
  signInByPhonePasscode(
    phone: $phone
    phoneCountryCode: $phoneCountryCode
    passCode: $passCode
    options: $options
  ) {
    __typename
    ... on SignInSuccess {
      tokenSet {
        access_token
      }
      user {
        userId
        phone
        phoneVerified
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInByPhonePasscodeMutation, SignInByPhonePasscodeMutationVariables>;
export const DevOutboxDocument = new TypedDocumentString(`
    query DevOutbox($recipient: String!) {
  devOutbox(recipient: $recipient) {
    __typename
    ... on DevOutbox {
      messages {
        transport
        recipient
        channel
        subject
        text
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<DevOutboxQuery, DevOutboxQueryVariables>;
export const GetCaptchaCodeDocument = new TypedDocumentString(`
    mutation GetCaptchaCode {
  getCaptchaCode {
    __typename
    ... on Captcha {
      captchaCodeSvg
      captchaToken
      expiresIn
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<GetCaptchaCodeMutation, GetCaptchaCodeMutationVariables>;
export const SignInForPolicyDocument = new TypedDocumentString(`
    mutation SignInForPolicy($account: String!, $password: String!, $options: SignInOptionsInput) {
  signInByAccountPassword(
    account: $account
    password: $password
    options: $options
  ) {
    __typename
    ...ErrorFields
    ... on AccountLockedError {
      retryAfterSeconds
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignInForPolicyMutation, SignInForPolicyMutationVariables>;
export const SignUpForPolicyDocument = new TypedDocumentString(`
    mutation SignUpForPolicy($username: String!, $password: String!, $options: SignUpOptionsInput) {
  signUpByUsernamePassword(
    username: $username
    password: $password
    options: $options
  ) {
    __typename
    ...ErrorFields
    ... on RegistrationTooFrequentError {
      retryAfterSeconds
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<SignUpForPolicyMutation, SignUpForPolicyMutationVariables>;
export const GetSystemInfoDocument = new TypedDocumentString(`
    query GetSystemInfo {
  getSystemInfo {
    __typename
    ... on SystemInfo {
      rsa {
        publicKey
        algorithm
        encoding
      }
      sm2 {
        publicKey
        cipherMode
        encoding
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<GetSystemInfoQuery, GetSystemInfoQueryVariables>;
export const EncryptedSignUpDocument = new TypedDocumentString(`
    mutation EncryptedSignUp($username: String!, $password: String!, $options: SignUpOptionsInput) {
  signUpByUsernamePassword(
    username: $username
    password: $password
    options: $options
  ) {
    __typename
    ... on User {
      userId
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<EncryptedSignUpMutation, EncryptedSignUpMutationVariables>;
export const EncryptedSignInDocument = new TypedDocumentString(`
    mutation EncryptedSignIn($account: String!, $password: String!, $options: SignInOptionsInput) {
  signInByAccountPassword(
    account: $account
    password: $password
    options: $options
  ) {
    __typename
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<EncryptedSignInMutation, EncryptedSignInMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    __typename
    ... on TokenSet {
      access_token
      id_token
      refresh_token
      scope
      expire_in
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($everywhere: Boolean) {
  logout(everywhere: $everywhere) {
    __typename
    ... on Success {
      success
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CheckLoginStatusDocument = new TypedDocumentString(`
    query CheckLoginStatus($token: String!) {
  checkLoginStatus(token: $token) {
    active
    reason
    sub
    clientId
    scope
    iat
    exp
  }
}
    `) as unknown as TypedDocumentString<CheckLoginStatusQuery, CheckLoginStatusQueryVariables>;
export const IntrospectTokenDocument = new TypedDocumentString(`
    query IntrospectToken($token: String!, $tokenTypeHint: TokenTypeHint) {
  introspectToken(token: $token, tokenTypeHint: $tokenTypeHint) {
    __typename
    ... on TokenIntrospection {
      active
      sub
      scope
      exp
      iat
      client_id
      token_type
      sid
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<IntrospectTokenQuery, IntrospectTokenQueryVariables>;
export const RevokeTokenDocument = new TypedDocumentString(`
    mutation RevokeToken($token: String!, $tokenTypeHint: TokenTypeHint) {
  revokeToken(token: $token, tokenTypeHint: $tokenTypeHint) {
    __typename
    ... on Success {
      success
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  statusCode
  apiCode
  message
  requestId
}`) as unknown as TypedDocumentString<RevokeTokenMutation, RevokeTokenMutationVariables>;