// The end user's sign-up and sign-in use cases: each validates its options, calls the user and credential
// services and, for sign-in, issues the token set.
import type { Application, User, UserPool } from "../generated/prisma/client.ts";
import type { createPasswordSignIn } from "./credentials/password-sign-in.ts";
import type { SignInRecords } from "./credentials/sign-in-records.ts";
import type { PasswordEncryptType, PasswordTransport } from "./credentials/password-transport.ts";
import { InvalidCredentialsError, InvalidInputError, RegistrationDisabledError, UserExistsError } from "./errors.ts";
import { resolveRecipient, type PasscodeRecipient, type PasscodeService } from "./passcodes/passcode-service.ts";
import { parseScope, type Scope } from "./tokens/scopes.ts";
import type { SessionDraft, TokenService, TokenSet } from "./tokens/token-service.ts";
import { accountCandidates } from "./users/account-identifiers.ts";
import type { CustomDataInput } from "./users/custom-data.ts";
import type { ProfileInput } from "./users/profile.ts";
import type { AccountLookup, NewUserInput, UserService } from "./users/user-service.ts";
import type { RegistrationLimit } from "./users/registration-limit.ts";
import { standingOf, takeOverChanges, type AddressClaims } from "./users/address-claims.ts";
import type { SessionService } from "./tokens/sessions.ts";
import { amrOf, type MfaChallenges } from "./mfa/mfa-challenges.ts";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { Passkeys } from "./mfa/passkeys.ts";
import { PasskeyRefusedError } from "./mfa/webauthn.ts";

export interface RequestContext {
  pool: UserPool;
  application: Application;
  /** The end user's address: `clientIp` when a backend forwards it, else the caller's. */
  ip?: string | null;
  userAgent?: string | null;
}

export type { PasswordEncryptType } from "./credentials/password-transport.ts";

export interface PasswordOptions {
  passwordEncryptType?: PasswordEncryptType | null;
}

export interface SignInOptions extends PasswordOptions {
  captchaCode?: string | null;
  captchaToken?: string | null;
  scope?: string | null;
  autoRegister?: boolean | null;
  customData?: CustomDataInput | null;
  context?: Record<string, unknown> | null;
}

export type SignUpProfile = ProfileInput & {
  email?: string | null;
  phone?: string | null;
  phoneCountryCode?: string | null;
  customData?: CustomDataInput | null;
};

export interface SignUpPasswordInput {
  username?: string;
  email?: string;
  password: string;
  profile?: SignUpProfile | null;
}

export interface SignedIn {
  user: User;
  tokenSet: TokenSet;
}

const maxContextBytes = 4096;

