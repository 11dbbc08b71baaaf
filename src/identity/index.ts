// createIdentity(deps): the transport-free identity core, wired from a database, a clock and a hasher.
import type { Db } from "../db/index.ts";
import type { SettingsChanges } from "../db/settings-changes.ts";
import type { SqlRows } from "../db/sql-rows.ts";
import { createApplicationService } from "./applications/application-service.ts";
import { createAuthentication } from "./authentication.ts";
import { systemClock, type Clock } from "./clock.ts";
import type { PasswordHasher } from "./credentials/hasher.ts";
import { createAttemptLimiter } from "./limits/attempt-limiter.ts";
import { createPasswordAttempts } from "./credentials/password-attempts.ts";
import { createPasswordSignIn } from "./credentials/password-sign-in.ts";
import { createSignInRecords } from "./credentials/sign-in-records.ts";
import { altchaKey, createCaptchaService, type CaptchaGenerator } from "./credentials/captcha.ts";
import { createRegistrationLimit } from "./users/registration-limit.ts";
import { createPasswordTransport } from "./credentials/password-transport.ts";
import { createAccountService } from "./account/account-service.ts";
import { createTicketService } from "./account/tickets.ts";
import type { MessageDelivery } from "./passcodes/delivery.ts";
import { createPasscodeService, passcodeDigestKey } from "./passcodes/passcode-service.ts";
import { createSessionService } from "./tokens/sessions.ts";
import { createTokenIntrospection } from "./tokens/introspection.ts";
import { createManagementTokens } from "./management/management-tokens.ts";
import { createAccessKeys } from "./management/access-keys.ts";
import { createRequestSignatures } from "./management/request-signatures.ts";
import { createSecretBox } from "./secret-box.ts";
import { createMfaChallenges } from "./mfa/mfa-challenges.ts";
import { createMfaFactors } from "./mfa/mfa-factors.ts";
import { createPasskeys } from "./mfa/passkeys.ts";
import { createPoolSettingsAdministration } from "./management/pool-settings.ts";
import { relyingPartyOf } from "./mfa/webauthn.ts";
import { createMfaOperations } from "./operations/mfa.ts";
import { createRecentSignInCheck } from "./account/recent-sign-in.ts";
import { createUserAdministration } from "./management/user-admin.ts";
import { createUsersBatchImport } from "./management/create-users-batch.ts";
import { createRoleAdministration } from "./management/roles.ts";
import { createDepartmentAdministration } from "./management/departments.ts";
import { createGroupAdministration } from "./management/groups.ts";
import { createApplicationAdministration } from "./management/applications.ts";
import { createCustomFieldAdministration } from "./management/custom-fields.ts";
import { createBootstrap } from "./pools/bootstrap.ts";
import { createUserPoolService } from "./pools/pool-service.ts";
import { createSigningKeyStore } from "./tokens/signing-keys.ts";
import { createTokenService } from "./tokens/token-service.ts";
import { createUserService } from "./users/user-service.ts";
import { createAddressClaims } from "./users/address-claims.ts";
import { createAccessRecords } from "./operations/access-records.ts";
import { createAccessDirectory } from "./operations/access-directory.ts";
import { createAccountOperations } from "./operations/account.ts";
import { createDevOutbox } from "./operations/dev-outbox.ts";
import { createPasscodeOperations } from "./operations/passcodes.ts";
import { createMyResourceOperations } from "./operations/my-resources.ts";
import { createMemberships } from "./management/memberships.ts";
import { createAuthorizationCodes } from "./grants/authorization-codes.ts";
import { createBrowserSessions } from "./grants/browser-sessions.ts";
import { createConsents } from "./grants/consents.ts";
import { createHostedLoginOperations } from "./operations/hosted-login.ts";
import { createPoolRecords } from "./operations/pool-records.ts";
import { createMyRecords } from "./operations/my-records.ts";
import { createOrganizationRecords } from "./operations/organization-records.ts";
import { createOrganizationDirectory } from "./operations/organization-directory.ts";
import { createSignInOperations } from "./operations/sign-in.ts";
import { createSignedInOperations } from "./operations/signed-in.ts";
import { createTokenOperations } from "./operations/tokens.ts";
import { createUserManagement } from "./operations/user-management.ts";
import { createUserRecords } from "./operations/user-records.ts";
import { createUserDirectory } from "./operations/user-directory.ts";

