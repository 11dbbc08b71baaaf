// The hosted login's second step, submitted as a browser would: a user with an authenticator answers the MFA page
// (a wrong code shown again with the error, the right one gives the code and checked tokens, a recovery code
// works too), and under a REQUIRED policy a user without a factor enrols one on the page (QR code and key), sees
// the recovery codes once, and goes on to the client. GenAuth's REST sign-in answers such a user with apiCode
// 1635 and data.mfaToken, which the GraphQL verifyMfa finishes: one core behind both.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCodeAt } from "../../src/identity/mfa/totp.ts";
import {
  Browser,
  discoveredRelyingParty,
  hiddenFields,
  signInThroughPage,
  unescapeHtml,
} from "../helpers/hosted-browser.ts";
import { authorizationUrl } from "../helpers/relying-party-server.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
const redirectUri = "https://rp.example.com/callback";
const password = "a long enough passphrase";
const inAMinute = () => new Date(Date.now() + 30_000);

async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${sdk.origin}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-authing-app-id": sdk.gateway.application.appId,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Record<string, Record<string, unknown>> };
  return Object.values(body.data)[0]!;
}

/** Creates a user with an authenticator enrolled through GraphQL; its secret. */
async function userWithAuthenticator(username: string): Promise<string> {
  await sdk.createUsers(password, username);
  const signedIn = await graphql(
    `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p) { ... on SignInSuccess { tokenSet { access_token } } } }`,
    { a: username, p: password },
  );
  const token = (signedIn.tokenSet as { access_token: string }).access_token;
  const enrolment = await graphql(
    `mutation { startTotpEnrollment { ... on TotpEnrollment { factorId secret } } }`,
    {},
    token,
  );
  const secret = enrolment.secret as string;
  await graphql(
    `mutation($f: String!, $c: String!) { confirmMfaFactorEnrollment(factorId: $f, code: $c) { __typename } }`,
    { f: enrolment.factorId, c: totpCodeAt(secret, new Date()) },
    token,
  );
  return secret;
}