export function createAuthentication(deps: {
  users: UserService;
  passwordSignIn: ReturnType<typeof createPasswordSignIn>;
  passcodes: PasscodeService;
  records: SignInRecords;
  tokens: TokenService;
  registrations: RegistrationLimit;
  passwords: PasswordTransport;
  claims: AddressClaims;
  sessions: SessionService;
  mfa: MfaChallenges;
  passkeys: Passkeys;
}) {
  const {
    users,
    passwordSignIn,
    passcodes,
    records,
    tokens,
    registrations,
    passwords,
    claims,
    sessions,
    mfa,
    passkeys,
  } = deps;

  /**
   * Refuses when registration is off or the address used up its hourly allowance; else the registration is
   * counted and `register` creates the user, while `giveBack` returns the count when no user comes of it.
   */
  async function admitRegistration(ctx: RequestContext) {
    if (ctx.pool.registrationDisabled) throw new RegistrationDisabledError();
    const giveBack = await registrations.reserveRegistration(ctx.pool, ctx.ip);
    const register = async (input: NewUserInput): Promise<User> => {
      try {
        return await users.createUser(ctx.pool, input);
      } catch (error) {
        await giveBack();
        throw error;
      }
    };
    return { register, giveBack };
  }

  /** Creates a user that signs up itself, within the address's hourly registration allowance. */
  async function registerUser(ctx: RequestContext, input: NewUserInput): Promise<User> {
    return (await admitRegistration(ctx)).register(input);
  }

  const plainPassword = (ctx: RequestContext, password: string, options: PasswordOptions | null | undefined) =>
    passwords.receivePassword(ctx.pool, password, options?.passwordEncryptType);

  function checkContext(context: unknown) {
    if (context == null) return;
    if (typeof context !== "object" || Array.isArray(context) || JSON.stringify(context).length > maxContextBytes) {
      throw new InvalidInputError("context", "input.tooLong", { field: "context", max: maxContextBytes });
    }
  }

  async function signUpWithPassword(ctx: RequestContext, input: SignUpPasswordInput, options?: PasswordOptions | null) {
    const { email: profileEmail, phone, phoneCountryCode, customData, ...profile } = input.profile ?? {};
    return registerUser(ctx, {
      primary: input.username !== undefined ? "username" : "email",
      username: input.username,
      email: input.email ?? profileEmail,
      phone,
      phoneCountryCode,
      password: await plainPassword(ctx, input.password, options),
      profile,
      customData,
      source: { type: "register", id: ctx.application.appId },
    });
  }

  /** The password check of every sign-in (limits, captcha, autoRegister, records), opening the session drafted. */
  async function passwordSignInSession(
    ctx: RequestContext,
    lookup: AccountLookup,
    password: string,
    options: SignInOptions | null | undefined,
    scopes: Scope[],
    withRefreshToken: boolean,
  ): Promise<{ user: User; session: SessionDraft }> {
    checkContext(options?.context);
    const plain = await plainPassword(ctx, password, options);
    const openSession = async (user: User, settle: () => Promise<void>) => {
      if (mfa.needsSecondFactor(ctx, user)) {
        await settle();
        await mfa.challenge(ctx, user, { method: "password", scopes, withRefreshToken });
      }
      return tokens.newSession({ ...ctx, user, scopes }, { withRefreshToken, amr: amrOf("password") });
    };
    try {
      return await passwordSignIn.signInWithPassword(ctx, lookup, plain, options ?? {}, openSession);
    } catch (error) {
      if (!(error instanceof InvalidCredentialsError) || !options?.autoRegister) throw error;
      // autoRegister: an unknown account is created with this password; a known one keeps failing as usual.
      if (await users.findUserByAccount(ctx.pool, lookup)) throw error;
      await registerUser(ctx, {
        ...newAccountFields(lookup),
        password: plain,
        customData: options.customData,
        source: { type: "register", id: ctx.application.appId },
      });
      return passwordSignIn.signInWithPassword(ctx, lookup, plain, options, openSession);
    }
  }

  /** A sign-in's session opened for the scope asked, and its token set (a refresh token with offline_access). */
  async function withTokenSet(
    ctx: RequestContext,
    scope: string | null | undefined,
    open: (scopes: Scope[], withRefreshToken: boolean) => Promise<{ user: User; session: SessionDraft }>,
  ): Promise<SignedIn> {
    const scopes = parseScope(scope);
    const signedIn = await open(scopes, scopes.includes("offline_access"));
    return {
      user: signedIn.user,
      tokenSet: await tokens.issueTokenSet({ ...ctx, user: signedIn.user, scopes }, signedIn.session),
    };
  }

  function signInWithPassword(
    ctx: RequestContext,
    lookup: AccountLookup,
    password: string,
    options?: SignInOptions | null,
  ): Promise<SignedIn> {
    return withTokenSet(ctx, options?.scope, (scopes, withRefreshToken) =>
      passwordSignInSession(ctx, lookup, password, options, scopes, withRefreshToken),
    );
  }

  /**
   * A hosted-login sign-in: the same check and login record, and the application session opened now, but no
   * tokens: they are issued when the authorization code is redeemed (its refresh token too, if granted).
   */
  async function signInWithPasswordForCode(
    ctx: RequestContext,
    lookup: AccountLookup,
    password: string,
    scopes: Scope[],
    options?: SignInOptions | null,
  ): Promise<{ user: User; session: SessionDraft }> {
    return passwordSignInSession(ctx, lookup, password, options, scopes, false);
  }

  /** Registers the owner of an email or phone proven by a CHANNEL_REGISTER passcode; it is verified from the start. */
  async function signUpWithPasscode(
    ctx: RequestContext,
    recipient: PasscodeRecipient,
    passCode: string,
    profile?: SignUpProfile | null,
    options?: { context?: Record<string, unknown> | null } | null,
  ): Promise<User> {
    checkContext(options?.context);
    const { email: _email, phone: _phone, phoneCountryCode: _cc, customData, ...rest } = profile ?? {};
    const resolved = resolveRecipient(ctx.pool, recipient);
    const { register, giveBack } = await admitRegistration(ctx);
    // The code is checked before anything about the address is said: answering "taken" to a wrong code would tell
    // anyone whether an address has an account.
    try {
      await passcodes.consumePasscode(ctx.pool, "CHANNEL_REGISTER", recipient, passCode);
      // An unproven claim on the address does not block its proven owner: the claim goes.
      const { provenHolder } = await claims.releaseUnprovenClaims(ctx.pool.id, resolved);
      if (provenHolder) throw new UserExistsError(resolved.email ? "email" : "phone");
    } catch (error) {
      await giveBack();
      throw error;
    }
    return register({
      primary: resolved.email ? "email" : "phone",
      email: resolved.email,
      phone: resolved.phone,
      phoneCountryCode: resolved.phoneCountryCode,
      profile: rest,
      customData,
      verified: { email: Boolean(resolved.email), phone: Boolean(resolved.phone) },
      source: { type: "register", id: ctx.application.appId },
    });
  }

  /** Signs in the owner of an email or phone proven by a CHANNEL_LOGIN passcode (autoRegister creates the account). */
  function signInWithPasscode(
    ctx: RequestContext,
    recipient: PasscodeRecipient,
    passCode: string,
    options?: SignInOptions | null,
  ): Promise<SignedIn> {
    return withTokenSet(ctx, options?.scope, (scopes, withRefreshToken) =>
      passcodeSignInSession(ctx, recipient, passCode, options, scopes, withRefreshToken),
    );
  }

  /** A hosted-login sign-in by passcode: as signInWithPasscode, but the tokens wait for the authorization code. */
  async function signInWithPasscodeForCode(
    ctx: RequestContext,
    recipient: PasscodeRecipient,
    passCode: string,
    scopes: Scope[],
  ): Promise<{ user: User; session: SessionDraft }> {
    return passcodeSignInSession(ctx, recipient, passCode, null, scopes, false);
  }

  /** The passcode check of every passcode sign-in (the address proven, autoRegister, records), opening a session. */
  async function passcodeSignInSession(
    ctx: RequestContext,
    recipient: PasscodeRecipient,
    passCode: string,
    options: SignInOptions | null | undefined,
    scopes: Scope[],
    withRefreshToken: boolean,
  ): Promise<{ user: User; session: SessionDraft }> {
    checkContext(options?.context);
    const resolved = resolveRecipient(ctx.pool, recipient);
    const method = resolved.email ? "email_passcode" : "phone_passcode";
    const lookup = lookupOf(resolved);
    await passcodes.consumePasscode(ctx.pool, "CHANNEL_LOGIN", recipient, passCode);
    let user = await users.findUserByAccount(ctx.pool, lookup);
    let takeOver: ReturnType<typeof takeOverChanges> | null = null;
    const standing = user ? standingOf(user, resolved) : "proven";
    if (standing === "release") {
      // Someone else's unproven claim on an account proven otherwise: the prover does not get into that account.
      await claims.releaseUnprovenClaims(ctx.pool.id, resolved);
      user = null;
    } else if (standing === "takeOver" && user) {
      takeOver = takeOverChanges(user, resolved);
    }
    if (!user && options?.autoRegister) {
      user = await registerUser(ctx, {
        email: resolved.email,
        phone: resolved.phone,
        phoneCountryCode: resolved.phoneCountryCode,
        customData: options.customData,
        verified: { email: Boolean(resolved.email), phone: Boolean(resolved.phone) },
        source: { type: "register", id: ctx.application.appId },
      });
    }
    // biome-ignore lint/complexity/useOptionalChain: the two cases read apart (no account, an inactive one)
    if (!user || user.status !== "Activated") {
      const error = ctx.pool.distinctLoginErrors
        ? new InvalidCredentialsError(user ? "userDisabled" : "userNotFound")
        : new InvalidCredentialsError();
      await records.recordFailure(ctx, user, method, error.apiCode);
      throw error;
    }
    // Receiving the code proves the address; the first proof ends whatever anyone set up before it.
    if (takeOver) await sessions.revokeSessionsForUser(user.id);
    const changes = {
      ...(resolved.email ? { emailVerified: true as const } : { phoneVerified: true as const }),
      ...takeOver,
    };
    if (mfa.needsSecondFactor(ctx, user)) {
      // The address is proven whatever the second step brings; the session waits for it.
      await records.applyFirstFactorChanges(user, changes);
      await mfa.challenge(ctx, user, { method, scopes, withRefreshToken });
    }
    const session = tokens.newSession({ ...ctx, user, scopes }, { withRefreshToken, amr: amrOf(method) });
    const signedIn = await records.recordSuccess(ctx, user, method, { session, changes });
    return { user: signedIn, session };
  }

  /**
   * A passwordless sign-in: a discoverable passkey, with user verification, names its user and is the whole proof
   * (something held and something known or been), so no second step follows whatever the MFA policy.
   */
  async function passkeySignInSession(
    ctx: RequestContext,
    response: AuthenticationResponseJSON,
    scopes: Scope[],
    withRefreshToken: boolean,
  ): Promise<{ user: User; session: SessionDraft }> {
    const user = await passkeys.authenticate(ctx.pool, null, response);
    if (user.status !== "Activated") {
      const error = new PasskeyRefusedError("user not active");
      await records.recordFailure(ctx, user, "passkey", error.apiCode);
      throw error;
    }
    const session = tokens.newSession({ ...ctx, user, scopes }, { withRefreshToken, amr: amrOf("passkey") });
    return { user: await records.recordSuccess(ctx, user, "passkey", { session }), session };
  }

  function signInWithPasskey(
    ctx: RequestContext,
    response: AuthenticationResponseJSON,
    options?: { scope?: string | null } | null,
  ): Promise<SignedIn> {
    return withTokenSet(ctx, options?.scope, (scopes, withRefreshToken) =>
      passkeySignInSession(ctx, response, scopes, withRefreshToken),
    );
  }

  /** A hosted-login sign-in by passkey: as signInWithPasskey, but the tokens wait for the authorization code. */
  async function signInWithPasskeyForCode(ctx: RequestContext, response: AuthenticationResponseJSON, scopes: Scope[]) {
    return passkeySignInSession(ctx, response, scopes, false);
  }

  return {
    signUpWithPassword,
    signInWithPassword,
    signInWithPasswordForCode,
    signUpWithPasscode,
    signInWithPasscode,
    signInWithPasscodeForCode,
    signInWithPasskey,
    signInWithPasskeyForCode,
  };
}

/** The user lookup for a passcode recipient: by email, or by phone and country code. */
function lookupOf(resolved: ReturnType<typeof resolveRecipient>): AccountLookup {
  return resolved.email
    ? { kind: "email", value: resolved.email }
    : { kind: "phone", value: resolved.phone!, phoneCountryCode: resolved.phoneCountryCode };
}

function newAccountFields(lookup: AccountLookup) {
  if (lookup.kind !== "account") {
    if (lookup.kind === "phone") return { phone: lookup.value, phoneCountryCode: lookup.phoneCountryCode };
    return lookup.kind === "email" ? { email: lookup.value } : { username: lookup.value };
  }
  const shape = accountCandidates(lookup.account).find((candidate) => candidate.kind !== "phone");
  return shape?.kind === "email" ? { email: shape.value } : { username: lookup.account };
}

export type Authentication = ReturnType<typeof createAuthentication>;
