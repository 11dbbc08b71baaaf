// A user's passkeys (WEBAUTHN factors) and the challenges their ceremonies answer. Each challenge is issued for one
// purpose (and user), lives five minutes and is spent by one conditional update before its answer is checked, so
// an answer cannot be replayed; a passkey's counter only moves forward, by the same kind of update.
import { randomUUID } from "node:crypto";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { decodeClientDataJSON, isoBase64URL } from "@simplewebauthn/server/helpers";
import { isUniqueViolation } from "../db-errors.ts";
import type { Db } from "../../db/index.ts";
import type { MfaFactor, User, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import {
  passkeyAuthenticationOptions,
  PasskeyRefusedError,
  passkeyRegistrationOptions,
  type RelyingParty,
  type StoredPasskey,
  verifyPasskeyAuthentication,
  verifyPasskeyRegistration,
} from "./webauthn.ts";

const challengeLifetimeSecs = 300;

type Purpose = "register" | "authenticate";

const storedOf = (factor: MfaFactor): StoredPasskey => ({
  credentialId: factor.credentialId ?? "",
  publicKey: factor.publicKey ?? "",
  counter: factor.signCount ?? 0,
  transports: factor.transports,
});

/** The challenge an answer says it answers (the client data the authenticator signed). */
export function challengeOf(response: { response: { clientDataJSON: string } }): string {
  try {
    return decodeClientDataJSON(response.response.clientDataJSON).challenge;
  } catch {
    throw new PasskeyRefusedError("unreadable client data");
  }
}

export function createPasskeys({
  db,
  clock,
  relyingParty,
  addConfirmedFactor,
}: {
  db: Db;
  clock: Clock;
  relyingParty: (pool: UserPool) => RelyingParty;
  /** Writes a confirmed factor with the user's factor count (and first recovery codes), as every enrolment does. */
  addConfirmedFactor: (
    user: User,
    data: Partial<MfaFactor> & { type: "WEBAUTHN" },
  ) => Promise<{
    factor: MfaFactor;
    recoveryCodes: string[] | null;
  }>;
}) {
  async function issue(pool: UserPool, purpose: Purpose, userId: string | null, challenge: string) {
    const now = clock.now();
    // Anyone may ask for a passwordless sign-in's challenge: the expired ones go as new ones come (each pool its own,
    // as pools on other clocks share a test database).
    await db.passkeyChallenge.deleteMany({ where: { userPoolId: pool.id, expiresAt: { lt: now } } });
    await db.passkeyChallenge.create({
      data: {
        id: randomUUID(),
        challenge,
        userPoolId: pool.id,
        userId,
        purpose,
        createdAt: now,
        expiresAt: new Date(now.getTime() + challengeLifetimeSecs * 1000),
      },
    });
  }

  /** Spends the challenge an answer names, if this gateway issued it for this purpose (and user) and it is live. */
  async function spend(pool: UserPool, purpose: Purpose, userId: string | null, challenge: string) {
    const now = clock.now();
    const spent = await db.passkeyChallenge.updateMany({
      where: { challenge, userPoolId: pool.id, purpose, userId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new PasskeyRefusedError("unknown, used or expired challenge");
  }

  function passkeysOf(userId: string) {
    return db.mfaFactor.findMany({ where: { userId, type: "WEBAUTHN", confirmedAt: { not: null } } });
  }

  async function registrationOptions(pool: UserPool, user: User) {
    const existing = (await passkeysOf(user.id)).map(storedOf);
    const name = user.email ?? user.username ?? user.phone ?? user.id;
    const options = await passkeyRegistrationOptions(
      relyingParty(pool),
      { id: user.id, name, displayName: user.nickname ?? user.name ?? name },
      existing,
    );
    await issue(pool, "register", user.id, options.challenge);
    return options;
  }

  async function register(pool: UserPool, user: User, response: RegistrationResponseJSON, name?: string | null) {
    const challenge = challengeOf(response);
    await spend(pool, "register", user.id, challenge);
    const passkey = await verifyPasskeyRegistration(relyingParty(pool), response, challenge);
    try {
      return await addConfirmedFactor(user, {
        type: "WEBAUTHN",
        credentialId: passkey.credentialId,
        publicKey: passkey.publicKey,
        signCount: passkey.counter,
        transports: passkey.transports,
        name: name?.trim().slice(0, 64) || null,
      });
    } catch (error) {
      // An authenticator names its credential, so a crafted answer can name someone else's: one owner per id
      // (WebAuthn §7.1 step 26), held by the unique index even when two registrations race.
      if (isUniqueViolation(error)) throw new PasskeyRefusedError("credential already registered");
      throw error;
    }
  }

  /** A second factor's options (the user's passkeys named), or a passwordless sign-in's (none named). */
  async function authenticationOptions(pool: UserPool, userId: string | null) {
    const allowed = userId ? (await passkeysOf(userId)).map(storedOf) : null;
    const options = await passkeyAuthenticationOptions(relyingParty(pool), allowed);
    await issue(pool, "authenticate", userId, options.challenge);
    return options;
  }

  /**
   * The user whose passkey signed the answer: as a second factor for `userId` (presence is enough), or, with
   * userId null, as a passwordless sign-in (user verification required, the user found by the credential).
   */
  async function authenticate(pool: UserPool, userId: string | null, response: AuthenticationResponseJSON) {
    const challenge = challengeOf(response);
    // Unset, a credential id would be no condition at all in the lookup below.
    if (typeof response.id !== "string" || !response.id) throw new PasskeyRefusedError("no credential id");
    await spend(pool, "authenticate", userId, challenge);
    const factor = await db.mfaFactor.findFirst({
      where: {
        credentialId: response.id,
        type: "WEBAUTHN",
        confirmedAt: { not: null },
        userPoolId: pool.id,
        ...(userId ? { userId } : {}),
      },
      include: { user: true },
    });
    if (!factor) throw new PasskeyRefusedError("unknown credential");
    // The user handle, when the authenticator gives one, is the owner's id that registration put there.
    const userHandle = response.response?.userHandle;
    if (userHandle && userHandle !== isoBase64URL.fromUTF8String(factor.userId))
      throw new PasskeyRefusedError("another user's handle");
    const { counter } = await verifyPasskeyAuthentication(relyingParty(pool), response, challenge, storedOf(factor), {
      requireUserVerification: userId === null,
    });
    // Forward only: of two answers with one counter value, one is a clone's.
    const moved = await db.$executeRaw`
      UPDATE "MfaFactor" SET "signCount" = ${counter}, "lastUsedAt" = ${clock.now()}
      WHERE "id" = ${factor.id} AND ("signCount" IS NULL OR "signCount" < ${counter} OR ${counter} = 0)`;
    if (moved !== 1) throw new PasskeyRefusedError("counter did not move forward");
    return factor.user;
  }

  return { registrationOptions, register, authenticationOptions, authenticate };
}

export type Passkeys = ReturnType<typeof createPasskeys>;
