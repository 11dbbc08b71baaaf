/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessKeyStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** Second factors at sign-in into this application. */
export type ApplicationMfaPolicy =
  /** Never asked. */
  | 'OFF'
  /** Asked of the users who enrolled a factor. */
  | 'OPTIONAL'
  /** The user pool's policy (OPTIONAL unless changed). */
  | 'POOL'
  /** Asked of everyone; users without a factor enrol one at their next sign-in. */
  | 'REQUIRED';

export type CaptchaKind =
  /** Solve altchaChallenge (an ALTCHA proof of work). */
  | 'altcha'
  /** Type the characters of captchaCodeSvg. */
  | 'image';

export type CreateApplicationInput = {
  /** 60 to 86400; default 7200. */
  accessTokenLifetimeSecs?: number | null | undefined;
  /** The scopes a client_credentials token may carry; none registered, none granted. */
  clientCredentialsScopes?: Array<string> | null | undefined;
  /** Ask each user's consent to the scopes requested (a third-party client); offline_access always asks. */
  consentRequired?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Used by the OIDC token endpoint; at least one. */
  grantTypes?: Array<GrantType> | null | undefined;
  /** 60 to 86400; default 7200. */
  idTokenLifetimeSecs?: number | null | undefined;
  mfaPolicy?: ApplicationMfaPolicy | null | undefined;
  name: string;
  postLogoutRedirectUris?: Array<string> | null | undefined;
  /** Exact URIs: https, http on localhost, or a native app's scheme (com.example.app:/cb). */
  redirectUris?: Array<string> | null | undefined;
  /** 300 to the absolute lifetime; default 1209600 (14 days). */
  refreshTokenIdleLifetimeSecs?: number | null | undefined;
  /** 3600 to 31536000; default 2592000 (30 days). */
  refreshTokenLifetimeSecs?: number | null | undefined;
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod | null | undefined;
};

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

export type CustomFieldDataType =
  | 'BOOLEAN'
  | 'DATETIME'
  | 'NUMBER'
  | 'STRING';

export type Gender =
  | 'F'
  | 'M'
  | 'U';

export type GrantType =
  | 'authorization_code'
  | 'client_credentials'
  | 'password'
  | 'refresh_token';

export type MfaAddressFactor =
  | 'EMAIL'
  | 'SMS';

export type MfaAnswerKind =
  /** A code emailed to the user's EMAIL factor (sendMfaCode first). */
  | 'EMAIL'
  /** A code of the authenticator app (TOTP) the user enrolled. */
  | 'OTP'
  /** One of the user's single-use recovery codes. */
  | 'RECOVERY_CODE'
  /** A code sent by text message to the user's SMS factor (sendMfaCode first). */
  | 'SMS'
  /** A passkey: the code is navigator.credentials.get()'s answer as JSON, to mfaPasskeyOptions' challenge. */
  | 'WEBAUTHN';

export type MfaFactorErrorReason =
  | 'enrolled'
  | 'lastFactor'
  | 'unavailable';

/** GenAuth's factor types: OTP is an authenticator app (TOTP). */
export type MfaFactorType =
  | 'EMAIL'
  | 'OTP'
  | 'SMS'
  | 'WEBAUTHN';

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

/** Second factors at sign-in, for every application of the pool whose mfaPolicy is POOL. */
export type PoolMfaPolicy =
  /** Never asked. */
  | 'OFF'
  /** Asked of the users who enrolled a factor (the default). */
  | 'OPTIONAL'
  /** Asked of everyone; users without a factor enrol one at their next sign-in. */
  | 'REQUIRED';

export type ResetPasswordVerifyMethod =
  | 'EMAIL_PASSCODE'
  | 'PHONE_PASSCODE';

export type RoleTargetInput = {
  /** A userId or a departmentId. */
  targetId: string;
  targetType: RoleTargetType;
};

export type RoleTargetType =
  | 'DEPARTMENT'
  | 'USER';

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

export type TokenEndpointAuthMethod =
  | 'client_secret_basic'
  | 'client_secret_post'
  | 'none';

export type TokenTypeHint =
  | 'access_token'
  | 'refresh_token';

export type UpdateApplicationInput = {
  /** 60 to 86400; default 7200. */
  accessTokenLifetimeSecs?: number | null | undefined;
  /** The scopes a client_credentials token may carry; none registered, none granted. */
  clientCredentialsScopes?: Array<string> | null | undefined;
  /** Ask each user's consent to the scopes requested (a third-party client); offline_access always asks. */
  consentRequired?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Used by the OIDC token endpoint; at least one. */
  grantTypes?: Array<GrantType> | null | undefined;
  /** 60 to 86400; default 7200. */
  idTokenLifetimeSecs?: number | null | undefined;
  mfaPolicy?: ApplicationMfaPolicy | null | undefined;
  name?: string | null | undefined;
  postLogoutRedirectUris?: Array<string> | null | undefined;
  /** Exact URIs: https, http on localhost, or a native app's scheme (com.example.app:/cb). */
  redirectUris?: Array<string> | null | undefined;
  /** 300 to the absolute lifetime; default 1209600 (14 days). */
  refreshTokenIdleLifetimeSecs?: number | null | undefined;
  /** 3600 to 31536000; default 2592000 (30 days). */
  refreshTokenLifetimeSecs?: number | null | undefined;
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod | null | undefined;
};

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

