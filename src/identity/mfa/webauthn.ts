// WebAuthn ceremonies (passkeys) through @simplewebauthn/server: the options a browser's
// navigator.credentials.create()/get() takes, and the checks of what it answers — the challenge this gateway
// issued, an origin and RP ID of its own, the authenticator's signature over both, user presence (and
// verification for a passwordless sign-in), and a signature counter that never goes back (a cloned
// authenticator). Storage of challenges and credentials is the caller's: this module holds no state.
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL, isoUint8Array } from "@simplewebauthn/server/helpers";
import { isIP } from "node:net";
import { IdentityError } from "../errors.ts";

/** The relying party the browser checks the page against: the gateway's public host and origin. */
export interface RelyingParty {
  id: string;
  name: string;
  origins: string[];
}

/** The gateway's public URL as a WebAuthn relying party (RP ID: its host name). */
export function relyingPartyOf(publicUrl: string, name: string): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, name, origins: [url.origin] };
}

/**
 * Whether browsers will run a ceremony for this public URL at all: WebAuthn wants a secure context (https, or a
 * localhost name) and a domain for the RP ID, never an IP address.
 */
export function passkeysPossibleAt(publicUrl: string): boolean {
  const { protocol, hostname } = new URL(publicUrl);
  const local = hostname === "localhost" || hostname.endsWith(".localhost");
  return isIP(hostname.replace(/^\[|\]$/g, "")) === 0 && (protocol === "https:" || local);
}

/** A stored passkey, as the ceremonies need it. */
export interface StoredPasskey {
  credentialId: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
}

/** A passkey ceremony the gateway refuses: the reason is for the logs, the user hears only that it failed. */
export class PasskeyRefusedError extends IdentityError {
  readonly statusCode = 400;
  readonly apiCode = 1640;
  constructor(readonly reason: string) {
    super("mfa.passkeyRefused");
  }
}

/** A ceremony's answer posted as JSON text (a hosted page's form, GenAuth's REST body). */
export function parsePasskeyResponse<T extends AuthenticationResponseJSON | RegistrationResponseJSON>(json: string): T {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (parsed && typeof parsed === "object") return parsed as T;
  } catch {}
  throw new PasskeyRefusedError("unreadable answer");
}

const transportsOf = (transports: string[]) => transports as AuthenticatorTransportFuture[];

export async function passkeyRegistrationOptions(
  rp: RelyingParty,
  user: { id: string; name: string; displayName: string },
  existing: StoredPasskey[],
) {
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: isoUint8Array.fromUTF8String(user.id),
    userName: user.name,
    userDisplayName: user.displayName,
    attestationType: "none",
    // A discoverable credential, so that it can sign in without a typed account.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: transportsOf(passkey.transports),
    })),
  });
}

/** The passkey a registration answer creates; PasskeyRefusedError for anything not made for this gateway. */
export async function verifyPasskeyRegistration(
  rp: RelyingParty,
  response: RegistrationResponseJSON,
  expectedChallenge: string,
): Promise<StoredPasskey> {
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch (error) {
    throw new PasskeyRefusedError((error as Error).message);
  }
  if (!verification.verified || !verification.registrationInfo) throw new PasskeyRefusedError("not verified");
  const { credential } = verification.registrationInfo;
  return {
    credentialId: credential.id,
    publicKey: isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: credential.transports ?? [],
  };
}

export function passkeyAuthenticationOptions(rp: RelyingParty, allowed: StoredPasskey[] | null) {
  return generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: "preferred",
    // None named: a discoverable credential answers for whichever user it belongs to (passwordless).
    allowCredentials: allowed?.map((passkey) => ({
      id: passkey.credentialId,
      transports: transportsOf(passkey.transports),
    })),
  });
}

/**
 * Checks an assertion by the stored passkey it names; returns the counter to store. A passwordless sign-in
 * (the passkey is the only factor) needs user verification (a PIN or biometric), a second factor only presence.
 */
export async function verifyPasskeyAuthentication(
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  passkey: StoredPasskey,
  options: { requireUserVerification: boolean },
): Promise<{ counter: number }> {
  if (response.id !== passkey.credentialId) throw new PasskeyRefusedError("another credential");
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: transportsOf(passkey.transports),
      },
      requireUserVerification: options.requireUserVerification,
    });
  } catch (error) {
    throw new PasskeyRefusedError((error as Error).message);
  }
  if (!verification.verified) throw new PasskeyRefusedError("not verified");
  return { counter: verification.authenticationInfo.newCounter };
}
