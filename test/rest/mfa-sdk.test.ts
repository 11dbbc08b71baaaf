// GenAuth's MFA factor routes driven by the official Node SDK's own methods (sendEnrollFactorRequest,
// enrollFactor, listEnrolledFactors, getFactor, listFactorsToEnroll, mfaOtpVerify, resetFactor), then a REST
// sign-in that answers 1635 and the gateway's /api/v3/signin-by-mfa that finishes it, and /mfa/token/introspection.
import type { AuthenticationClient } from "authing-node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCodeAt } from "../../src/identity/mfa/totp.ts";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
const password = "a long enough passphrase";
const later = (steps: number) => new Date(Date.now() + steps * 30_000);

beforeAll(async () => {
  sdk = await startSdkGateway();
});
afterAll(() => sdk?.close());

async function signedInClient(username: string): Promise<AuthenticationClient> {
  const client = sdk.authentication();
  const signedIn = await client.signInByUsernamePassword({ username, password } as never);
  client.setAccessToken(signedIn.data.access_token!);
  return client;
}

async function post(path: string, body: unknown) {
  const response = await fetch(`${sdk.origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": sdk.gateway.application.appId },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown> & { data?: Record<string, unknown> };
}

describe("GenAuth's MFA routes through the Node SDK", () => {
  it("enrols an authenticator, lists and reads it, checks a code once, and removes it", async () => {
    await sdk.createUsers(password, "sdk-mfa");
    const client = await signedInClient("sdk-mfa");
    expect((await client.listFactorsToEnroll()).data).toEqual([{ factorType: "OTP" }]);
    const requested = await client.sendEnrollFactorRequest({ factorType: "OTP", profile: {} } as never);
    expect(requested.statusCode).toBe(200);
    const { enrollmentToken, otpData } = requested.data as { enrollmentToken: string; otpData: Record<string, string> };
    expect(otpData.qrCodeUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpData.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = new URL(otpData.qrCodeUri!).searchParams.get("secret")!;
    const wrong = await client.enrollFactor({
      enrollmentToken,
      factorType: "OTP",
      enrollmentData: { passCode: "000000" },
    } as never);
    expect(wrong).toMatchObject({ statusCode: 400, apiCode: 1636 });
    const enrolled = await client.enrollFactor({
      enrollmentToken,
      factorType: "OTP",
      enrollmentData: { passCode: totpCodeAt(secret, new Date()) },
    } as never);
    expect(enrolled.statusCode).toBe(200);
    const factor = (enrolled as unknown as { data: { factorId: string; factorType: string; recoveryCodes: string[] } })
      .data;
    expect(factor.factorType).toBe("OTP");
    expect(factor.recoveryCodes).toHaveLength(10);
    expect((await client.listEnrolledFactors()).data).toEqual([
      { factorId: factor.factorId, factorType: "OTP", profile: {} },
    ]);
    expect((await client.getFactor({ factorId: factor.factorId })).data).toMatchObject({ factorType: "OTP" });
    expect((await client.getFactor({ factorId: "not-mine" })).apiCode).toBe(1639);
    expect((await client.listFactorsToEnroll()).data).toEqual([]);
    // A code checks once.
    const code = totpCodeAt(secret, later(1));
    expect((await client.mfaOtpVerify({ totp: code })).data).toEqual({ verified: true });
    expect((await client.mfaOtpVerify({ totp: code })).data).toEqual({ verified: false });
    expect((await client.resetFactor({ factorId: factor.factorId })).statusCode).toBe(200);
    expect((await client.listEnrolledFactors()).data).toEqual([]);
  });

  it("answers a REST sign-in with 1635, finishes it at /api/v3/signin-by-mfa, and introspects the mfaToken", async () => {
    await sdk.createUsers(password, "sdk-mfa-signin");
    const client = await signedInClient("sdk-mfa-signin");
    const requested = await client.sendEnrollFactorRequest({ factorType: "OTP", profile: {} } as never);
    const { enrollmentToken, otpData } = requested.data as { enrollmentToken: string; otpData: Record<string, string> };
    const secret = new URL(otpData.qrCodeUri!).searchParams.get("secret")!;
    await client.enrollFactor({
      enrollmentToken,
      factorType: "OTP",
      enrollmentData: { passCode: totpCodeAt(secret, new Date()) },
    } as never);

    const answer = (await sdk
      .authentication()
      .signInByUsernamePassword({ username: "sdk-mfa-signin", password } as never)) as unknown as {
      statusCode: number;
      apiCode: number;
      data: { mfaToken: string };
    };
    expect(answer).toMatchObject({ statusCode: 401, apiCode: 1635 });
    const mfaToken = answer.data.mfaToken;
    const introspected = await post("/mfa/token/introspection", { token: mfaToken });
    expect(introspected).toMatchObject({ active: true, userId: expect.any(String), exp: expect.any(Number) });
    expect(await post("/mfa/token/introspection", { token: "unknown" })).toEqual({ active: false });

    const wrong = await post("/api/v3/signin-by-mfa", { mfaToken, factorType: "OTP", code: "000000" });
    expect(wrong).toMatchObject({ statusCode: 400, apiCode: 1636 });
    const finished = await post("/api/v3/signin-by-mfa", {
      mfaToken,
      factorType: "OTP",
      code: totpCodeAt(secret, later(1)),
    });
    expect(finished).toMatchObject({
      statusCode: 200,
      data: { access_token: expect.any(String), token_type: "Bearer" },
    });
    // Spent: neither again nor as live.
    expect(await post("/mfa/token/introspection", { token: mfaToken })).toEqual({ active: false });
    const again = await post("/api/v3/signin-by-mfa", {
      mfaToken,
      factorType: "OTP",
      code: totpCodeAt(secret, later(1)),
    });
    expect(again).toMatchObject({ apiCode: 1637 });
  });

  it("enrols an SMS factor by the code sent to the profile's phone; refuses FACE by name, and every route without a token", async () => {
    await sdk.createUsers(password, "sdk-mfa-sms");
    const client = await signedInClient("sdk-mfa-sms");
    const face = await client.sendEnrollFactorRequest({ factorType: "FACE", profile: {} } as never);
    expect(face).toMatchObject({ statusCode: 400, apiCode: 1002 });
    const sms = await client.sendEnrollFactorRequest({
      factorType: "SMS",
      profile: { phoneNumber: "13800138002" },
    } as never);
    expect(sms.statusCode).toBe(200);
    const { enrollmentToken } = sms.data as { enrollmentToken: string };
    const enrolled = await client.enrollFactor({
      enrollmentToken,
      factorType: "SMS",
      enrollmentData: { passCode: await sdk.latestPasscode("13800138002") },
    } as never);
    expect(enrolled.statusCode).toBe(200);
    expect((await client.listEnrolledFactors()).data).toEqual([
      {
        factorId: enrollmentToken,
        factorType: "SMS",
        profile: { phoneNumber: "13800138002", phoneCountryCode: "+86" },
      },
    ]);
    const anonymous = sdk.authentication();
    expect((await anonymous.listEnrolledFactors()).statusCode).toBe(401);
  });
});
