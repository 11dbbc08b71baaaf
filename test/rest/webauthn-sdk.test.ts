// GenAuth's WebAuthn routes driven by the official Node SDK's own methods against a software authenticator:
// initRegisterOptions/verifyRegister for a signed-in user, listCredentialsByPage, then
// initAuthenticationOptions/verifyAuthentication as a passwordless sign-in whose token set works. An answer under
// another ticket, a replayed answer and a registration without a signed-in user are refused in the envelope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuer } from "../helpers/gateway.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";
import { SoftAuthenticator } from "../helpers/soft-authenticator.ts";

let sdk: SdkGateway;
const password = "a long enough passphrase";
const site = { rpId: new URL(issuer).hostname, origin: new URL(issuer).origin };

beforeAll(async () => {
  sdk = await startSdkGateway();
});
afterAll(() => sdk?.close());

type Options = { challenge: string; rp?: { id: string } };

describe("GenAuth's WebAuthn routes through the Node SDK", () => {
  it("registers a passkey for the signed-in user, then signs in with it alone, once per answer", async () => {
    const [userId] = await sdk.createUsers(password, "sdk-passkey");
    const client = sdk.authentication();
    const signedIn = await client.signInByUsernamePassword({ username: "sdk-passkey", password } as never);
    client.setAccessToken(signedIn.data.access_token!);

    const init = await client.initRegisterOptions();
    expect(init.statusCode).toBe(200);
    const { registrationOptions, ticket } = init.data as unknown as { registrationOptions: Options; ticket: string };
    expect(registrationOptions.rp?.id).toBe(site.rpId);
    expect(ticket).toBe(registrationOptions.challenge);
    const authenticator = new SoftAuthenticator();
    const made = authenticator.register({ challenge: registrationOptions.challenge, ...site });
    // Another ticket than the one the answer was made for: refused, and the challenge is not spent by it.
    const other = (await client.initRegisterOptions()).data.ticket;
    const mismatched = await client.verifyRegister({ ticket: other, registrationCredential: made } as never);
    expect(mismatched).toMatchObject({ statusCode: 400, apiCode: 1640 });
    const registered = await client.verifyRegister({
      ticket,
      registrationCredential: made,
      authenticatorCode: "fingerprint",
    } as never);
    expect(registered).toMatchObject({ statusCode: 200, data: { verified: true } });
    // The SDK types this answer without GenAuth's envelope, which it has like every other.
    const listed = (await client.listCredentialsByPage({ page: 1, limit: 10 } as never)) as unknown as {
      data: unknown;
    };
    expect(listed.data).toMatchObject({ totalCount: 1, list: [{ name: "fingerprint" }] });

    // Passwordless: a client with no token, the credential names the user.
    const anonymous = sdk.authentication();
    const asked = await anonymous.initAuthenticationOptions();
    const { authenticationOptions, ticket: signInTicket } = asked.data as unknown as {
      authenticationOptions: Options;
      ticket: string;
    };
    const assertion = authenticator.assert({ challenge: authenticationOptions.challenge, ...site });
    const verified = await anonymous.verifyAuthentication({
      ticket: signInTicket,
      authenticationCredential: assertion,
      options: { scope: "openid profile" },
    } as never);
    expect(verified).toMatchObject({ statusCode: 200, data: { verified: true } });
    const accessToken = verified.data.tokenSet!.access_token!;
    anonymous.setAccessToken(accessToken);
    expect((await anonymous.getProfile({} as never)).data).toMatchObject({ userId });
    // The same answer again: its challenge is spent.
    const replayed = await sdk
      .authentication()
      .verifyAuthentication({ ticket: signInTicket, authenticationCredential: assertion } as never);
    expect(replayed).toMatchObject({ statusCode: 400, apiCode: 1640 });
  });

  it("asks for a signed-in user before it makes registration options", async () => {
    const challenges = () => sdk.gateway.db.passkeyChallenge.count();
    const before = await challenges();
    const answer = await sdk.authentication().initRegisterOptions();
    expect(answer.statusCode).toBe(401);
    expect(await challenges()).toBe(before);
  });
});
