// Passkeys through GraphQL against a software authenticator: registration (a recent sign-in, the challenge spent
// by its one answer), a passkey as the second factor of a password sign-in, and a passwordless sign-in with user
// verification; a passkey enrolled as the first factor a REQUIRED sign-in asks for; a replayed answer, a phishing
// origin, a presence-only passwordless answer and an enrolment through the mfaToken of a user who already has a
// factor (a stolen password adding its own) are refused.
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { SoftAuthenticator } from "../helpers/soft-authenticator.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";

type Answer = Record<string, unknown> & { __typename: string };
let gateway: TestGateway;
// The test gateway's public origin is its issuer's: http://gateway.test.
const site = { rpId: "gateway.test", origin: "http://gateway.test" };

async function call(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await gateway.app.fetch("http://gateway.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-authing-app-id": gateway.application.appId,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, Answer>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body));
  return Object.values(body.data)[0]!;
}

const signIn = (account: string) =>
  call(
    `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p) {
      __typename ... on SignInSuccess { tokenSet { access_token } } ... on MfaRequired { mfaToken factors } } }`,
    { a: account, p: defaultPassword },
  );
const options = (field: string, args = "", variables: Record<string, unknown> = {}, token?: string) =>
  call(
    `mutation${args ? `($t: String!)` : ""} { ${field}${args} { __typename ... on PasskeyOptions { options } ... on Error { apiCode } } }`,
    variables,
    token,
  );
const register = (response: unknown, token: string) =>
  call(
    `mutation($r: JSONObject!) { registerPasskey(response: $r, name: "test key") {
      __typename ... on ConfirmedMfaFactor { factor { factorType name } recoveryCodes } ... on Error { apiCode } } }`,
    { r: response },
    token,
  );
const verifyMfa = (mfaToken: string, assertion: unknown) =>
  call(
    `mutation($t: String!, $c: String!) { verifyMfa(mfaToken: $t, kind: WEBAUTHN, code: $c) {
      __typename ... on VerifyMfaSuccess { tokenSet { id_token } } ... on Error { apiCode } } }`,
    { t: mfaToken, c: JSON.stringify(assertion) },
  );

async function userWithPasskey(username: string) {
  await createUser(gateway, { username });
  const token = ((await signIn(username)).tokenSet as { access_token: string }).access_token;
  const { options: created } = await options("passkeyRegistrationOptions", "", {}, token);
  const authenticator = new SoftAuthenticator();
  const response = authenticator.register({ challenge: (created as { challenge: string }).challenge, ...site });
  return { authenticator, token, response, registered: await register(response, token) };
}

beforeAll(async () => {
  gateway = await TestGateway.start();
});
afterAll(async () => {
  await gateway?.close();
});