export interface IdentityDeps {
  db: Db;
  /** Plain SQL on the same database, for the hottest reads (src/db/sql-rows.ts). */
  sql: SqlRows;
  hasher: PasswordHasher;
  clock?: Clock;
  /** The `iss` of every token: the public base URL + /oidc. */
  issuer: string;
  /** Carries passcodes: SMTP, the SMS webhook or the development outbox (src/delivery). */
  delivery: MessageDelivery;
  log?: { warn(obj: object, msg: string): void };
  /** Tests pass a generator whose answer they know; the default draws an SVG with svg-captcha. */
  captchaGenerator?: CaptchaGenerator;
  /** ALTCHA difficulty (numbers a solver may have to try); tests lower it. */
  altchaMaxNumber?: number;
  /** SECRETS_KEY: seals access key secrets so signed requests can be verified; absent, signing is off. */
  secretsKey?: Buffer | null;
  /** The database's settings-change feed: with it, applications, pools and signing keys are cached per process. */
  settingsChanges?: SettingsChanges;
}

export function createIdentity({
  db,
  sql,
  hasher,
  clock = systemClock,
  issuer,
  delivery,
  log,
  captchaGenerator,
  secretsKey,
  altchaMaxNumber,
  settingsChanges,
}: IdentityDeps) {
  const secretBox = secretsKey ? createSecretBox(secretsKey) : null;
  const keys = createSigningKeyStore({ db, clock, secretBox, settingsChanges });
  const tokens = createTokenService({ db, sql, clock, keys, issuer });
  const introspection = createTokenIntrospection({ db, clock, tokens, issuer });
  const management = createManagementTokens({ db, clock, keys, issuer });
  const accessKeys = createAccessKeys({ db, clock, secretBox });
  const signatures = createRequestSignatures({ db, clock, secretBox });
  const users = createUserService({ db, sql, clock, hasher });
  const limiter = createAttemptLimiter({ db, clock });
  const records = createSignInRecords({ db, clock, limiter });
  const captchas = createCaptchaService({
    db,
    clock,
    generate: captchaGenerator,
    altchaHmacKey: altchaKey(secretsKey),
    altchaMaxNumber,
  });
  const passwordAttempts = createPasswordAttempts({ limiter, captchas });
  const registrations = createRegistrationLimit({ limiter });
  const passwordSignIn = createPasswordSignIn({ hasher, users, attempts: passwordAttempts, records });
  const passcodes = createPasscodeService({
    db,
    clock,
    delivery,
    limiter,
    captchas,
    digestKey: passcodeDigestKey(secretsKey),
    log,
  });
  const sessions = createSessionService({ db, clock });
  const signedIn = createSignedInOperations({ db, sql });
  const myResources = createMyResourceOperations({ signedIn });
  const myRecords = createMyRecords({ db, clock, signedIn, myResources });
  const browserSessions = createBrowserSessions({ db, clock });
  const authorizationCodes = createAuthorizationCodes({ db, sql, clock, tokens });
  const tokenLifecycle = createTokenOperations({ db, tokens, sessions, introspection, signedIn, authorizationCodes });
  const tickets = createTicketService({ db, clock });
  const claims = createAddressClaims({ db });
  const account = createAccountService({ db, clock, hasher, passcodes, tickets, sessions, passwordAttempts, claims });
  const applications = createApplicationService({ db, sql, clock, settingsChanges });
  const userAdmin = createUserAdministration({ db, clock, hasher, users, sessions });
  const usersBatch = createUsersBatchImport({ db, clock, users });
  const roleAdmin = createRoleAdministration({ db, clock });
  const departmentAdmin = createDepartmentAdministration({ db, clock });
  const groupAdmin = createGroupAdministration({ db, clock });
  const applicationAdmin = createApplicationAdministration({ db, clock });
  const poolSettings = createPoolSettingsAdministration({ db, clock });
  const customFieldAdmin = createCustomFieldAdministration({ db, clock });
  const passwords = createPasswordTransport({ db });
  const myAccount = createAccountOperations({ signedIn, account, passwords });
  const mfaFactors = createMfaFactors({ db, clock, secretBox, passcodes });
  const passkeys = createPasskeys({
    db,
    clock,
    relyingParty: (pool) => relyingPartyOf(new URL(issuer).origin, pool.name),
    addConfirmedFactor: mfaFactors.addConfirmedFactor,
  });
  const mfaChallenges = createMfaChallenges({
    db,
    clock,
    factors: mfaFactors,
    passkeys,
    attempts: passwordAttempts,
    records,
    tokens,
  });
  const authentication = createAuthentication({
    mfa: mfaChallenges,
    passkeys,
    users,
    passwordSignIn,
    passcodes,
    records,
    tokens,
    registrations,
    passwords,
    claims,
    sessions,
  });
  const signIn = createSignInOperations({ authentication });
  const mfa = createMfaOperations({
    db,
    signedIn,
    factors: mfaFactors,
    challenges: mfaChallenges,
    passkeys,
    authentication,
    tokens,
    attempts: passwordAttempts,
    assertRecentSignIn: createRecentSignInCheck({ db, clock }),
  });
  const hostedLogin = createHostedLoginOperations({
    mfa: mfaChallenges,
    clock,
    authentication,
    browserSessions,
    authorizationCodes,
    consents: createConsents({ db }),
    applications,
    tokens,
    db,
  });
  const userDirectory = createUserDirectory({ db });
  const userRecords = createUserRecords({ db, userDirectory });
  const userManagement = createUserManagement({ db, userAdmin, usersBatch, passwords, userDirectory });
  const organizationDirectory = createOrganizationDirectory({ departmentAdmin });
  const accessDirectory = createAccessDirectory({ roleAdmin, groupAdmin });
  const organizationRecords = createOrganizationRecords({ db, departmentAdmin, organizationDirectory, userRecords });
  const poolRecords = createPoolRecords({ db });
  const memberships = createMemberships({ db });
  const accessRecords = createAccessRecords({ db, accessDirectory, roleAdmin, groupAdmin, userRecords });
  const devOutbox = createDevOutbox({ db });
  const passcodeOperations = createPasscodeOperations({ passcodes, captchas, passwords });
  const pools = createUserPoolService({ db, clock, keys });
  const bootstrap = createBootstrap({ db, keys, applications, pools, accessKeys });
  return {
    db,
    sql,
    clock,
    issuer,
    keys,
    tokens,
    introspection,
    management,
    accessKeys,
    signatures,
    userAdmin,
    usersBatch,
    roleAdmin,
    departmentAdmin,
    groupAdmin,
    applicationAdmin,
    poolSettings,
    customFieldAdmin,
    captchas,
    passwords,
    users,
    applications,
    authentication,
    passcodes,
    sessions,
    account,
    pools,
    bootstrap,
    signedIn,
    myResources,
    myAccount,
    tokenLifecycle,
    browserSessions,
    authorizationCodes,
    hostedLogin,
    signIn,
    mfa,
    mfaFactors,
    userDirectory,
    userRecords,
    userManagement,
    organizationDirectory,
    accessDirectory,
    accessRecords,
    myRecords,
    organizationRecords,
    poolRecords,
    memberships,
    devOutbox,
    passcodeOperations,
  };
}

export type Identity = ReturnType<typeof createIdentity>;
export * from "./errors.ts";