async function exchange(
  config: oidc.Configuration,
  answered: Response,
  checks: { verifier: string; state: string; nonce: string },
) {
  return oidc.authorizationCodeGrant(config, new URL(answered.headers.get("location")!), {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
}

beforeAll(async () => {
  sdk = await startSdkGateway();
  await sdk.gateway.db.application.update({
    where: { id: sdk.gateway.application.id },
    data: { redirectUris: [redirectUri] },
  });
});
afterAll(() => sdk?.close());

describe("the hosted login's second step", () => {
  it("asks an enrolled user for a code: a wrong one is refused on the page, the right one gives the code", async () => {
    const secret = await userWithAuthenticator("page-mfa");
    const config = await discoveredRelyingParty(sdk, {
      appId: sdk.gateway.application.appId,
      appSecret: sdk.gateway.applicationSecret,
    });
    const { url, checks } = await authorizationUrl(config, redirectUri);
    const browser = new Browser(sdk);
    const mfa = await signInThroughPage(browser, url, "page-mfa", password);
    expect(mfa.status).toBe(200);
    const html = await mfa.text();
    expect(html).toContain("<h1>Two-step verification</h1>");
    expect(html).toContain('action="/oidc/login/mfa"');
    expect(html).toContain('value="RECOVERY_CODE"');
    expect(browser.cookies.get("gw_sso")).toBeUndefined();
    const fields = hiddenFields(html);
    const wrong = await browser.post("/oidc/login/mfa", { ...fields, kind: "OTP", code: "000000" });
    expect(wrong.status).toBe(400);
    const again = await wrong.text();
    expect(again).toContain('role="alert"');
    expect(hiddenFields(again).mfa_token).toBe(fields.mfa_token);
    const answered = await browser.post("/oidc/login/mfa", {
      ...hiddenFields(again),
      kind: "OTP",
      code: totpCodeAt(secret, inAMinute()),
    });
    expect(answered.status).toBe(302);
    expect(browser.cookies.get("gw_sso")).toEqual(expect.any(String));
    const tokens = await exchange(config, answered, checks);
    expect(tokens.claims()?.amr).toEqual(["pwd", "otp", "mfa"]);
  });

  it("has a user enrol on the page under a REQUIRED policy, shows the recovery codes once, then goes on", async () => {
    await sdk.createUsers(password, "page-enrols");
    await sdk.gateway.db.application.update({
      where: { id: sdk.gateway.application.id },
      data: { mfaPolicy: "REQUIRED" },
    });
    try {
      const config = await discoveredRelyingParty(sdk, {
        appId: sdk.gateway.application.appId,
        appSecret: sdk.gateway.applicationSecret,
      });
      const { url, checks } = await authorizationUrl(config, redirectUri);
      const browser = new Browser(sdk);
      const page = await signInThroughPage(browser, url, "page-enrols", password);
      const html = await page.text();
      expect(html).toMatch(/<img class="qr" alt="Key: [A-Z2-7]+"[\s\S]*src="data:image\/svg\+xml;base64,/);
      const secret = /<code id="totp-secret">([A-Z2-7]+)<\/code>/.exec(html)?.[1];
      expect(secret).toEqual(expect.any(String));
      // A wrong code shows the same key again: the user may already have scanned it.
      const wrong = await browser.post("/oidc/login/mfa", { ...hiddenFields(html), code: "000000" });
      const again = await wrong.text();
      expect(again).toContain(`<code id="totp-secret">${secret}</code>`);
      const codes = await browser.post("/oidc/login/mfa", {
        ...hiddenFields(again),
        code: totpCodeAt(secret!, new Date()),
      });
      expect(codes.status).toBe(200);
      const codesHtml = await codes.text();
      const shown = [...codesHtml.matchAll(/<li><code>([0-9a-z-]{19})<\/code><\/li>/g)].map((match) => match[1]);
      expect(shown).toHaveLength(10);
      const onward = /<a class="button" href="([^"]+)">/.exec(codesHtml)?.[1];
      const answered = new Response(null, { status: 302, headers: { location: unescapeHtml(onward!) } });
      const tokens = await exchange(config, answered, checks);
      expect(tokens.claims()?.sub).toEqual(expect.any(String));
      // The recovery code signs in on the page next time.
      const next = await authorizationUrl(config, redirectUri, { prompt: "login" });
      const second = new Browser(sdk);
      const mfa = await signInThroughPage(second, next.url, "page-enrols", password);
      const recovered = await second.post("/oidc/login/mfa", {
        ...hiddenFields(await mfa.text()),
        kind: "RECOVERY_CODE",
        code: shown[3]!,
      });
      expect(recovered.status).toBe(302);
    } finally {
      await sdk.gateway.db.application.update({ where: { id: sdk.gateway.application.id }, data: { mfaPolicy: null } });
    }
  });
});

describe("the page's second step by text message", () => {
  it("sends the code to the enrolled phone with its button, then takes it", async () => {
    await sdk.createUsers(password, "page-sms");
    const signedIn = await graphql(
      `mutation { signInByAccountPassword(account: "page-sms", password: "${password}") { ... on SignInSuccess { tokenSet { access_token } } } }`,
      {},
    );
    const token = (signedIn.tokenSet as { access_token: string }).access_token;
    const pending = await graphql(
      `mutation { startSmsFactorEnrollment(phoneNumber: "13800138003") { ... on PendingMfaFactor { factorId } } }`,
      {},
      token,
    );
    await graphql(
      `mutation($f: String!, $c: String!) { confirmMfaFactorEnrollment(factorId: $f, code: $c) { __typename } }`,
      { f: pending.factorId, c: await sdk.latestPasscode("13800138003") },
      token,
    );
    // The enrolment's send counts against the phone's one-a-minute limit.
    await sdk.gateway.db.attemptCounter.deleteMany({ where: { scope: { startsWith: "passcode-send" } } });
    const config = await discoveredRelyingParty(sdk, {
      appId: sdk.gateway.application.appId,
      appSecret: sdk.gateway.applicationSecret,
    });
    const { url } = await authorizationUrl(config, redirectUri);
    const browser = new Browser(sdk);
    const page = await (await signInThroughPage(browser, url, "page-sms", password)).text();
    expect(page).toContain('formaction="/oidc/login/mfa/send"');
    const sent = await browser.post("/oidc/login/mfa/send", { ...hiddenFields(page), send: "SMS" });
    expect(sent.status).toBe(200);
    const withNotice = await sent.text();
    expect(withNotice).toContain('role="status"');
    const answered = await browser.post("/oidc/login/mfa", {
      ...hiddenFields(withNotice),
      kind: "SMS",
      code: await sdk.latestPasscode("13800138003"),
    });
    expect(answered.status).toBe(302);
    expect(answered.headers.get("location")).toMatch(/^https:\/\/rp\.example\.com\/callback\?code=/);
  });
});

describe("GenAuth's REST sign-in for a user with a second factor", () => {
  it("answers apiCode 1635 with data.mfaToken, which verifyMfa finishes", async () => {
    const secret = await userWithAuthenticator("rest-mfa");
    const answer = await sdk.authentication().signInByAccountPassword({ account: "rest-mfa", password } as never);
    const envelope = answer as unknown as {
      statusCode: number;
      apiCode: number;
      data: { mfaToken: string; factors: string[] };
    };
    expect(envelope).toMatchObject({ statusCode: 401, apiCode: 1635, data: { factors: ["OTP", "RECOVERY_CODE"] } });
    const verified = await graphql(
      `mutation($t: String!, $c: String!) { verifyMfa(mfaToken: $t, kind: OTP, code: $c) { __typename } }`,
      { t: envelope.data.mfaToken, c: totpCodeAt(secret, inAMinute()) },
    );
    expect(verified.__typename).toBe("VerifyMfaSuccess");
  });
});
