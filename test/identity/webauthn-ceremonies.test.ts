// The passkey ceremonies against a software authenticator: a registration and an assertion made for this gateway
// pass; each thing an attacker would change is refused — another origin (a phishing page), another RP ID, a
// challenge the gateway did not issue for this ceremony (a replayed answer), a counter that goes back (a cloned
// authenticator), a signature by another key, and a passwordless sign-in without user verification.
import { describe, expect, it } from "vitest";
import {
  passkeysPossibleAt,
  PasskeyRefusedError,
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  relyingPartyOf,
  type StoredPasskey,
  verifyPasskeyAuthentication,
  verifyPasskeyRegistration,
} from "../../src/identity/mfa/webauthn.ts";
import { SoftAuthenticator } from "../helpers/soft-authenticator.ts";

const rp = relyingPartyOf("https://id.example.com", "Example");
const origin = "https://id.example.com";
const user = { id: "user-1", name: "alice", displayName: "Alice" };

async function registered(
  authenticator = new SoftAuthenticator(),
): Promise<{ authenticator: SoftAuthenticator; passkey: StoredPasskey }> {
  const options = await passkeyRegistrationOptions(rp, user, []);
  const response = authenticator.register({ challenge: options.challenge, rpId: rp.id, origin });
  return { authenticator, passkey: await verifyPasskeyRegistration(rp, response, options.challenge) };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => error,
  );

describe("passkey registration", () => {
  it("asks for a discoverable credential of this RP, excluding the user's passkeys, and stores what it made", async () => {
    const { authenticator, passkey } = await registered();
    expect(passkey).toMatchObject({ counter: 0, transports: ["internal"] });
    expect(passkey.credentialId).toBe(Buffer.from(authenticator.credentialId).toString("base64url"));
    const again = await passkeyRegistrationOptions(rp, user, [passkey]);
    expect(again.rp).toEqual({ id: "id.example.com", name: "Example" });
    expect(again.authenticatorSelection).toMatchObject({ residentKey: "required" });
    expect(again.excludeCredentials?.map((credential) => credential.id)).toEqual([passkey.credentialId]);
  });

  it("refuses an answer made on another origin, for another RP ID, or for another challenge", async () => {
    const options = await passkeyRegistrationOptions(rp, user, []);
    const authenticator = new SoftAuthenticator();
    for (const made of [
      { challenge: options.challenge, rpId: rp.id, origin: "https://id.example.com.evil.test" },
      { challenge: options.challenge, rpId: "evil.test", origin },
      { challenge: "a-challenge-from-another-ceremony", rpId: rp.id, origin },
    ]) {
      const error = await refusal(verifyPasskeyRegistration(rp, authenticator.register(made), options.challenge));
      expect(error, JSON.stringify(made)).toBeInstanceOf(PasskeyRefusedError);
      expect(error).toMatchObject({ statusCode: 400, apiCode: 1640 });
    }
  });
});

describe("passkey authentication", () => {
  it("accepts an assertion for this gateway's challenge and returns the counter to store", async () => {
    const { authenticator, passkey } = await registered();
    const options = await passkeyAuthenticationOptions(rp, [passkey]);
    expect(options.allowCredentials?.map((credential) => credential.id)).toEqual([passkey.credentialId]);
    const response = authenticator.assert({ challenge: options.challenge, rpId: rp.id, origin });
    expect(
      await verifyPasskeyAuthentication(rp, response, options.challenge, passkey, { requireUserVerification: true }),
    ).toEqual({ counter: 1 });
    // Passwordless: no credential named, the discoverable one answers.
    expect((await passkeyAuthenticationOptions(rp, null)).allowCredentials).toBeUndefined();
  });

  it("refuses another origin, another RP ID, a replayed answer and a counter that goes back", async () => {
    const { authenticator, passkey } = await registered();
    const options = await passkeyAuthenticationOptions(rp, [passkey]);
    const check = (
      response: ReturnType<SoftAuthenticator["assert"]>,
      stored = passkey,
      challenge = options.challenge,
    ) => refusal(verifyPasskeyAuthentication(rp, response, challenge, stored, { requireUserVerification: false }));

    expect(
      await check(authenticator.assert({ challenge: options.challenge, rpId: rp.id, origin: "https://evil.test" })),
    ).toBeInstanceOf(PasskeyRefusedError);
    expect(
      await check(authenticator.assert({ challenge: options.challenge, rpId: "evil.test", origin })),
    ).toBeInstanceOf(PasskeyRefusedError);
    // An answer to an earlier ceremony, presented to this one.
    const earlier = await passkeyAuthenticationOptions(rp, [passkey]);
    const old = authenticator.assert({ challenge: earlier.challenge, rpId: rp.id, origin });
    expect(await check(old)).toBeInstanceOf(PasskeyRefusedError);
    // A clone: the stored counter is ahead of the authenticator's.
    const cloned = authenticator.assert({ challenge: options.challenge, rpId: rp.id, origin });
    expect(await check(cloned, { ...passkey, counter: authenticator.counter + 5 })).toBeInstanceOf(PasskeyRefusedError);
    // And the same answer is right for this ceremony with the true counter.
    expect(await check(cloned)).toBe("accepted");
  });

  it("refuses a signature by another key, and a passwordless sign-in without user verification", async () => {
    const { passkey } = await registered();
    const options = await passkeyAuthenticationOptions(rp, [passkey]);
    const impostor = new SoftAuthenticator();
    const forged = impostor.assert({ challenge: options.challenge, rpId: rp.id, origin });
    const named = { ...forged, id: passkey.credentialId, rawId: passkey.credentialId };
    expect(
      await refusal(
        verifyPasskeyAuthentication(rp, named, options.challenge, passkey, { requireUserVerification: false }),
      ),
    ).toBeInstanceOf(PasskeyRefusedError);

    const { authenticator: own, passkey: mine } = await registered();
    const presence = own.assert({ challenge: options.challenge, rpId: rp.id, origin, userVerified: false });
    expect(
      await refusal(
        verifyPasskeyAuthentication(rp, presence, options.challenge, mine, { requireUserVerification: true }),
      ),
    ).toBeInstanceOf(PasskeyRefusedError);
    // As a second factor, presence is enough.
    const second = own.assert({ challenge: options.challenge, rpId: rp.id, origin, userVerified: false });
    expect(
      await verifyPasskeyAuthentication(rp, second, options.challenge, mine, { requireUserVerification: false }),
    ).toEqual({ counter: 2 });
  });
});

describe("where passkeys are offered", () => {
  it("is a domain in a secure context: https, or a localhost name; never an IP address or plain http", () => {
    expect(passkeysPossibleAt("https://id.example.com")).toBe(true);
    expect(passkeysPossibleAt("http://localhost:4000")).toBe(true);
    expect(passkeysPossibleAt("http://gateway.localhost")).toBe(true);
    expect(passkeysPossibleAt("http://id.example.com")).toBe(false);
    expect(passkeysPossibleAt("http://127.0.0.1:4000")).toBe(false);
    expect(passkeysPossibleAt("https://10.0.0.5")).toBe(false);
    expect(passkeysPossibleAt("https://[::1]:8443")).toBe(false);
  });
});
