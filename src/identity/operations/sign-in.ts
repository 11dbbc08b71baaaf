// Sign-up and sign-in as (caller, input) operations: the caller's application and pool, the end user's address
// (a backend's clientIp only when it proves itself with the application secret), then the authentication core.
// GenAuth's generic signUp picks its payload by connection here, for every transport.
import { isIP } from "node:net";
import type {
  Authentication,
  PasswordOptions,
  RequestContext,
  SignInOptions,
  SignUpPasswordInput,
  SignUpProfile,
} from "../authentication.ts";
import type { Caller } from "../caller.ts";
import { InvalidInputError } from "../errors.ts";
import type { PasscodeRecipient } from "../passcodes/passcode-service.ts";
import type { AccountLookup } from "../users/user-service.ts";
import type { Nullable } from "./operation-types.ts";

type WithClientIp<T> = T & { clientIp?: string | null };
export type SignUpOptions = WithClientIp<PasswordOptions & { context?: Record<string, unknown> | null }>;

/**
 * The application, its pool and the end user's address for a sign-up or sign-in. A client secret, when presented,
 * must match (InvalidClientError otherwise). A `clientIp` option is believed
 * only from a confidential application's backend that authenticates with its secret: from anyone else (public
 * clients included) it would let a caller pick the address that per-IP limits count.
 */
export async function requestContextOf(caller: Caller, clientIp?: string | null): Promise<RequestContext> {
  const { application, pool } = await caller.application();
  // A secret is optional here, but one presented must be right: a rotated or guessed secret must not keep working.
  if (caller.presentsClientSecret) await caller.authenticatedClient();
  let ip = caller.ip;
  if (clientIp != null) {
    if (isIP(clientIp.trim()) === 0) throw new InvalidInputError("clientIp", "input.invalidIp");
    if (!caller.presentsClientSecret) throw new InvalidInputError("clientIp", "input.clientIpNeedsSecret");
    // A public client has no secret, so anything it "presents" proves nothing: it cannot vouch for an address.
    const client = await caller.authenticatedClient();
    if (client.tokenEndpointAuthMethod === "none") throw new InvalidInputError("clientIp", "input.clientIpNeedsSecret");
    ip = clientIp.trim();
  }
  return { application, pool, ip, userAgent: caller.userAgent };
}

interface PasscodePayload {
  email?: Nullable<string>;
  phone?: Nullable<string>;
  phoneCountryCode?: Nullable<string>;
  passCode: string;
}

interface AccountPayload {
  account?: Nullable<string>;
  email?: Nullable<string>;
  username?: Nullable<string>;
  phone?: Nullable<string>;
}

function required<T>(payload: Nullable<T>, field: string): T {
  if (!payload) throw new InvalidInputError(field, "input.required", { field });
  return payload;
}

/** A passcode payload's recipient: the email when one is given, else the phone. */
function passcodeRecipientOf(payload: PasscodePayload): PasscodeRecipient {
  return payload.email != null
    ? { transport: "email", email: payload.email }
    : { transport: "sms", phone: payload.phone ?? "", phoneCountryCode: payload.phoneCountryCode };
}

/** A password payload's identifier as the lookup: email, username or phone when named, else the account. */
function accountLookupOf(payload: AccountPayload): AccountLookup {
  if (payload.email != null) return { kind: "email", value: payload.email };
  if (payload.username != null) return { kind: "username", value: payload.username };
  if (payload.phone != null) return { kind: "phone", value: payload.phone };
  return { kind: "account", account: payload.account ?? "" };
}

export function createSignInOperations({ authentication }: { authentication: Authentication }) {
  async function signUpByPassword(caller: Caller, input: SignUpPasswordInput, options?: Nullable<SignUpOptions>) {
    return authentication.signUpWithPassword(await requestContextOf(caller, options?.clientIp), input, options);
  }

  async function signInByPassword(
    caller: Caller,
    lookup: AccountLookup,
    password: string,
    options?: Nullable<WithClientIp<SignInOptions>>,
  ) {
    return authentication.signInWithPassword(
      await requestContextOf(caller, options?.clientIp),
      lookup,
      password,
      options,
    );
  }

  async function signUpByPasscode(
    caller: Caller,
    input: { recipient: PasscodeRecipient; passCode: string; profile?: Nullable<SignUpProfile> },
    options?: Nullable<SignUpOptions>,
  ) {
    const request = await requestContextOf(caller, options?.clientIp);
    return authentication.signUpWithPasscode(request, input.recipient, input.passCode, input.profile, options);
  }

  async function signInByPasscode(
    caller: Caller,
    input: { recipient: PasscodeRecipient; passCode: string },
    options?: Nullable<WithClientIp<SignInOptions>>,
  ) {
    return authentication.signInWithPasscode(
      await requestContextOf(caller, options?.clientIp),
      input.recipient,
      input.passCode,
      options,
    );
  }

  /** GenAuth's generic sign-up: PASSWORD with passwordPayload, or PASSCODE with passCodePayload. */
  function signUp(
    caller: Caller,
    input: {
      connection: "PASSWORD" | "PASSCODE";
      passwordPayload?: Nullable<{ username?: Nullable<string>; email?: Nullable<string>; password: string }>;
      passCodePayload?: Nullable<PasscodePayload>;
      profile?: Nullable<SignUpProfile>;
    },
    options?: Nullable<SignUpOptions>,
  ) {
    if (input.connection === "PASSWORD") {
      const payload = required(input.passwordPayload, "passwordPayload");
      const identifier = payload.username != null ? { username: payload.username } : { email: payload.email ?? "" };
      return signUpByPassword(caller, { ...identifier, password: payload.password, profile: input.profile }, options);
    }
    const payload = required(input.passCodePayload, "passCodePayload");
    return signUpByPasscode(
      caller,
      { recipient: passcodeRecipientOf(payload), passCode: payload.passCode, profile: input.profile },
      options,
    );
  }

  /** GenAuth's generic sign-in (its SDKs' signInByCredentials): PASSWORD with passwordPayload, or PASSCODE. */
  function signInByCredentials(
    caller: Caller,
    input: {
      connection: "PASSWORD" | "PASSCODE";
      passwordPayload?: Nullable<AccountPayload & { password: string }>;
      passCodePayload?: Nullable<PasscodePayload>;
    },
    options?: Nullable<WithClientIp<SignInOptions>>,
  ) {
    if (input.connection === "PASSWORD") {
      const payload = required(input.passwordPayload, "passwordPayload");
      return signInByPassword(caller, accountLookupOf(payload), payload.password, options);
    }
    const payload = required(input.passCodePayload, "passCodePayload");
    return signInByPasscode(caller, { recipient: passcodeRecipientOf(payload), passCode: payload.passCode }, options);
  }

  return { signUpByPassword, signInByPassword, signUpByPasscode, signInByPasscode, signUp, signInByCredentials };
}

export type SignInOperations = ReturnType<typeof createSignInOperations>;