describe("passkeys", () => {
  it("registers a passkey for a recently signed-in user, once per challenge", async () => {
    const { registered, response, token } = await userWithPasskey("passkey-owner");
    expect(registered).toMatchObject({
      __typename: "ConfirmedMfaFactor",
      factor: { factorType: "WEBAUTHN", name: "test key" },
    });
    expect(registered.recoveryCodes).toHaveLength(10);
    // The same answer again: its challenge is spent.
    expect(await register(response, token)).toEqual({ __typename: "PasskeyRefusedError", apiCode: 1640 });
  });

  it("answers a password sign-in's second step, and not twice with the same answer", async () => {
    const { authenticator } = await userWithPasskey("passkey-second");
    const answer = await signIn("passkey-second");
    expect(answer).toMatchObject({ __typename: "MfaRequired", factors: ["WEBAUTHN", "RECOVERY_CODE"] });
    const mfaToken = answer.mfaToken as string;
    const { options: asked } = await options("mfaPasskeyOptions", "(mfaToken: $t)", { t: mfaToken });
    const assertion = authenticator.assert({ challenge: (asked as { challenge: string }).challenge, ...site });
    // A phishing page's answer (another origin) does not pass; the real one does.
    const phished = authenticator.assert({
      challenge: (asked as { challenge: string }).challenge,
      rpId: site.rpId,
      origin: "http://gateway.test.evil",
    });
    expect((await verifyMfa(mfaToken, phished)).__typename).toBe("MfaCodeIncorrectError");
    const again = await options("mfaPasskeyOptions", "(mfaToken: $t)", { t: mfaToken });
    const fresh = authenticator.assert({ challenge: (again.options as { challenge: string }).challenge, ...site });
    const verified = await verifyMfa(mfaToken, fresh);
    expect(verified.__typename).toBe("VerifyMfaSuccess");
    expect(decodeJwt((verified.tokenSet as { id_token: string }).id_token).amr).toEqual(["pwd", "hwk", "mfa"]);
    // The earlier answer, replayed on a new sign-in: its challenge was never this one's.
    const next = (await signIn("passkey-second")).mfaToken as string;
    expect((await verifyMfa(next, assertion)).__typename).toBe("MfaCodeIncorrectError");
  });

  it("signs in without a password when the authenticator verified the user; presence alone is refused", async () => {
    const { authenticator } = await userWithPasskey("passkey-only");
    const ask = async () => ((await options("passkeySignInOptions")).options as { challenge: string }).challenge;
    const signInWith = (response: unknown) =>
      call(
        `mutation($r: JSONObject!) { signInWithPasskey(response: $r) {
          __typename ... on SignInSuccess { tokenSet { id_token } user { username } } ... on Error { apiCode } } }`,
        { r: response },
      );
    const presence = authenticator.assert({ challenge: await ask(), ...site, userVerified: false });
    expect(await signInWith(presence)).toEqual({ __typename: "PasskeyRefusedError", apiCode: 1640 });
    const verified = authenticator.assert({ challenge: await ask(), ...site });
    const signedIn = await signInWith(verified);
    expect(signedIn).toMatchObject({ __typename: "SignInSuccess", user: { username: "passkey-only" } });
    expect(decodeJwt((signedIn.tokenSet as { id_token: string }).id_token).amr).toEqual(["hwk", "user"]);
    expect(await signInWith(verified)).toEqual({ __typename: "PasskeyRefusedError", apiCode: 1640 });
  });

  it("enrols a passkey as the first factor a REQUIRED sign-in asks for, with the recovery codes", async () => {
    await createUser(gateway, { username: "passkey-enrols" });
    await gateway.db.application.update({ where: { id: gateway.application.id }, data: { mfaPolicy: "REQUIRED" } });
    try {
      const answer = await signIn("passkey-enrols");
      expect(answer).toMatchObject({ __typename: "MfaRequired", factors: [] });
      const mfaToken = answer.mfaToken as string;
      const { options: created } = await options("mfaPasskeyEnrollmentOptions", "(mfaToken: $t)", { t: mfaToken });
      const authenticator = new SoftAuthenticator();
      const made = authenticator.register({ challenge: (created as { challenge: string }).challenge, ...site });
      const verified = await call(
        `mutation($t: String!, $c: String!) { verifyMfa(mfaToken: $t, kind: WEBAUTHN, code: $c) {
          __typename ... on VerifyMfaSuccess { tokenSet { id_token } recoveryCodes } ... on Error { apiCode } } }`,
        { t: mfaToken, c: JSON.stringify(made) },
      );
      expect(verified.__typename).toBe("VerifyMfaSuccess");
      expect(verified.recoveryCodes).toHaveLength(10);
      expect(decodeJwt((verified.tokenSet as { id_token: string }).id_token).amr).toEqual(["pwd", "hwk", "mfa"]);
      // The next sign-in asks for it.
      expect(await signIn("passkey-enrols")).toMatchObject({ factors: ["WEBAUTHN", "RECOVERY_CODE"] });
    } finally {
      await gateway.db.application.update({ where: { id: gateway.application.id }, data: { mfaPolicy: null } });
    }
  });

  it("does not let a first factor alone enrol another factor for a user who has one", async () => {
    await userWithPasskey("passkey-guarded");
    const mfaToken = (await signIn("passkey-guarded")).mfaToken as string;
    const enrolled = { __typename: "MfaFactorError", apiCode: 1641 };
    expect(await options("mfaPasskeyEnrollmentOptions", "(mfaToken: $t)", { t: mfaToken })).toEqual(enrolled);
    const totp = await call(
      `mutation($t: String!) { startMfaEnrollment(mfaToken: $t) {
        __typename ... on TotpEnrollment { secret } ... on Error { apiCode } } }`,
      { t: mfaToken },
    );
    expect(totp).toEqual(enrolled);
    expect(
      await gateway.db.mfaFactor.count({ where: { user: { username: "passkey-guarded" }, confirmedAt: null } }),
    ).toBe(0);
  });

  it("refuses a credential id that is already registered, to this user or another (no squatting, no 500)", async () => {
    const { authenticator } = await userWithPasskey("passkey-first-owner");
    await createUser(gateway, { username: "passkey-squatter" });
    const token = ((await signIn("passkey-squatter")).tokenSet as { access_token: string }).access_token;
    const { options: created } = await options("passkeyRegistrationOptions", "", {}, token);
    // The same credential id (a crafted answer can name any), made for the squatter's challenge.
    const copied = authenticator.register({ challenge: (created as { challenge: string }).challenge, ...site });
    expect(await register(copied, token)).toEqual({ __typename: "PasskeyRefusedError", apiCode: 1640 });
    expect(await gateway.db.mfaFactor.count({ where: { user: { username: "passkey-squatter" } } })).toBe(0);
  });

  it("refuses an assertion whose user handle names someone other than the passkey's owner", async () => {
    const { authenticator } = await userWithPasskey("passkey-handle");
    const { options: asked } = await options("passkeySignInOptions");
    const assertion = authenticator.assert({ challenge: (asked as { challenge: string }).challenge, ...site });
    const forged = {
      ...assertion,
      response: { ...assertion.response, userHandle: Buffer.from("someone-else").toString("base64url") },
    };
    const answer = await call(
      `mutation($r: JSONObject!) { signInWithPasskey(response: $r) { __typename ... on Error { apiCode } } }`,
      { r: forged },
    );
    expect(answer).toEqual({ __typename: "PasskeyRefusedError", apiCode: 1640 });
  });

  it("signs in once when a burst of 60 requests carries the same passwordless answer", async () => {
    const { authenticator } = await userWithPasskey("passkey-burst");
    const { options: asked } = await options("passkeySignInOptions");
    const assertion = authenticator.assert({ challenge: (asked as { challenge: string }).challenge, ...site });
    const answers = await Promise.all(
      Array.from({ length: 60 }, () =>
        call(`mutation($r: JSONObject!) { signInWithPasskey(response: $r) { __typename } }`, { r: assertion }),
      ),
    );
    const kinds = answers.map((answer) => answer.__typename);
    expect(kinds.filter((kind) => kind === "SignInSuccess")).toHaveLength(1);
    expect(kinds.filter((kind) => kind === "PasskeyRefusedError")).toHaveLength(59);
  });
});
