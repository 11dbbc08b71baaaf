// A software WebAuthn authenticator for tests of the ceremonies without a browser: a P-256 key pair, "none"
// attestation, and assertions signed over authenticator data and the client data's hash, with a counter the test
// can set (to play a cloned authenticator) and the origin, RP ID and challenge the test chooses (to play a
// phishing page or a replay).
import { createHash, createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();
const base64url = (data: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(data));

const flags = { userPresent: 0x01, userVerified: 0x04, attested: 0x40 };

export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly keys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  counter = 0;

  /** The COSE_Key (EC2, ES256) of the public key. */
  private coseKey(): Uint8Array {
    const jwk = this.keys.publicKey.export({ format: "jwk" }) as { x: string; y: string };
    return isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, isoBase64URL.toBuffer(jwk.x)],
        [-3, isoBase64URL.toBuffer(jwk.y)],
      ]),
    );
  }

  private authenticatorData(rpId: string, flagBits: number, attested?: Uint8Array): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flagBits]), counter, ...(attested ? [attested] : [])]);
  }

  private static clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** navigator.credentials.create()'s answer, as the browser serialises it. */
  register(options: {
    challenge: string;
    rpId: string;
    origin: string;
    userVerified?: boolean;
  }): RegistrationResponseJSON {
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attestedCredential = Buffer.concat([Buffer.alloc(16), idLength, this.credentialId, this.coseKey()]);
    const flagBits = flags.userPresent | flags.attested | (options.userVerified === false ? 0 : flags.userVerified);
    const authData = this.authenticatorData(options.rpId, flagBits, attestedCredential);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]) as never,
    );
    const id = base64url(this.credentialId);
    return {
      id,
      rawId: id,
      type: "public-key",
      clientExtensionResults: {},
      response: {
        clientDataJSON: base64url(SoftAuthenticator.clientData("webauthn.create", options.challenge, options.origin)),
        attestationObject: base64url(attestationObject),
        transports: ["internal"],
      },
    };
  }

  /** navigator.credentials.get()'s answer; the counter moves forward first, as a real authenticator's does. */
  assert(options: {
    challenge: string;
    rpId: string;
    origin: string;
    userVerified?: boolean;
  }): AuthenticationResponseJSON {
    this.counter++;
    const flagBits = flags.userPresent | (options.userVerified === false ? 0 : flags.userVerified);
    const authData = this.authenticatorData(options.rpId, flagBits);
    const clientData = SoftAuthenticator.clientData("webauthn.get", options.challenge, options.origin);
    const signature = createSign("sha256")
      .update(Buffer.concat([authData, sha256(clientData)]))
      .sign(this.keys.privateKey);
    const id = base64url(this.credentialId);
    return {
      id,
      rawId: id,
      type: "public-key",
      clientExtensionResults: {},
      response: {
        clientDataJSON: base64url(clientData),
        authenticatorData: base64url(authData),
        signature: base64url(signature),
        userHandle: undefined,
      },
    };
  }
}