export type UpdateUserInput = {
  address?: string | null | undefined;
  birthdate?: string | null | undefined;
  browser?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
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

export type UpdateUserPoolSettingsInput = {
  mfaPolicy?: PoolMfaPolicy | null | undefined;
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

export type AccessKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessKeysQuery = { accessKeys:
    | { __typename: 'AccessKeysSuccess', data: Array<{ accessKeyId: string, createdAt: string, lastUsedAt: string | null, signsRequests: boolean, status: AccessKeyStatus }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastAccessKeyError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type AddDepartmentMembersMutationVariables = Exact<{
  departmentId: string;
  userIds: Array<string> | string;
}>;


export type AddDepartmentMembersMutation = { addDepartmentMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type AddGroupMembersMutationVariables = Exact<{
  code: string;
  userIds: Array<string> | string;
}>;


export type AddGroupMembersMutation = { addGroupMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type ApplicationQueryVariables = Exact<{
  appId: string;
}>;


export type ApplicationQuery = { application:
    | { __typename: 'Application', accessTokenLifetimeSecs: number, appId: string, clientCredentialsScopes: Array<string>, consentRequired: boolean, createdAt: string, description: string | null, grantTypes: Array<GrantType>, idTokenLifetimeSecs: number, isDemo: boolean, mfaPolicy: ApplicationMfaPolicy, name: string, postLogoutRedirectUris: Array<string>, redirectUris: Array<string>, refreshTokenIdleLifetimeSecs: number, refreshTokenLifetimeSecs: number, tokenEndpointAuthMethod: TokenEndpointAuthMethod, updatedAt: string }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type ApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsQuery = { applications:
    | { __typename: 'ApplicationsSuccess', data: Array<{ accessTokenLifetimeSecs: number, appId: string, clientCredentialsScopes: Array<string>, consentRequired: boolean, createdAt: string, description: string | null, grantTypes: Array<GrantType>, idTokenLifetimeSecs: number, isDemo: boolean, mfaPolicy: ApplicationMfaPolicy, name: string, postLogoutRedirectUris: Array<string>, redirectUris: Array<string>, refreshTokenIdleLifetimeSecs: number, refreshTokenLifetimeSecs: number, tokenEndpointAuthMethod: TokenEndpointAuthMethod, updatedAt: string }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type AssignRoleMutationVariables = Exact<{
  code: string;
  namespace?: string | null | undefined;
  targets: Array<RoleTargetInput> | RoleTargetInput;
}>;


export type AssignRoleMutation = { assignRole:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type AuditLogsQueryVariables = Exact<{
  action?: string | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  targetId?: string | null | undefined;
}>;


export type AuditLogsQuery = { auditLogs:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryAuditLogsConnection', edges: Array<{ cursor: string, node: { action: string, actorId: string | null, actorType: string, after: Record<string, unknown> | null, before: Record<string, unknown> | null, createdAt: string, id: string, ip: string | null, requestId: string | null, targetId: string | null, targetType: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
   };

export type BindEmailMutationVariables = Exact<{
  email: string;
  passCode: string;
}>;


export type BindEmailMutation = { bindEmail:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type BindPhoneMutationVariables = Exact<{
  passCode: string;
  phoneCountryCode?: string | null | undefined;
  phoneNumber: string;
}>;


export type BindPhoneMutation = { bindPhone:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type CheckLoginStatusQueryVariables = Exact<{
  token: string;
}>;


export type CheckLoginStatusQuery = { checkLoginStatus: { active: boolean, clientId: string | null, exp: number | null, iat: number | null, reason: string | null, scope: string | null, sub: string | null } };

export type CheckSessionStatusQueryVariables = Exact<{
  appId?: string | null | undefined;
  userId: string;
}>;


export type CheckSessionStatusQuery = { checkSessionStatus:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'SessionStatus', active: boolean, activeSessionCount: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type ConfirmMfaFactorEnrollmentMutationVariables = Exact<{
  code: string;
  factorId: string;
}>;


export type ConfirmMfaFactorEnrollmentMutation = { confirmMfaFactorEnrollment:
    | { __typename: 'ConfirmedMfaFactor', recoveryCodes: Array<string> | null, factor: { confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null } }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateAccessKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateAccessKeyMutation = { createAccessKey:
    | { __typename: 'CreatedAccessKey', accessKeySecret: string, accessKey: { accessKeyId: string, createdAt: string, lastUsedAt: string | null, signsRequests: boolean, status: AccessKeyStatus } }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastAccessKeyError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type CreateApplicationMutation = { createApplication:
    | { __typename: 'ApplicationWithSecret', appSecret: string, application: { accessTokenLifetimeSecs: number, appId: string, clientCredentialsScopes: Array<string>, consentRequired: boolean, createdAt: string, description: string | null, grantTypes: Array<GrantType>, idTokenLifetimeSecs: number, isDemo: boolean, mfaPolicy: ApplicationMfaPolicy, name: string, postLogoutRedirectUris: Array<string>, redirectUris: Array<string>, refreshTokenIdleLifetimeSecs: number, refreshTokenLifetimeSecs: number, tokenEndpointAuthMethod: TokenEndpointAuthMethod, updatedAt: string } }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateCustomFieldMutationVariables = Exact<{
  dataType: CustomFieldDataType;
  key: string;
  label: string;
  userEditable?: boolean | null | undefined;
}>;


export type CreateCustomFieldMutation = { createCustomField:
    | { __typename: 'CustomField', createdAt: string, dataType: CustomFieldDataType, key: string, label: string, userEditable: boolean }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateDepartmentMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name: string;
  organizationCode: string;
  parentDepartmentId?: string | null | undefined;
}>;


export type CreateDepartmentMutation = { createDepartment:
    | { __typename: 'Department', code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null, members: Array<{ address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateGroupMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name: string;
}>;


export type CreateGroupMutation = { createGroup:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'Group', code: string, description: string | null, id: string, memberCount: number, name: string, members: Array<{ address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null }> }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateNamespaceMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name?: string | null | undefined;
}>;


export type CreateNamespaceMutation = { createNamespace:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'Namespace', code: string, description: string | null, id: string, name: string }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateOrganizationMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name: string;
}>;


export type CreateOrganizationMutation = { createOrganization:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'Organization', code: string, description: string | null, id: string, name: string }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type CreateRoleMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name?: string | null | undefined;
  namespace?: string | null | undefined;
}>;


export type CreateRoleMutation = { createRole:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Role', code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }
   };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type CreateUsersBatchMutationVariables = Exact<{
  users: Array<CreateUserInput> | CreateUserInput;
}>;


export type CreateUsersBatchMutation = { createUsersBatch:
    | { __typename: 'BatchFailedError', apiCode: number | null, message: string, requestId: string, statusCode: number, failures: Array<{ apiCode: number, errorType: string, field: string | null, index: number, message: string, statusCode: number }> }
    | { __typename: 'CreateUsersBatchSuccess', data: Array<{ address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
   };

export type CustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomFieldsQuery = { customFields:
    | { __typename: 'CustomFieldsSuccess', data: Array<{ createdAt: string, dataType: CustomFieldDataType, key: string, label: string, userEditable: boolean }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type DeleteAccessKeyMutationVariables = Exact<{
  accessKeyId: string;
}>;


export type DeleteAccessKeyMutation = { deleteAccessKey:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastAccessKeyError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type DeleteAccountMutationVariables = Exact<{
  deleteAccountToken: string;
}>;


export type DeleteAccountMutation = { deleteAccount:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type DeleteApplicationMutationVariables = Exact<{
  appId: string;
}>;


export type DeleteApplicationMutation = { deleteApplication:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type DeleteCustomFieldMutationVariables = Exact<{
  key: string;
}>;


export type DeleteCustomFieldMutation = { deleteCustomField:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type DeleteDepartmentMutationVariables = Exact<{
  departmentId: string;
  force?: boolean | null | undefined;
}>;


export type DeleteDepartmentMutation = { deleteDepartment:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type DeleteGroupMutationVariables = Exact<{
  code: string;
}>;


export type DeleteGroupMutation = { deleteGroup:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type DeleteRolesBatchMutationVariables = Exact<{
  codes: Array<string> | string;
  namespace?: string | null | undefined;
}>;


export type DeleteRolesBatchMutation = { deleteRolesBatch:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type DeleteUsersBatchMutationVariables = Exact<{
  userIds: Array<string> | string;
}>;


export type DeleteUsersBatchMutation = { deleteUsersBatch:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type GetAccessibleAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetAccessibleAppsQuery = { getAccessibleApps:
    | { __typename: 'MyApplications', applications: Array<{ appId: string, description: string | null, name: string }> }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
   };

export type GetCaptchaCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type GetCaptchaCodeMutation = { getCaptchaCode:
    | { __typename: 'Captcha', altchaChallenge: Record<string, unknown> | null, captchaCodeSvg: string, captchaToken: string, expiresIn: number, kind: CaptchaKind }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type GetDepartmentListQueryVariables = Exact<{ [key: string]: never; }>;


export type GetDepartmentListQuery = { getDepartmentList:
    | { __typename: 'MyDepartments', departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }> }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
   };

export type GetGroupListQueryVariables = Exact<{ [key: string]: never; }>;


export type GetGroupListQuery = { getGroupList:
    | { __typename: 'MyGroups', groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }> }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
   };

export type GetManagementTokenMutationVariables = Exact<{
  accessKeyId: string;
  accessKeySecret: string;
}>;


export type GetManagementTokenMutation = { getManagementToken:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ManagementToken', access_token: string, expires_in: number }
   };

export type GetRoleListQueryVariables = Exact<{
  namespace?: string | null | undefined;
}>;


export type GetRoleListQuery = { getRoleList:
    | { __typename: 'MyRoles', roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
   };

export type GetSystemInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type GetSystemInfoQuery = { getSystemInfo:
    | { __typename: 'SystemInfo', rsa: { algorithm: string, encoding: string, publicKey: string }, sm2: { cipherMode: string, encoding: string, publicKey: string } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type GetUserLoginHistoryQueryVariables = Exact<{
  last?: number | null | undefined;
  userId: string;
}>;


export type GetUserLoginHistoryQuery = { getUserLoginHistory:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'UserLoginHistory', entries: Array<{ apiCode: number | null, createdAt: string, id: string, ip: string | null, method: string, success: boolean, userAgent: string | null }> }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type GroupsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  keyword?: string | null | undefined;
  last?: number | null | undefined;
}>;


export type GroupsQuery = { groups:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryGroupsConnection', edges: Array<{ cursor: string, node: { code: string, description: string | null, id: string, memberCount: number, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type IntrospectTokenQueryVariables = Exact<{
  token: string;
  tokenTypeHint?: TokenTypeHint | null | undefined;
}>;


export type IntrospectTokenQuery = { introspectToken:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'TokenIntrospection', active: boolean, aud: string | null, client_id: string | null, exp: number | null, iat: number | null, iss: string | null, jti: string | null, scope: string | null, sid: string | null, sub: string | null, token_type: string | null }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type IsUserExistsQueryVariables = Exact<{
  email?: string | null | undefined;
  externalId?: string | null | undefined;
  phone?: string | null | undefined;
  phoneCountryCode?: string | null | undefined;
  username?: string | null | undefined;
}>;


export type IsUserExistsQuery = { isUserExists:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'IsUserExistsSuccess', exists: boolean }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
   };

export type KickUsersMutationVariables = Exact<{
  userIds: Array<string> | string;
}>;


export type KickUsersMutation = { kickUsers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type ListChildrenDepartmentsQueryVariables = Exact<{
  departmentId?: string | null | undefined;
  organizationCode: string;
}>;


export type ListChildrenDepartmentsQuery = { listChildrenDepartments:
    | { __typename: 'DepartmentList', departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type ListDepartmentMembersQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  departmentId: string;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type ListDepartmentMembersQuery = { listDepartmentMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryListDepartmentMembersConnection', edges: Array<{ cursor: string, node: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type ListGroupMembersQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  code: string;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type ListGroupMembersQuery = { listGroupMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryListGroupMembersConnection', edges: Array<{ cursor: string, node: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type ListRoleMembersQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  code: string;
  first?: number | null | undefined;
  includeDepartments?: boolean | null | undefined;
  last?: number | null | undefined;
  namespace?: string | null | undefined;
}>;


export type ListRoleMembersQuery = { listRoleMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryListRoleMembersConnection', edges: Array<{ cursor: string, node: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type ListUsersQueryVariables = Exact<{
  direction?: SortDirection | null | undefined;
  filter?: UserFilter | null | undefined;
  limit?: number | null | undefined;
  page?: number | null | undefined;
  sortBy?: UserSortField | null | undefined;
}>;


export type ListUsersQuery = { listUsers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'UserPage', limit: number, page: number, totalCount: number, list: Array<{ address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null }> }
   };

export type LogoutMutationVariables = Exact<{
  everywhere?: boolean | null | undefined;
}>;


export type LogoutMutation = { logout:
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
   };

export type MfaPasskeyEnrollmentOptionsMutationVariables = Exact<{
  mfaToken: string;
}>;


export type MfaPasskeyEnrollmentOptionsMutation = { mfaPasskeyEnrollmentOptions:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyOptions', options: Record<string, unknown> }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type MfaPasskeyOptionsMutationVariables = Exact<{
  mfaToken: string;
}>;


export type MfaPasskeyOptionsMutation = { mfaPasskeyOptions:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyOptions', options: Record<string, unknown> }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type MyMfaFactorsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMfaFactorsQuery = { myMfaFactors:
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MyMfaFactors', recoveryCodesLeft: number, factors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }> }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type OrganizationsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type OrganizationsQuery = { organizations:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryOrganizationsConnection', edges: Array<{ cursor: string, node: { code: string, description: string | null, id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type PasskeyRegistrationOptionsMutationVariables = Exact<{ [key: string]: never; }>;


export type PasskeyRegistrationOptionsMutation = { passkeyRegistrationOptions:
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyOptions', options: Record<string, unknown> }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type PasskeySignInOptionsMutationVariables = Exact<{ [key: string]: never; }>;


export type PasskeySignInOptionsMutation = { passkeySignInOptions:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyOptions', options: Record<string, unknown> }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshTokenMutation = { refreshToken:
    | { __typename: 'InvalidGrantError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'TokenSet', access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type RegenerateRecoveryCodesMutationVariables = Exact<{ [key: string]: never; }>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes:
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'RecoveryCodes', codes: Array<string> }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type RegisterPasskeyMutationVariables = Exact<{
  name?: string | null | undefined;
  response: Record<string, unknown>;
}>;


export type RegisterPasskeyMutation = { registerPasskey:
    | { __typename: 'ConfirmedMfaFactor', recoveryCodes: Array<string> | null, factor: { confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null } }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type RemoveDepartmentMembersMutationVariables = Exact<{
  departmentId: string;
  userIds: Array<string> | string;
}>;


export type RemoveDepartmentMembersMutation = { removeDepartmentMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type RemoveGroupMembersMutationVariables = Exact<{
  code: string;
  userIds: Array<string> | string;
}>;


export type RemoveGroupMembersMutation = { removeGroupMembers:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type RemoveMfaFactorMutationVariables = Exact<{
  factorId: string;
}>;


export type RemoveMfaFactorMutation = { removeMfaFactor:
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactor', confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type ResetPasswordMutationVariables = Exact<{
  password: string;
  passwordEncryptType?: PasswordEncryptType | null | undefined;
  passwordResetToken: string;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type ResetUserMfaMutationVariables = Exact<{
  userId: string;
}>;


export type ResetUserMfaMutation = { resetUserMfa:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type ResetUserPasswordMutationVariables = Exact<{
  password: string;
  requireChangeOnNextLogin?: boolean | null | undefined;
  userId: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type RevokeRoleMutationVariables = Exact<{
  code: string;
  namespace?: string | null | undefined;
  targets: Array<RoleTargetInput> | RoleTargetInput;
}>;


export type RevokeRoleMutation = { revokeRole:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type RevokeTokenMutationVariables = Exact<{
  token: string;
  tokenTypeHint?: TokenTypeHint | null | undefined;
}>;


export type RevokeTokenMutation = { revokeToken:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type RoleQueryVariables = Exact<{
  code: string;
  namespace?: string | null | undefined;
}>;


export type RoleQuery = { role:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Role', code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }
   };

export type RolesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  keyword?: string | null | undefined;
  last?: number | null | undefined;
  namespace?: string | null | undefined;
}>;


export type RolesQuery = { roles:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryRolesConnection', edges: Array<{ cursor: string, node: { code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type RotateApplicationSecretMutationVariables = Exact<{
  appId: string;
}>;


export type RotateApplicationSecretMutation = { rotateApplicationSecret:
    | { __typename: 'ApplicationWithSecret', appSecret: string, application: { accessTokenLifetimeSecs: number, appId: string, clientCredentialsScopes: Array<string>, consentRequired: boolean, createdAt: string, description: string | null, grantTypes: Array<GrantType>, idTokenLifetimeSecs: number, isDemo: boolean, mfaPolicy: ApplicationMfaPolicy, name: string, postLogoutRedirectUris: Array<string>, redirectUris: Array<string>, refreshTokenIdleLifetimeSecs: number, refreshTokenLifetimeSecs: number, tokenEndpointAuthMethod: TokenEndpointAuthMethod, updatedAt: string } }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type SearchDepartmentsQueryVariables = Exact<{
  keyword: string;
  organizationCode?: string | null | undefined;
}>;


export type SearchDepartmentsQuery = { searchDepartments:
    | { __typename: 'DepartmentSearch', departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type SendEmailMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  channel: PasscodeChannel;
  email: string;
}>;


export type SendEmailMutation = { sendEmail:
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'DeliveryFailedError', apiCode: number | null, message: string, requestId: string, statusCode: number, transport: string }
    | { __typename: 'DeliveryNotConfiguredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeSendLimitError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeSent', expiresIn: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SendMfaCodeMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  kind: MfaAddressFactor;
  mfaToken: string;
}>;


export type SendMfaCodeMutation = { sendMfaCode:
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'DeliveryFailedError', apiCode: number | null, message: string, requestId: string, statusCode: number, transport: string }
    | { __typename: 'DeliveryNotConfiguredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeSendLimitError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeSent', expiresIn: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SendSmsMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  channel: PasscodeChannel;
  phoneCountryCode?: string | null | undefined;
  phoneNumber: string;
}>;


export type SendSmsMutation = { sendSms:
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'DeliveryFailedError', apiCode: number | null, message: string, requestId: string, statusCode: number, transport: string }
    | { __typename: 'DeliveryNotConfiguredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeSendLimitError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeSent', expiresIn: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SetCustomDataMutationVariables = Exact<{
  customData: Record<string, unknown>;
}>;


export type SetCustomDataMutation = { setCustomData:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SetUserCustomDataMutationVariables = Exact<{
  customData: Record<string, unknown>;
  userId: string;
}>;


export type SetUserCustomDataMutation = { setUserCustomData:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SetUserMainDepartmentMutationVariables = Exact<{
  departmentId: string;
  userId: string;
}>;


export type SetUserMainDepartmentMutation = { setUserMainDepartment:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
   };

export type SetUserStatusMutationVariables = Exact<{
  status: UserStatus;
  userId: string;
}>;


export type SetUserStatusMutation = { setUserStatus:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SignInByAccountPasswordMutationVariables = Exact<{
  account: string;
  options?: SignInOptionsInput | null | undefined;
  password: string;
}>;


export type SignInByAccountPasswordMutation = { signInByAccountPassword:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'EmailNotVerifiedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidCredentialsError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaRequired', apiCode: number | null, enrollmentRequired: boolean, expiresIn: number, factors: Array<MfaAnswerKind>, message: string, mfaToken: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignInByEmailPasscodeMutationVariables = Exact<{
  email: string;
  options?: SignInOptionsInput | null | undefined;
  passCode: string;
}>;


export type SignInByEmailPasscodeMutation = { signInByEmailPasscode:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'EmailNotVerifiedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidCredentialsError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaRequired', apiCode: number | null, enrollmentRequired: boolean, expiresIn: number, factors: Array<MfaAnswerKind>, message: string, mfaToken: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignInByEmailPasswordMutationVariables = Exact<{
  email: string;
  options?: SignInOptionsInput | null | undefined;
  password: string;
}>;


export type SignInByEmailPasswordMutation = { signInByEmailPassword:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'EmailNotVerifiedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidCredentialsError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaRequired', apiCode: number | null, enrollmentRequired: boolean, expiresIn: number, factors: Array<MfaAnswerKind>, message: string, mfaToken: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignInByPhonePasscodeMutationVariables = Exact<{
  options?: SignInOptionsInput | null | undefined;
  passCode: string;
  phone: string;
  phoneCountryCode?: string | null | undefined;
}>;


export type SignInByPhonePasscodeMutation = { signInByPhonePasscode:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'EmailNotVerifiedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidCredentialsError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaRequired', apiCode: number | null, enrollmentRequired: boolean, expiresIn: number, factors: Array<MfaAnswerKind>, message: string, mfaToken: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignInByPhonePasswordMutationVariables = Exact<{
  options?: SignInOptionsInput | null | undefined;
  password: string;
  phone: string;
  phoneCountryCode?: string | null | undefined;
}>;


export type SignInByPhonePasswordMutation = { signInByPhonePassword:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'EmailNotVerifiedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidCredentialsError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaRequired', apiCode: number | null, enrollmentRequired: boolean, expiresIn: number, factors: Array<MfaAnswerKind>, message: string, mfaToken: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignInByUsernamePasswordMutationVariables = Exact<{
  options?: SignInOptionsInput | null | undefined;
  password: string;
  username: string;
}>;


export type SignInByUsernamePasswordMutation = { signInByUsernamePassword:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'EmailNotVerifiedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidCredentialsError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaRequired', apiCode: number | null, enrollmentRequired: boolean, expiresIn: number, factors: Array<MfaAnswerKind>, message: string, mfaToken: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignInWithPasskeyMutationVariables = Exact<{
  response: Record<string, unknown>;
  scope?: string | null | undefined;
}>;


export type SignInWithPasskeyMutation = { signInWithPasskey:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'SignInSuccess', tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type SignUpMutationVariables = Exact<{
  connection: SignUpConnection;
  options?: SignUpOptionsInput | null | undefined;
  passCodePayload?: SignUpPassCodePayload | null | undefined;
  passwordPayload?: SignUpPasswordPayload | null | undefined;
  profile?: SignUpProfileInput | null | undefined;
}>;


export type SignUpMutation = { signUp:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignUpByEmailPasscodeMutationVariables = Exact<{
  email: string;
  options?: SignUpOptionsInput | null | undefined;
  passCode: string;
  profile?: SignUpProfileInput | null | undefined;
}>;


export type SignUpByEmailPasscodeMutation = { signUpByEmailPasscode:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignUpByEmailPasswordMutationVariables = Exact<{
  email: string;
  options?: SignUpOptionsInput | null | undefined;
  password: string;
  profile?: SignUpProfileInput | null | undefined;
}>;


export type SignUpByEmailPasswordMutation = { signUpByEmailPassword:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignUpByPhonePasscodeMutationVariables = Exact<{
  options?: SignUpOptionsInput | null | undefined;
  passCode: string;
  phone: string;
  phoneCountryCode?: string | null | undefined;
  profile?: SignUpProfileInput | null | undefined;
}>;


export type SignUpByPhonePasscodeMutation = { signUpByPhonePasscode:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type SignUpByUsernamePasswordMutationVariables = Exact<{
  options?: SignUpOptionsInput | null | undefined;
  password: string;
  profile?: SignUpProfileInput | null | undefined;
  username: string;
}>;


export type SignUpByUsernamePasswordMutation = { signUpByUsernamePassword:
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, reason: PasswordPolicyReason, requestId: string, statusCode: number }
    | { __typename: 'RegistrationDisabledError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'RegistrationTooFrequentError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
   };

export type StartEmailFactorEnrollmentMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  email: string;
}>;


export type StartEmailFactorEnrollmentMutation = { startEmailFactorEnrollment:
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'DeliveryFailedError', apiCode: number | null, message: string, requestId: string, statusCode: number, transport: string }
    | { __typename: 'DeliveryNotConfiguredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeSendLimitError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PendingMfaFactor', expiresIn: number, factorId: string }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type StartMfaEnrollmentMutationVariables = Exact<{
  mfaToken: string;
}>;


export type StartMfaEnrollmentMutation = { startMfaEnrollment:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'TotpEnrollment', factorId: string, otpauthUri: string, qrCodeSvg: string, secret: string }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type StartSmsFactorEnrollmentMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  phoneCountryCode?: string | null | undefined;
  phoneNumber: string;
}>;


export type StartSmsFactorEnrollmentMutation = { startSmsFactorEnrollment:
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'DeliveryFailedError', apiCode: number | null, message: string, requestId: string, statusCode: number, transport: string }
    | { __typename: 'DeliveryNotConfiguredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeSendLimitError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PendingMfaFactor', expiresIn: number, factorId: string }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type StartTotpEnrollmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTotpEnrollmentMutation = { startTotpEnrollment:
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, requestId: string, statusCode: number, notAuthenticatedErrorReason: NotAuthenticatedReason }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasskeyRefusedError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'TotpEnrollment', factorId: string, otpauthUri: string, qrCodeSvg: string, secret: string }
   };

export type UnbindEmailMutationVariables = Exact<{
  passCode: string;
}>;


export type UnbindEmailMutation = { unbindEmail:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UnbindPhoneMutationVariables = Exact<{
  passCode: string;
}>;


export type UnbindPhoneMutation = { unbindPhone:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UpdateAccessKeyStatusMutationVariables = Exact<{
  accessKeyId: string;
  status: AccessKeyStatus;
}>;


export type UpdateAccessKeyStatusMutation = { updateAccessKeyStatus:
    | { __typename: 'AccessKey', accessKeyId: string, createdAt: string, lastUsedAt: string | null, signsRequests: boolean, status: AccessKeyStatus }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastAccessKeyError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type UpdateApplicationMutationVariables = Exact<{
  appId: string;
  input: UpdateApplicationInput;
}>;


export type UpdateApplicationMutation = { updateApplication:
    | { __typename: 'Application', accessTokenLifetimeSecs: number, appId: string, clientCredentialsScopes: Array<string>, consentRequired: boolean, createdAt: string, description: string | null, grantTypes: Array<GrantType>, idTokenLifetimeSecs: number, isDemo: boolean, mfaPolicy: ApplicationMfaPolicy, name: string, postLogoutRedirectUris: Array<string>, redirectUris: Array<string>, refreshTokenIdleLifetimeSecs: number, refreshTokenLifetimeSecs: number, tokenEndpointAuthMethod: TokenEndpointAuthMethod, updatedAt: string }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type UpdateCustomFieldMutationVariables = Exact<{
  key: string;
  label?: string | null | undefined;
  userEditable?: boolean | null | undefined;
}>;


export type UpdateCustomFieldMutation = { updateCustomField:
    | { __typename: 'CustomField', createdAt: string, dataType: CustomFieldDataType, key: string, label: string, userEditable: boolean }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type UpdateDepartmentMutationVariables = Exact<{
  code?: string | null | undefined;
  departmentId: string;
  description?: string | null | undefined;
  moveToRoot?: boolean | null | undefined;
  name?: string | null | undefined;
  parentDepartmentId?: string | null | undefined;
}>;


export type UpdateDepartmentMutation = { updateDepartment:
    | { __typename: 'Department', code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null, members: Array<{ address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type UpdateEmailMutationVariables = Exact<{
  updateEmailToken: string;
}>;


export type UpdateEmailMutation = { updateEmail:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UpdateGroupMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name?: string | null | undefined;
}>;


export type UpdateGroupMutation = { updateGroup:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'Group', code: string, description: string | null, id: string, memberCount: number, name: string, members: Array<{ address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null }> }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
   };

export type UpdatePasswordMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  newPassword: string;
  oldPassword?: string | null | undefined;
  passwordEncryptType?: PasswordEncryptType | null | undefined;
}>;


export type UpdatePasswordMutation = { updatePassword:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'Success', success: boolean }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UpdatePhoneMutationVariables = Exact<{
  updatePhoneToken: string;
}>;


export type UpdatePhoneMutation = { updatePhone:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UpdateProfileMutationVariables = Exact<{
  profile: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UpdateRoleMutationVariables = Exact<{
  code: string;
  description?: string | null | undefined;
  name?: string | null | undefined;
  namespace?: string | null | undefined;
  newCode?: string | null | undefined;
}>;


export type UpdateRoleMutation = { updateRole:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'ResourceExistsError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'ResourceNotFoundError', apiCode: number | null, identifier: string, message: string, requestId: string, resource: string, statusCode: number }
    | { __typename: 'Role', code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }
   };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
  userId: string;
}>;


export type UpdateUserMutation = { updateUser:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UpdateUserPoolSettingsMutationVariables = Exact<{
  input: UpdateUserPoolSettingsInput;
}>;


export type UpdateUserPoolSettingsMutation = { updateUserPoolSettings:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'UserPoolSettings', mfaPolicy: PoolMfaPolicy }
   };

export type UserQueryVariables = Exact<{
  userId: string;
  userIdType?: UserIdType | null | undefined;
}>;


export type UserQuery = { user:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'User', address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null, departments: Array<{ code: string, departmentId: string, description: string | null, memberCount: number, name: string, organizationId: string, parentDepartmentId: string | null }>, groups: Array<{ code: string, description: string | null, id: string, memberCount: number, name: string }>, identities: Array<{ extIdpId: string, identityId: string, originConnIds: Array<string>, provider: string, type: string, userIdInIdp: string }>, mfaFactors: Array<{ confirmedAt: string | null, createdAt: string, factorId: string, factorType: MfaFactorType, lastUsedAt: string | null, name: string | null }>, roles: Array<{ code: string, description: string | null, id: string, name: string | null, namespace: string, userCount: number }> }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type UserPoolSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserPoolSettingsQuery = { userPoolSettings:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'UserPoolSettings', mfaPolicy: PoolMfaPolicy }
   };

export type UsersQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  direction?: SortDirection | null | undefined;
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  sortBy?: UserSortField | null | undefined;
}>;


export type UsersQuery = { users:
    | { __typename: 'ForbiddenError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'QueryUsersConnection', totalCount: number, edges: Array<{ cursor: string, node: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }
   };

export type VerifyDeleteAccountRequestMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  passCode?: string | null | undefined;
  password?: string | null | undefined;
  passwordEncryptType?: PasswordEncryptType | null | undefined;
  verifyMethod: VerifyMethod;
}>;


export type VerifyDeleteAccountRequestMutation = { verifyDeleteAccountRequest:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'DeleteAccountTicket', deleteAccountToken: string, tokenExpiresIn: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type VerifyMfaMutationVariables = Exact<{
  captchaCode?: string | null | undefined;
  captchaToken?: string | null | undefined;
  code: string;
  kind: MfaAnswerKind;
  mfaToken: string;
}>;


export type VerifyMfaMutation = { verifyMfa:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidClientError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaCodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'MfaFactorError', apiCode: number | null, message: string, reason: MfaFactorErrorReason, requestId: string, statusCode: number }
    | { __typename: 'MfaTokenInvalidError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerifyMfaSuccess', recoveryCodes: Array<string> | null, tokenSet: { access_token: string, expire_in: number, id_token: string, refresh_token: string | null, scope: string, token_type: string }, user: { address: string | null, birthdate: string | null, browser: string | null, city: string | null, company: string | null, country: string | null, createdAt: string, customData: Record<string, unknown>, departmentIds: Array<string>, device: string | null, email: string | null, emailVerified: boolean, externalId: string | null, familyName: string | null, formatted: string | null, gender: Gender, givenName: string | null, lastIp: string | null, lastLogin: string | null, lastLoginApp: string | null, lastMfaTime: string | null, locale: string | null, locality: string | null, loginsCount: number, mainDepartmentId: string | null, middleName: string | null, name: string | null, nickname: string | null, passwordLastSetAt: string | null, passwordSecurityLevel: number | null, phone: string | null, phoneCountryCode: string | null, phoneVerified: boolean, photo: string | null, postalCode: string | null, preferredUsername: string | null, profile: string | null, province: string | null, region: string | null, resetPasswordOnNextLogin: boolean, status: UserStatus, statusChangedAt: string | null, streetAddress: string | null, updatedAt: string, userId: string, userSourceId: string | null, userSourceType: UserSourceType, username: string | null, website: string | null, zoneinfo: string | null } }
   };

export type VerifyResetPasswordRequestMutationVariables = Exact<{
  email?: string | null | undefined;
  passCode: string;
  phoneCountryCode?: string | null | undefined;
  phoneNumber?: string | null | undefined;
  verifyMethod: ResetPasswordVerifyMethod;
}>;


export type VerifyResetPasswordRequestMutation = { verifyResetPasswordRequest:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'PasswordResetTicket', passwordResetToken: string, tokenExpiresIn: number }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'UnknownApplicationError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type VerifyUpdateEmailRequestMutationVariables = Exact<{
  newEmail: string;
  newEmailPassCode: string;
  oldEmailPassCode?: string | null | undefined;
}>;


export type VerifyUpdateEmailRequestMutation = { verifyUpdateEmailRequest:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'UpdateEmailTicket', tokenExpiresIn: number, updateEmailToken: string }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
   };

export type VerifyUpdatePhoneRequestMutationVariables = Exact<{
  newPhoneCountryCode?: string | null | undefined;
  newPhoneNumber: string;
  newPhonePassCode: string;
  oldPhonePassCode?: string | null | undefined;
}>;


export type VerifyUpdatePhoneRequestMutation = { verifyUpdatePhoneRequest:
    | { __typename: 'AccountLockedError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'AlreadyBoundError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'CaptchaRequiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'InvalidInputError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'LastSignInMethodError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'NotAuthenticatedError', apiCode: number | null, message: string, reason: NotAuthenticatedReason, requestId: string, statusCode: number }
    | { __typename: 'OldPasswordIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeAttemptsExceededError', apiCode: number | null, message: string, requestId: string, retryAfterSeconds: number, statusCode: number }
    | { __typename: 'PasscodeExpiredError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasscodeIncorrectError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordDecryptionError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'PasswordPolicyError', apiCode: number | null, message: string, requestId: string, statusCode: number, passwordPolicyErrorReason: PasswordPolicyReason }
    | { __typename: 'ReauthenticationRequiredError', apiCode: number | null, maxAgeSeconds: number, message: string, requestId: string, statusCode: number }
    | { __typename: 'UpdatePhoneTicket', tokenExpiresIn: number, updatePhoneToken: string }
    | { __typename: 'UserExistsError', apiCode: number | null, field: string, message: string, requestId: string, statusCode: number }
    | { __typename: 'UserNotFoundError', apiCode: number | null, message: string, requestId: string, statusCode: number }
    | { __typename: 'VerificationTicketError', apiCode: number | null, message: string, requestId: string, statusCode: number }
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

export const AccessKeysDocument = new TypedDocumentString(`
    query AccessKeys {
  accessKeys {
    __typename
    ... on AccessKeysSuccess {
      data {
        accessKeyId
        createdAt
        lastUsedAt
        signsRequests
        status
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastAccessKeyError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<AccessKeysQuery, AccessKeysQueryVariables>;
export const AddDepartmentMembersDocument = new TypedDocumentString(`
    mutation AddDepartmentMembers($departmentId: String!, $userIds: [String!]!) {
  addDepartmentMembers(departmentId: $departmentId, userIds: $userIds) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<AddDepartmentMembersMutation, AddDepartmentMembersMutationVariables>;
export const AddGroupMembersDocument = new TypedDocumentString(`
    mutation AddGroupMembers($code: String!, $userIds: [String!]!) {
  addGroupMembers(code: $code, userIds: $userIds) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<AddGroupMembersMutation, AddGroupMembersMutationVariables>;
export const ApplicationDocument = new TypedDocumentString(`
    query Application($appId: String!) {
  application(appId: $appId) {
    __typename
    ... on Application {
      accessTokenLifetimeSecs
      appId
      clientCredentialsScopes
      consentRequired
      createdAt
      description
      grantTypes
      idTokenLifetimeSecs
      isDemo
      mfaPolicy
      name
      postLogoutRedirectUris
      redirectUris
      refreshTokenIdleLifetimeSecs
      refreshTokenLifetimeSecs
      tokenEndpointAuthMethod
      updatedAt
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationQuery, ApplicationQueryVariables>;
export const ApplicationsDocument = new TypedDocumentString(`
    query Applications {
  applications {
    __typename
    ... on ApplicationsSuccess {
      data {
        accessTokenLifetimeSecs
        appId
        clientCredentialsScopes
        consentRequired
        createdAt
        description
        grantTypes
        idTokenLifetimeSecs
        isDemo
        mfaPolicy
        name
        postLogoutRedirectUris
        redirectUris
        refreshTokenIdleLifetimeSecs
        refreshTokenLifetimeSecs
        tokenEndpointAuthMethod
        updatedAt
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsQuery, ApplicationsQueryVariables>;
export const AssignRoleDocument = new TypedDocumentString(`
    mutation AssignRole($code: String!, $namespace: String, $targets: [RoleTargetInput!]!) {
  assignRole(code: $code, namespace: $namespace, targets: $targets) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<AssignRoleMutation, AssignRoleMutationVariables>;
export const AuditLogsDocument = new TypedDocumentString(`
    query AuditLogs($action: String, $after: String, $before: String, $first: Int, $last: Int, $targetId: String) {
  auditLogs(
    action: $action
    after: $after
    before: $before
    first: $first
    last: $last
    targetId: $targetId
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryAuditLogsConnection {
      edges {
        cursor
        node {
          action
          actorId
          actorType
          after
          before
          createdAt
          id
          ip
          requestId
          targetId
          targetType
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogsQuery, AuditLogsQueryVariables>;
export const BindEmailDocument = new TypedDocumentString(`
    mutation BindEmail($email: String!, $passCode: String!) {
  bindEmail(email: $email, passCode: $passCode) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<BindEmailMutation, BindEmailMutationVariables>;
export const BindPhoneDocument = new TypedDocumentString(`
    mutation BindPhone($passCode: String!, $phoneCountryCode: String, $phoneNumber: String!) {
  bindPhone(
    passCode: $passCode
    phoneCountryCode: $phoneCountryCode
    phoneNumber: $phoneNumber
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<BindPhoneMutation, BindPhoneMutationVariables>;
export const CheckLoginStatusDocument = new TypedDocumentString(`
    query CheckLoginStatus($token: String!) {
  checkLoginStatus(token: $token) {
    active
    clientId
    exp
    iat
    reason
    scope
    sub
  }
}
    `) as unknown as TypedDocumentString<CheckLoginStatusQuery, CheckLoginStatusQueryVariables>;
export const CheckSessionStatusDocument = new TypedDocumentString(`
    query CheckSessionStatus($appId: String, $userId: String!) {
  checkSessionStatus(appId: $appId, userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on SessionStatus {
      active
      activeSessionCount
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CheckSessionStatusQuery, CheckSessionStatusQueryVariables>;
export const ConfirmMfaFactorEnrollmentDocument = new TypedDocumentString(`
    mutation ConfirmMfaFactorEnrollment($code: String!, $factorId: String!) {
  confirmMfaFactorEnrollment(code: $code, factorId: $factorId) {
    __typename
    ... on ConfirmedMfaFactor {
      factor {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      recoveryCodes
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmMfaFactorEnrollmentMutation, ConfirmMfaFactorEnrollmentMutationVariables>;
export const CreateAccessKeyDocument = new TypedDocumentString(`
    mutation CreateAccessKey {
  createAccessKey {
    __typename
    ... on CreatedAccessKey {
      accessKey {
        accessKeyId
        createdAt
        lastUsedAt
        signsRequests
        status
      }
      accessKeySecret
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastAccessKeyError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessKeyMutation, CreateAccessKeyMutationVariables>;
export const CreateApplicationDocument = new TypedDocumentString(`
    mutation CreateApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    __typename
    ... on ApplicationWithSecret {
      appSecret
      application {
        accessTokenLifetimeSecs
        appId
        clientCredentialsScopes
        consentRequired
        createdAt
        description
        grantTypes
        idTokenLifetimeSecs
        isDemo
        mfaPolicy
        name
        postLogoutRedirectUris
        redirectUris
        refreshTokenIdleLifetimeSecs
        refreshTokenLifetimeSecs
        tokenEndpointAuthMethod
        updatedAt
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const CreateCustomFieldDocument = new TypedDocumentString(`
    mutation CreateCustomField($dataType: CustomFieldDataType!, $key: String!, $label: String!, $userEditable: Boolean) {
  createCustomField(
    dataType: $dataType
    key: $key
    label: $label
    userEditable: $userEditable
  ) {
    __typename
    ... on CustomField {
      createdAt
      dataType
      key
      label
      userEditable
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCustomFieldMutation, CreateCustomFieldMutationVariables>;
export const CreateDepartmentDocument = new TypedDocumentString(`
    mutation CreateDepartment($code: String!, $description: String, $name: String!, $organizationCode: String!, $parentDepartmentId: String) {
  createDepartment(
    code: $code
    description: $description
    name: $name
    organizationCode: $organizationCode
    parentDepartmentId: $parentDepartmentId
  ) {
    __typename
    ... on Department {
      code
      departmentId
      description
      memberCount
      members {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
      name
      organizationId
      parentDepartmentId
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($code: String!, $description: String, $name: String!) {
  createGroup(code: $code, description: $description, name: $name) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on Group {
      code
      description
      id
      memberCount
      members {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
      name
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreateNamespaceDocument = new TypedDocumentString(`
    mutation CreateNamespace($code: String!, $description: String, $name: String) {
  createNamespace(code: $code, description: $description, name: $name) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on Namespace {
      code
      description
      id
      name
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateNamespaceMutation, CreateNamespaceMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($code: String!, $description: String, $name: String!) {
  createOrganization(code: $code, description: $description, name: $name) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on Organization {
      code
      description
      id
      name
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($code: String!, $description: String, $name: String, $namespace: String) {
  createRole(
    code: $code
    description: $description
    name: $name
    namespace: $namespace
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Role {
      code
      description
      id
      name
      namespace
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const CreateUsersBatchDocument = new TypedDocumentString(`
    mutation CreateUsersBatch($users: [CreateUserInput!]!) {
  createUsersBatch(users: $users) {
    __typename
    ... on BatchFailedError {
      apiCode
      failures {
        apiCode
        errorType
        field
        index
        message
        statusCode
      }
      message
      requestId
      statusCode
    }
    ... on CreateUsersBatchSuccess {
      data {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUsersBatchMutation, CreateUsersBatchMutationVariables>;
export const CustomFieldsDocument = new TypedDocumentString(`
    query CustomFields {
  customFields {
    __typename
    ... on CustomFieldsSuccess {
      data {
        createdAt
        dataType
        key
        label
        userEditable
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CustomFieldsQuery, CustomFieldsQueryVariables>;
export const DeleteAccessKeyDocument = new TypedDocumentString(`
    mutation DeleteAccessKey($accessKeyId: String!) {
  deleteAccessKey(accessKeyId: $accessKeyId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastAccessKeyError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccessKeyMutation, DeleteAccessKeyMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($deleteAccountToken: String!) {
  deleteAccount(deleteAccountToken: $deleteAccountToken) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const DeleteApplicationDocument = new TypedDocumentString(`
    mutation DeleteApplication($appId: String!) {
  deleteApplication(appId: $appId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteApplicationMutation, DeleteApplicationMutationVariables>;
export const DeleteCustomFieldDocument = new TypedDocumentString(`
    mutation DeleteCustomField($key: String!) {
  deleteCustomField(key: $key) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCustomFieldMutation, DeleteCustomFieldMutationVariables>;
export const DeleteDepartmentDocument = new TypedDocumentString(`
    mutation DeleteDepartment($departmentId: String!, $force: Boolean) {
  deleteDepartment(departmentId: $departmentId, force: $force) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteDepartmentMutation, DeleteDepartmentMutationVariables>;
export const DeleteGroupDocument = new TypedDocumentString(`
    mutation DeleteGroup($code: String!) {
  deleteGroup(code: $code) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const DeleteRolesBatchDocument = new TypedDocumentString(`
    mutation DeleteRolesBatch($codes: [String!]!, $namespace: String) {
  deleteRolesBatch(codes: $codes, namespace: $namespace) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteRolesBatchMutation, DeleteRolesBatchMutationVariables>;
export const DeleteUsersBatchDocument = new TypedDocumentString(`
    mutation DeleteUsersBatch($userIds: [String!]!) {
  deleteUsersBatch(userIds: $userIds) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteUsersBatchMutation, DeleteUsersBatchMutationVariables>;
export const GetAccessibleAppsDocument = new TypedDocumentString(`
    query GetAccessibleApps {
  getAccessibleApps {
    __typename
    ... on MyApplications {
      applications {
        appId
        description
        name
      }
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetAccessibleAppsQuery, GetAccessibleAppsQueryVariables>;
export const GetCaptchaCodeDocument = new TypedDocumentString(`
    mutation GetCaptchaCode {
  getCaptchaCode {
    __typename
    ... on Captcha {
      altchaChallenge
      captchaCodeSvg
      captchaToken
      expiresIn
      kind
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetCaptchaCodeMutation, GetCaptchaCodeMutationVariables>;
export const GetDepartmentListDocument = new TypedDocumentString(`
    query GetDepartmentList {
  getDepartmentList {
    __typename
    ... on MyDepartments {
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetDepartmentListQuery, GetDepartmentListQueryVariables>;
export const GetGroupListDocument = new TypedDocumentString(`
    query GetGroupList {
  getGroupList {
    __typename
    ... on MyGroups {
      groups {
        code
        description
        id
        memberCount
        name
      }
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetGroupListQuery, GetGroupListQueryVariables>;
export const GetManagementTokenDocument = new TypedDocumentString(`
    mutation GetManagementToken($accessKeyId: String!, $accessKeySecret: String!) {
  getManagementToken(accessKeyId: $accessKeyId, accessKeySecret: $accessKeySecret) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ManagementToken {
      access_token
      expires_in
    }
  }
}
    `) as unknown as TypedDocumentString<GetManagementTokenMutation, GetManagementTokenMutationVariables>;
export const GetRoleListDocument = new TypedDocumentString(`
    query GetRoleList($namespace: String) {
  getRoleList(namespace: $namespace) {
    __typename
    ... on MyRoles {
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetRoleListQuery, GetRoleListQueryVariables>;
export const GetSystemInfoDocument = new TypedDocumentString(`
    query GetSystemInfo {
  getSystemInfo {
    __typename
    ... on SystemInfo {
      rsa {
        algorithm
        encoding
        publicKey
      }
      sm2 {
        cipherMode
        encoding
        publicKey
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetSystemInfoQuery, GetSystemInfoQueryVariables>;
export const GetUserLoginHistoryDocument = new TypedDocumentString(`
    query GetUserLoginHistory($last: Int, $userId: String!) {
  getUserLoginHistory(last: $last, userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on UserLoginHistory {
      entries {
        apiCode
        createdAt
        id
        ip
        method
        success
        userAgent
      }
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GetUserLoginHistoryQuery, GetUserLoginHistoryQueryVariables>;
export const GroupsDocument = new TypedDocumentString(`
    query Groups($after: String, $before: String, $first: Int, $keyword: String, $last: Int) {
  groups(
    after: $after
    before: $before
    first: $first
    keyword: $keyword
    last: $last
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryGroupsConnection {
      edges {
        cursor
        node {
          code
          description
          id
          memberCount
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<GroupsQuery, GroupsQueryVariables>;
export const IntrospectTokenDocument = new TypedDocumentString(`
    query IntrospectToken($token: String!, $tokenTypeHint: TokenTypeHint) {
  introspectToken(token: $token, tokenTypeHint: $tokenTypeHint) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on TokenIntrospection {
      active
      aud
      client_id
      exp
      iat
      iss
      jti
      scope
      sid
      sub
      token_type
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<IntrospectTokenQuery, IntrospectTokenQueryVariables>;
export const IsUserExistsDocument = new TypedDocumentString(`
    query IsUserExists($email: String, $externalId: String, $phone: String, $phoneCountryCode: String, $username: String) {
  isUserExists(
    email: $email
    externalId: $externalId
    phone: $phone
    phoneCountryCode: $phoneCountryCode
    username: $username
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on IsUserExistsSuccess {
      exists
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<IsUserExistsQuery, IsUserExistsQueryVariables>;
export const KickUsersDocument = new TypedDocumentString(`
    mutation KickUsers($userIds: [String!]!) {
  kickUsers(userIds: $userIds) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<KickUsersMutation, KickUsersMutationVariables>;
export const ListChildrenDepartmentsDocument = new TypedDocumentString(`
    query ListChildrenDepartments($departmentId: String, $organizationCode: String!) {
  listChildrenDepartments(
    departmentId: $departmentId
    organizationCode: $organizationCode
  ) {
    __typename
    ... on DepartmentList {
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ListChildrenDepartmentsQuery, ListChildrenDepartmentsQueryVariables>;
export const ListDepartmentMembersDocument = new TypedDocumentString(`
    query ListDepartmentMembers($after: String, $before: String, $departmentId: String!, $first: Int, $last: Int) {
  listDepartmentMembers(
    after: $after
    before: $before
    departmentId: $departmentId
    first: $first
    last: $last
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryListDepartmentMembersConnection {
      edges {
        cursor
        node {
          address
          birthdate
          browser
          city
          company
          country
          createdAt
          customData
          departmentIds
          device
          email
          emailVerified
          externalId
          familyName
          formatted
          gender
          givenName
          lastIp
          lastLogin
          lastLoginApp
          lastMfaTime
          locale
          locality
          loginsCount
          mainDepartmentId
          middleName
          name
          nickname
          passwordLastSetAt
          passwordSecurityLevel
          phone
          phoneCountryCode
          phoneVerified
          photo
          postalCode
          preferredUsername
          profile
          province
          region
          resetPasswordOnNextLogin
          status
          statusChangedAt
          streetAddress
          updatedAt
          userId
          userSourceId
          userSourceType
          username
          website
          zoneinfo
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ListDepartmentMembersQuery, ListDepartmentMembersQueryVariables>;
export const ListGroupMembersDocument = new TypedDocumentString(`
    query ListGroupMembers($after: String, $before: String, $code: String!, $first: Int, $last: Int) {
  listGroupMembers(
    after: $after
    before: $before
    code: $code
    first: $first
    last: $last
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryListGroupMembersConnection {
      edges {
        cursor
        node {
          address
          birthdate
          browser
          city
          company
          country
          createdAt
          customData
          departmentIds
          device
          email
          emailVerified
          externalId
          familyName
          formatted
          gender
          givenName
          lastIp
          lastLogin
          lastLoginApp
          lastMfaTime
          locale
          locality
          loginsCount
          mainDepartmentId
          middleName
          name
          nickname
          passwordLastSetAt
          passwordSecurityLevel
          phone
          phoneCountryCode
          phoneVerified
          photo
          postalCode
          preferredUsername
          profile
          province
          region
          resetPasswordOnNextLogin
          status
          statusChangedAt
          streetAddress
          updatedAt
          userId
          userSourceId
          userSourceType
          username
          website
          zoneinfo
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ListGroupMembersQuery, ListGroupMembersQueryVariables>;
export const ListRoleMembersDocument = new TypedDocumentString(`
    query ListRoleMembers($after: String, $before: String, $code: String!, $first: Int, $includeDepartments: Boolean, $last: Int, $namespace: String) {
  listRoleMembers(
    after: $after
    before: $before
    code: $code
    first: $first
    includeDepartments: $includeDepartments
    last: $last
    namespace: $namespace
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryListRoleMembersConnection {
      edges {
        cursor
        node {
          address
          birthdate
          browser
          city
          company
          country
          createdAt
          customData
          departmentIds
          device
          email
          emailVerified
          externalId
          familyName
          formatted
          gender
          givenName
          lastIp
          lastLogin
          lastLoginApp
          lastMfaTime
          locale
          locality
          loginsCount
          mainDepartmentId
          middleName
          name
          nickname
          passwordLastSetAt
          passwordSecurityLevel
          phone
          phoneCountryCode
          phoneVerified
          photo
          postalCode
          preferredUsername
          profile
          province
          region
          resetPasswordOnNextLogin
          status
          statusChangedAt
          streetAddress
          updatedAt
          userId
          userSourceId
          userSourceType
          username
          website
          zoneinfo
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ListRoleMembersQuery, ListRoleMembersQueryVariables>;
export const ListUsersDocument = new TypedDocumentString(`
    query ListUsers($direction: SortDirection, $filter: UserFilter, $limit: Int, $page: Int, $sortBy: UserSortField) {
  listUsers(
    direction: $direction
    filter: $filter
    limit: $limit
    page: $page
    sortBy: $sortBy
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on UserPage {
      limit
      list {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
      page
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ListUsersQuery, ListUsersQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($everywhere: Boolean) {
  logout(everywhere: $everywhere) {
    __typename
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    __typename
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MfaPasskeyEnrollmentOptionsDocument = new TypedDocumentString(`
    mutation MfaPasskeyEnrollmentOptions($mfaToken: String!) {
  mfaPasskeyEnrollmentOptions(mfaToken: $mfaToken) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyOptions {
      options
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<MfaPasskeyEnrollmentOptionsMutation, MfaPasskeyEnrollmentOptionsMutationVariables>;
export const MfaPasskeyOptionsDocument = new TypedDocumentString(`
    mutation MfaPasskeyOptions($mfaToken: String!) {
  mfaPasskeyOptions(mfaToken: $mfaToken) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyOptions {
      options
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<MfaPasskeyOptionsMutation, MfaPasskeyOptionsMutationVariables>;
export const MyMfaFactorsDocument = new TypedDocumentString(`
    query MyMfaFactors {
  myMfaFactors {
    __typename
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MyMfaFactors {
      factors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      recoveryCodesLeft
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<MyMfaFactorsQuery, MyMfaFactorsQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($after: String, $before: String, $first: Int, $last: Int) {
  organizations(after: $after, before: $before, first: $first, last: $last) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryOrganizationsConnection {
      edges {
        cursor
        node {
          code
          description
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const PasskeyRegistrationOptionsDocument = new TypedDocumentString(`
    mutation PasskeyRegistrationOptions {
  passkeyRegistrationOptions {
    __typename
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyOptions {
      options
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<PasskeyRegistrationOptionsMutation, PasskeyRegistrationOptionsMutationVariables>;
export const PasskeySignInOptionsDocument = new TypedDocumentString(`
    mutation PasskeySignInOptions {
  passkeySignInOptions {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasskeyOptions {
      options
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<PasskeySignInOptionsMutation, PasskeySignInOptionsMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    __typename
    ... on InvalidGrantError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on TokenSet {
      access_token
      expire_in
      id_token
      refresh_token
      scope
      token_type
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const RegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation RegenerateRecoveryCodes {
  regenerateRecoveryCodes {
    __typename
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on RecoveryCodes {
      codes
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const RegisterPasskeyDocument = new TypedDocumentString(`
    mutation RegisterPasskey($name: String, $response: JSONObject!) {
  registerPasskey(name: $name, response: $response) {
    __typename
    ... on ConfirmedMfaFactor {
      factor {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      recoveryCodes
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPasskeyMutation, RegisterPasskeyMutationVariables>;
export const RemoveDepartmentMembersDocument = new TypedDocumentString(`
    mutation RemoveDepartmentMembers($departmentId: String!, $userIds: [String!]!) {
  removeDepartmentMembers(departmentId: $departmentId, userIds: $userIds) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveDepartmentMembersMutation, RemoveDepartmentMembersMutationVariables>;
export const RemoveGroupMembersDocument = new TypedDocumentString(`
    mutation RemoveGroupMembers($code: String!, $userIds: [String!]!) {
  removeGroupMembers(code: $code, userIds: $userIds) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveGroupMembersMutation, RemoveGroupMembersMutationVariables>;
export const RemoveMfaFactorDocument = new TypedDocumentString(`
    mutation RemoveMfaFactor($factorId: String!) {
  removeMfaFactor(factorId: $factorId) {
    __typename
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactor {
      confirmedAt
      createdAt
      factorId
      factorType
      lastUsedAt
      name
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveMfaFactorMutation, RemoveMfaFactorMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($password: String!, $passwordEncryptType: PasswordEncryptType, $passwordResetToken: String!) {
  resetPassword(
    password: $password
    passwordEncryptType: $passwordEncryptType
    passwordResetToken: $passwordResetToken
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ResetUserMfaDocument = new TypedDocumentString(`
    mutation ResetUserMfa($userId: String!) {
  resetUserMfa(userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ResetUserMfaMutation, ResetUserMfaMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($password: String!, $requireChangeOnNextLogin: Boolean, $userId: String!) {
  resetUserPassword(
    password: $password
    requireChangeOnNextLogin: $requireChangeOnNextLogin
    userId: $userId
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($code: String!, $namespace: String, $targets: [RoleTargetInput!]!) {
  revokeRole(code: $code, namespace: $namespace, targets: $targets) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const RevokeTokenDocument = new TypedDocumentString(`
    mutation RevokeToken($token: String!, $tokenTypeHint: TokenTypeHint) {
  revokeToken(token: $token, tokenTypeHint: $tokenTypeHint) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const RoleDocument = new TypedDocumentString(`
    query Role($code: String!, $namespace: String) {
  role(code: $code, namespace: $namespace) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Role {
      code
      description
      id
      name
      namespace
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<RoleQuery, RoleQueryVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles($after: String, $before: String, $first: Int, $keyword: String, $last: Int, $namespace: String) {
  roles(
    after: $after
    before: $before
    first: $first
    keyword: $keyword
    last: $last
    namespace: $namespace
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryRolesConnection {
      edges {
        cursor
        node {
          code
          description
          id
          name
          namespace
          userCount
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const RotateApplicationSecretDocument = new TypedDocumentString(`
    mutation RotateApplicationSecret($appId: String!) {
  rotateApplicationSecret(appId: $appId) {
    __typename
    ... on ApplicationWithSecret {
      appSecret
      application {
        accessTokenLifetimeSecs
        appId
        clientCredentialsScopes
        consentRequired
        createdAt
        description
        grantTypes
        idTokenLifetimeSecs
        isDemo
        mfaPolicy
        name
        postLogoutRedirectUris
        redirectUris
        refreshTokenIdleLifetimeSecs
        refreshTokenLifetimeSecs
        tokenEndpointAuthMethod
        updatedAt
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RotateApplicationSecretMutation, RotateApplicationSecretMutationVariables>;
export const SearchDepartmentsDocument = new TypedDocumentString(`
    query SearchDepartments($keyword: String!, $organizationCode: String) {
  searchDepartments(keyword: $keyword, organizationCode: $organizationCode) {
    __typename
    ... on DepartmentSearch {
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SearchDepartmentsQuery, SearchDepartmentsQueryVariables>;
export const SendEmailDocument = new TypedDocumentString(`
    mutation SendEmail($captchaCode: String, $captchaToken: String, $channel: PasscodeChannel!, $email: String!) {
  sendEmail(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    channel: $channel
    email: $email
  ) {
    __typename
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on DeliveryFailedError {
      apiCode
      message
      requestId
      statusCode
      transport
    }
    ... on DeliveryNotConfiguredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasscodeSendLimitError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeSent {
      expiresIn
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SendEmailMutation, SendEmailMutationVariables>;
export const SendMfaCodeDocument = new TypedDocumentString(`
    mutation SendMfaCode($captchaCode: String, $captchaToken: String, $kind: MfaAddressFactor!, $mfaToken: String!) {
  sendMfaCode(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    kind: $kind
    mfaToken: $mfaToken
  ) {
    __typename
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on DeliveryFailedError {
      apiCode
      message
      requestId
      statusCode
      transport
    }
    ... on DeliveryNotConfiguredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeSendLimitError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeSent {
      expiresIn
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SendMfaCodeMutation, SendMfaCodeMutationVariables>;
export const SendSmsDocument = new TypedDocumentString(`
    mutation SendSms($captchaCode: String, $captchaToken: String, $channel: PasscodeChannel!, $phoneCountryCode: String, $phoneNumber: String!) {
  sendSms(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    channel: $channel
    phoneCountryCode: $phoneCountryCode
    phoneNumber: $phoneNumber
  ) {
    __typename
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on DeliveryFailedError {
      apiCode
      message
      requestId
      statusCode
      transport
    }
    ... on DeliveryNotConfiguredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasscodeSendLimitError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeSent {
      expiresIn
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SendSmsMutation, SendSmsMutationVariables>;
export const SetCustomDataDocument = new TypedDocumentString(`
    mutation SetCustomData($customData: JSONObject!) {
  setCustomData(customData: $customData) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SetCustomDataMutation, SetCustomDataMutationVariables>;
export const SetUserCustomDataDocument = new TypedDocumentString(`
    mutation SetUserCustomData($customData: JSONObject!, $userId: String!) {
  setUserCustomData(customData: $customData, userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SetUserCustomDataMutation, SetUserCustomDataMutationVariables>;
export const SetUserMainDepartmentDocument = new TypedDocumentString(`
    mutation SetUserMainDepartment($departmentId: String!, $userId: String!) {
  setUserMainDepartment(departmentId: $departmentId, userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Success {
      success
    }
  }
}
    `) as unknown as TypedDocumentString<SetUserMainDepartmentMutation, SetUserMainDepartmentMutationVariables>;
export const SetUserStatusDocument = new TypedDocumentString(`
    mutation SetUserStatus($status: UserStatus!, $userId: String!) {
  setUserStatus(status: $status, userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const SignInByAccountPasswordDocument = new TypedDocumentString(`
    mutation SignInByAccountPassword($account: String!, $options: SignInOptionsInput, $password: String!) {
  signInByAccountPassword(
    account: $account
    options: $options
    password: $password
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on EmailNotVerifiedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidCredentialsError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaRequired {
      apiCode
      enrollmentRequired
      expiresIn
      factors
      message
      mfaToken
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInByAccountPasswordMutation, SignInByAccountPasswordMutationVariables>;
export const SignInByEmailPasscodeDocument = new TypedDocumentString(`
    mutation SignInByEmailPasscode($email: String!, $options: SignInOptionsInput, $passCode: String!) {
  signInByEmailPasscode(email: $email, options: $options, passCode: $passCode) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on EmailNotVerifiedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidCredentialsError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaRequired {
      apiCode
      enrollmentRequired
      expiresIn
      factors
      message
      mfaToken
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInByEmailPasscodeMutation, SignInByEmailPasscodeMutationVariables>;
export const SignInByEmailPasswordDocument = new TypedDocumentString(`
    mutation SignInByEmailPassword($email: String!, $options: SignInOptionsInput, $password: String!) {
  signInByEmailPassword(email: $email, options: $options, password: $password) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on EmailNotVerifiedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidCredentialsError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaRequired {
      apiCode
      enrollmentRequired
      expiresIn
      factors
      message
      mfaToken
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInByEmailPasswordMutation, SignInByEmailPasswordMutationVariables>;
export const SignInByPhonePasscodeDocument = new TypedDocumentString(`
    mutation SignInByPhonePasscode($options: SignInOptionsInput, $passCode: String!, $phone: String!, $phoneCountryCode: String) {
  signInByPhonePasscode(
    options: $options
    passCode: $passCode
    phone: $phone
    phoneCountryCode: $phoneCountryCode
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on EmailNotVerifiedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidCredentialsError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaRequired {
      apiCode
      enrollmentRequired
      expiresIn
      factors
      message
      mfaToken
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInByPhonePasscodeMutation, SignInByPhonePasscodeMutationVariables>;
export const SignInByPhonePasswordDocument = new TypedDocumentString(`
    mutation SignInByPhonePassword($options: SignInOptionsInput, $password: String!, $phone: String!, $phoneCountryCode: String) {
  signInByPhonePassword(
    options: $options
    password: $password
    phone: $phone
    phoneCountryCode: $phoneCountryCode
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on EmailNotVerifiedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidCredentialsError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaRequired {
      apiCode
      enrollmentRequired
      expiresIn
      factors
      message
      mfaToken
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInByPhonePasswordMutation, SignInByPhonePasswordMutationVariables>;
export const SignInByUsernamePasswordDocument = new TypedDocumentString(`
    mutation SignInByUsernamePassword($options: SignInOptionsInput, $password: String!, $username: String!) {
  signInByUsernamePassword(
    options: $options
    password: $password
    username: $username
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on EmailNotVerifiedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidCredentialsError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaRequired {
      apiCode
      enrollmentRequired
      expiresIn
      factors
      message
      mfaToken
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInByUsernamePasswordMutation, SignInByUsernamePasswordMutationVariables>;
export const SignInWithPasskeyDocument = new TypedDocumentString(`
    mutation SignInWithPasskey($response: JSONObject!, $scope: String) {
  signInWithPasskey(response: $response, scope: $scope) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on SignInSuccess {
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithPasskeyMutation, SignInWithPasskeyMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($connection: SignUpConnection!, $options: SignUpOptionsInput, $passCodePayload: SignUpPassCodePayload, $passwordPayload: SignUpPasswordPayload, $profile: SignUpProfileInput) {
  signUp(
    connection: $connection
    options: $options
    passCodePayload: $passCodePayload
    passwordPayload: $passwordPayload
    profile: $profile
  ) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignUpByEmailPasscodeDocument = new TypedDocumentString(`
    mutation SignUpByEmailPasscode($email: String!, $options: SignUpOptionsInput, $passCode: String!, $profile: SignUpProfileInput) {
  signUpByEmailPasscode(
    email: $email
    options: $options
    passCode: $passCode
    profile: $profile
  ) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpByEmailPasscodeMutation, SignUpByEmailPasscodeMutationVariables>;
export const SignUpByEmailPasswordDocument = new TypedDocumentString(`
    mutation SignUpByEmailPassword($email: String!, $options: SignUpOptionsInput, $password: String!, $profile: SignUpProfileInput) {
  signUpByEmailPassword(
    email: $email
    options: $options
    password: $password
    profile: $profile
  ) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpByEmailPasswordMutation, SignUpByEmailPasswordMutationVariables>;
export const SignUpByPhonePasscodeDocument = new TypedDocumentString(`
    mutation SignUpByPhonePasscode($options: SignUpOptionsInput, $passCode: String!, $phone: String!, $phoneCountryCode: String, $profile: SignUpProfileInput) {
  signUpByPhonePasscode(
    options: $options
    passCode: $passCode
    phone: $phone
    phoneCountryCode: $phoneCountryCode
    profile: $profile
  ) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpByPhonePasscodeMutation, SignUpByPhonePasscodeMutationVariables>;
export const SignUpByUsernamePasswordDocument = new TypedDocumentString(`
    mutation SignUpByUsernamePassword($options: SignUpOptionsInput, $password: String!, $profile: SignUpProfileInput, $username: String!) {
  signUpByUsernamePassword(
    options: $options
    password: $password
    profile: $profile
    username: $username
  ) {
    __typename
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on RegistrationDisabledError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on RegistrationTooFrequentError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpByUsernamePasswordMutation, SignUpByUsernamePasswordMutationVariables>;
export const StartEmailFactorEnrollmentDocument = new TypedDocumentString(`
    mutation StartEmailFactorEnrollment($captchaCode: String, $captchaToken: String, $email: String!) {
  startEmailFactorEnrollment(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    email: $email
  ) {
    __typename
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on DeliveryFailedError {
      apiCode
      message
      requestId
      statusCode
      transport
    }
    ... on DeliveryNotConfiguredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeSendLimitError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PendingMfaFactor {
      expiresIn
      factorId
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<StartEmailFactorEnrollmentMutation, StartEmailFactorEnrollmentMutationVariables>;
export const StartMfaEnrollmentDocument = new TypedDocumentString(`
    mutation StartMfaEnrollment($mfaToken: String!) {
  startMfaEnrollment(mfaToken: $mfaToken) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on TotpEnrollment {
      factorId
      otpauthUri
      qrCodeSvg
      secret
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<StartMfaEnrollmentMutation, StartMfaEnrollmentMutationVariables>;
export const StartSmsFactorEnrollmentDocument = new TypedDocumentString(`
    mutation StartSmsFactorEnrollment($captchaCode: String, $captchaToken: String, $phoneCountryCode: String, $phoneNumber: String!) {
  startSmsFactorEnrollment(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    phoneCountryCode: $phoneCountryCode
    phoneNumber: $phoneNumber
  ) {
    __typename
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on DeliveryFailedError {
      apiCode
      message
      requestId
      statusCode
      transport
    }
    ... on DeliveryNotConfiguredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeSendLimitError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PendingMfaFactor {
      expiresIn
      factorId
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<StartSmsFactorEnrollmentMutation, StartSmsFactorEnrollmentMutationVariables>;
export const StartTotpEnrollmentDocument = new TypedDocumentString(`
    mutation StartTotpEnrollment {
  startTotpEnrollment {
    __typename
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      notAuthenticatedErrorReason: reason
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasskeyRefusedError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on TotpEnrollment {
      factorId
      otpauthUri
      qrCodeSvg
      secret
    }
  }
}
    `) as unknown as TypedDocumentString<StartTotpEnrollmentMutation, StartTotpEnrollmentMutationVariables>;
export const UnbindEmailDocument = new TypedDocumentString(`
    mutation UnbindEmail($passCode: String!) {
  unbindEmail(passCode: $passCode) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UnbindEmailMutation, UnbindEmailMutationVariables>;
export const UnbindPhoneDocument = new TypedDocumentString(`
    mutation UnbindPhone($passCode: String!) {
  unbindPhone(passCode: $passCode) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UnbindPhoneMutation, UnbindPhoneMutationVariables>;
export const UpdateAccessKeyStatusDocument = new TypedDocumentString(`
    mutation UpdateAccessKeyStatus($accessKeyId: String!, $status: AccessKeyStatus!) {
  updateAccessKeyStatus(accessKeyId: $accessKeyId, status: $status) {
    __typename
    ... on AccessKey {
      accessKeyId
      createdAt
      lastUsedAt
      signsRequests
      status
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastAccessKeyError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccessKeyStatusMutation, UpdateAccessKeyStatusMutationVariables>;
export const UpdateApplicationDocument = new TypedDocumentString(`
    mutation UpdateApplication($appId: String!, $input: UpdateApplicationInput!) {
  updateApplication(appId: $appId, input: $input) {
    __typename
    ... on Application {
      accessTokenLifetimeSecs
      appId
      clientCredentialsScopes
      consentRequired
      createdAt
      description
      grantTypes
      idTokenLifetimeSecs
      isDemo
      mfaPolicy
      name
      postLogoutRedirectUris
      redirectUris
      refreshTokenIdleLifetimeSecs
      refreshTokenLifetimeSecs
      tokenEndpointAuthMethod
      updatedAt
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateApplicationMutation, UpdateApplicationMutationVariables>;
export const UpdateCustomFieldDocument = new TypedDocumentString(`
    mutation UpdateCustomField($key: String!, $label: String, $userEditable: Boolean) {
  updateCustomField(key: $key, label: $label, userEditable: $userEditable) {
    __typename
    ... on CustomField {
      createdAt
      dataType
      key
      label
      userEditable
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCustomFieldMutation, UpdateCustomFieldMutationVariables>;
export const UpdateDepartmentDocument = new TypedDocumentString(`
    mutation UpdateDepartment($code: String, $departmentId: String!, $description: String, $moveToRoot: Boolean, $name: String, $parentDepartmentId: String) {
  updateDepartment(
    code: $code
    departmentId: $departmentId
    description: $description
    moveToRoot: $moveToRoot
    name: $name
    parentDepartmentId: $parentDepartmentId
  ) {
    __typename
    ... on Department {
      code
      departmentId
      description
      memberCount
      members {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
      name
      organizationId
      parentDepartmentId
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
    }
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const UpdateEmailDocument = new TypedDocumentString(`
    mutation UpdateEmail($updateEmailToken: String!) {
  updateEmail(updateEmailToken: $updateEmailToken) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEmailMutation, UpdateEmailMutationVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($code: String!, $description: String, $name: String) {
  updateGroup(code: $code, description: $description, name: $name) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on Group {
      code
      description
      id
      memberCount
      members {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
      name
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const UpdatePasswordDocument = new TypedDocumentString(`
    mutation UpdatePassword($captchaCode: String, $captchaToken: String, $newPassword: String!, $oldPassword: String, $passwordEncryptType: PasswordEncryptType) {
  updatePassword(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    newPassword: $newPassword
    oldPassword: $oldPassword
    passwordEncryptType: $passwordEncryptType
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on Success {
      success
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePasswordMutation, UpdatePasswordMutationVariables>;
export const UpdatePhoneDocument = new TypedDocumentString(`
    mutation UpdatePhone($updatePhoneToken: String!) {
  updatePhone(updatePhoneToken: $updatePhoneToken) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePhoneMutation, UpdatePhoneMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($profile: UpdateProfileInput!) {
  updateProfile(profile: $profile) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($code: String!, $description: String, $name: String, $namespace: String, $newCode: String) {
  updateRole(
    code: $code
    description: $description
    name: $name
    namespace: $namespace
    newCode: $newCode
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on ResourceExistsError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on ResourceNotFoundError {
      apiCode
      identifier
      message
      requestId
      resource
      statusCode
    }
    ... on Role {
      code
      description
      id
      name
      namespace
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!, $userId: String!) {
  updateUser(input: $input, userId: $userId) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const UpdateUserPoolSettingsDocument = new TypedDocumentString(`
    mutation UpdateUserPoolSettings($input: UpdateUserPoolSettingsInput!) {
  updateUserPoolSettings(input: $input) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on UserPoolSettings {
      mfaPolicy
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserPoolSettingsMutation, UpdateUserPoolSettingsMutationVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($userId: String!, $userIdType: UserIdType) {
  user(userId: $userId, userIdType: $userIdType) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on User {
      address
      birthdate
      browser
      city
      company
      country
      createdAt
      customData
      departmentIds
      departments {
        code
        departmentId
        description
        memberCount
        name
        organizationId
        parentDepartmentId
      }
      device
      email
      emailVerified
      externalId
      familyName
      formatted
      gender
      givenName
      groups {
        code
        description
        id
        memberCount
        name
      }
      identities {
        extIdpId
        identityId
        originConnIds
        provider
        type
        userIdInIdp
      }
      lastIp
      lastLogin
      lastLoginApp
      lastMfaTime
      locale
      locality
      loginsCount
      mainDepartmentId
      mfaFactors {
        confirmedAt
        createdAt
        factorId
        factorType
        lastUsedAt
        name
      }
      middleName
      name
      nickname
      passwordLastSetAt
      passwordSecurityLevel
      phone
      phoneCountryCode
      phoneVerified
      photo
      postalCode
      preferredUsername
      profile
      province
      region
      resetPasswordOnNextLogin
      roles {
        code
        description
        id
        name
        namespace
        userCount
      }
      status
      statusChangedAt
      streetAddress
      updatedAt
      userId
      userSourceId
      userSourceType
      username
      website
      zoneinfo
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UserPoolSettingsDocument = new TypedDocumentString(`
    query UserPoolSettings {
  userPoolSettings {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on UserPoolSettings {
      mfaPolicy
    }
  }
}
    `) as unknown as TypedDocumentString<UserPoolSettingsQuery, UserPoolSettingsQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($after: String, $before: String, $direction: SortDirection, $filter: UserFilter, $first: Int, $last: Int, $sortBy: UserSortField) {
  users(
    after: $after
    before: $before
    direction: $direction
    filter: $filter
    first: $first
    last: $last
    sortBy: $sortBy
  ) {
    __typename
    ... on ForbiddenError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on QueryUsersConnection {
      edges {
        cursor
        node {
          address
          birthdate
          browser
          city
          company
          country
          createdAt
          customData
          departmentIds
          device
          email
          emailVerified
          externalId
          familyName
          formatted
          gender
          givenName
          lastIp
          lastLogin
          lastLoginApp
          lastMfaTime
          locale
          locality
          loginsCount
          mainDepartmentId
          middleName
          name
          nickname
          passwordLastSetAt
          passwordSecurityLevel
          phone
          phoneCountryCode
          phoneVerified
          photo
          postalCode
          preferredUsername
          profile
          province
          region
          resetPasswordOnNextLogin
          status
          statusChangedAt
          streetAddress
          updatedAt
          userId
          userSourceId
          userSourceType
          username
          website
          zoneinfo
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const VerifyDeleteAccountRequestDocument = new TypedDocumentString(`
    mutation VerifyDeleteAccountRequest($captchaCode: String, $captchaToken: String, $passCode: String, $password: String, $passwordEncryptType: PasswordEncryptType, $verifyMethod: VerifyMethod!) {
  verifyDeleteAccountRequest(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    passCode: $passCode
    password: $password
    passwordEncryptType: $passwordEncryptType
    verifyMethod: $verifyMethod
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on DeleteAccountTicket {
      deleteAccountToken
      tokenExpiresIn
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyDeleteAccountRequestMutation, VerifyDeleteAccountRequestMutationVariables>;
export const VerifyMfaDocument = new TypedDocumentString(`
    mutation VerifyMfa($captchaCode: String, $captchaToken: String, $code: String!, $kind: MfaAnswerKind!, $mfaToken: String!) {
  verifyMfa(
    captchaCode: $captchaCode
    captchaToken: $captchaToken
    code: $code
    kind: $kind
    mfaToken: $mfaToken
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidClientError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on MfaCodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on MfaFactorError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on MfaTokenInvalidError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerifyMfaSuccess {
      recoveryCodes
      tokenSet {
        access_token
        expire_in
        id_token
        refresh_token
        scope
        token_type
      }
      user {
        address
        birthdate
        browser
        city
        company
        country
        createdAt
        customData
        departmentIds
        device
        email
        emailVerified
        externalId
        familyName
        formatted
        gender
        givenName
        lastIp
        lastLogin
        lastLoginApp
        lastMfaTime
        locale
        locality
        loginsCount
        mainDepartmentId
        middleName
        name
        nickname
        passwordLastSetAt
        passwordSecurityLevel
        phone
        phoneCountryCode
        phoneVerified
        photo
        postalCode
        preferredUsername
        profile
        province
        region
        resetPasswordOnNextLogin
        status
        statusChangedAt
        streetAddress
        updatedAt
        userId
        userSourceId
        userSourceType
        username
        website
        zoneinfo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyMfaMutation, VerifyMfaMutationVariables>;
export const VerifyResetPasswordRequestDocument = new TypedDocumentString(`
    mutation VerifyResetPasswordRequest($email: String, $passCode: String!, $phoneCountryCode: String, $phoneNumber: String, $verifyMethod: ResetPasswordVerifyMethod!) {
  verifyResetPasswordRequest(
    email: $email
    passCode: $passCode
    phoneCountryCode: $phoneCountryCode
    phoneNumber: $phoneNumber
    verifyMethod: $verifyMethod
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on PasswordResetTicket {
      passwordResetToken
      tokenExpiresIn
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on UnknownApplicationError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyResetPasswordRequestMutation, VerifyResetPasswordRequestMutationVariables>;
export const VerifyUpdateEmailRequestDocument = new TypedDocumentString(`
    mutation VerifyUpdateEmailRequest($newEmail: String!, $newEmailPassCode: String!, $oldEmailPassCode: String) {
  verifyUpdateEmailRequest(
    newEmail: $newEmail
    newEmailPassCode: $newEmailPassCode
    oldEmailPassCode: $oldEmailPassCode
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on UpdateEmailTicket {
      tokenExpiresIn
      updateEmailToken
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyUpdateEmailRequestMutation, VerifyUpdateEmailRequestMutationVariables>;
export const VerifyUpdatePhoneRequestDocument = new TypedDocumentString(`
    mutation VerifyUpdatePhoneRequest($newPhoneCountryCode: String, $newPhoneNumber: String!, $newPhonePassCode: String!, $oldPhonePassCode: String) {
  verifyUpdatePhoneRequest(
    newPhoneCountryCode: $newPhoneCountryCode
    newPhoneNumber: $newPhoneNumber
    newPhonePassCode: $newPhonePassCode
    oldPhonePassCode: $oldPhonePassCode
  ) {
    __typename
    ... on AccountLockedError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on AlreadyBoundError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on CaptchaIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on CaptchaRequiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on InvalidInputError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on LastSignInMethodError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on NotAuthenticatedError {
      apiCode
      message
      reason
      requestId
      statusCode
    }
    ... on OldPasswordIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeAttemptsExceededError {
      apiCode
      message
      requestId
      retryAfterSeconds
      statusCode
    }
    ... on PasscodeExpiredError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasscodeIncorrectError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordDecryptionError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on PasswordPolicyError {
      apiCode
      message
      passwordPolicyErrorReason: reason
      requestId
      statusCode
    }
    ... on ReauthenticationRequiredError {
      apiCode
      maxAgeSeconds
      message
      requestId
      statusCode
    }
    ... on UpdatePhoneTicket {
      tokenExpiresIn
      updatePhoneToken
    }
    ... on UserExistsError {
      apiCode
      field
      message
      requestId
      statusCode
    }
    ... on UserNotFoundError {
      apiCode
      message
      requestId
      statusCode
    }
    ... on VerificationTicketError {
      apiCode
      message
      requestId
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyUpdatePhoneRequestMutation, VerifyUpdatePhoneRequestMutationVariables>;