// GenAuth's REST v3 authentication routes, driven by the official Node SDK (authing-node-sdk) pointed at the
// gateway: sign up, sign in (client_secret_post, the SDK's default), the profile with the token it keeps, and the
// envelope for bad input (HTTP 200 with the real statusCode/apiCode, never a 5xx). The same operations through
// GraphQL answer the same user and the same error.
import { AuthenticationClient } from "authing-node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { listenOnPort } from "../helpers/listening-gateway.ts";

let gateway: TestGateway;
let listening: Awaited<ReturnType<typeof listenOnPort>> | undefined;
let origin: string;

beforeAll(async () => {
  gateway = await TestGateway.start();
  listening = await listenOnPort(gateway);
  origin = listening.origin;
});
afterAll(async () => {
  await listening?.close();
  await gateway?.close();
});

const sdk = () =>
  new AuthenticationClient({ appId: gateway.application.appId, appSecret: gateway.applicationSecret, appHost: origin });
const password = "a long enough passphrase";

async function postJson(path: string, body: string) {
  const response = await fetch(`${origin}/api/v3/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
    body,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("REST v3 authentication through authing-node-sdk", () => {
  it("signs up, signs in with the token set GenAuth returns, and reads the profile with the token", async () => {
    const client = sdk();
    const signedUp = await client.signUpByUsernamePassword({ username: "sdk-user", password });
    expect(signedUp).toMatchObject({ statusCode: 200, data: { username: "sdk-user", userId: expect.any(String) } });
    expect(signedUp.requestId).toEqual(expect.any(String));

    const signedIn = await client.signInByUsernamePassword({
      username: "sdk-user",
      password,
      options: { scope: "openid profile offline_access" },
    });
    expect(signedIn).toMatchObject({
      statusCode: 200,
      data: {
        access_token: expect.any(String),
        id_token: expect.any(String),
        refresh_token: expect.any(String),
        token_type: "Bearer",
        expire_in: expect.any(Number),
      },
    });

    client.setAccessToken(signedIn.data.access_token ?? "");
    const profile = await client.getProfile({ withCustomData: true, withDepartmentIds: true });
    expect(profile).toMatchObject({
      statusCode: 200,
      data: { userId: signedUp.data.userId, username: "sdk-user", loginsCount: 1, departmentIds: [], customData: {} },
    });
  });

  it("a wrong password is the envelope with statusCode and apiCode (HTTP 200, the SDK resolves), as GraphQL says it", async () => {
    const failed = await sdk().signInByAccountPassword({ account: "sdk-user", password: "not the passphrase" });
    const graphql = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
      body: JSON.stringify({
        query: `mutation { signInByAccountPassword(account: "sdk-user", password: "not the passphrase") { ... on Error { statusCode apiCode message } } }`,
      }),
    });
    const member = ((await graphql.json()) as { data: { signInByAccountPassword: Record<string, unknown> } }).data
      .signInByAccountPassword;
    expect(failed).toMatchObject({
      statusCode: member.statusCode,
      apiCode: member.apiCode,
      message: member.message,
      data: null,
    });
    expect(failed.apiCode).toBe(2333);
  });

  it("bad input is an envelope naming the field: a wrong connection, a missing password, a body that is not JSON", async () => {
    for (const body of [
      `{"connection":"NOPE"}`,
      `{"connection":"PASSWORD","passwordPayload":{"account":"x"}}`,
      `{"connection":`,
      `[]`,
    ]) {
      const { status, body: answer } = await postJson("signin", body);
      expect(status).toBe(200);
      expect(answer).toMatchObject({
        statusCode: 400,
        apiCode: 1002,
        message: expect.any(String),
        requestId: expect.any(String),
        data: null,
      });
    }
    // No token, or a garbage one: the envelope says why, as GraphQL's NotAuthenticatedError does.
    expect(await sdk().getProfile({})).toMatchObject({ statusCode: 401, data: null });
    const garbage = sdk();
    garbage.setAccessToken("not-a-token");
    expect(await garbage.getProfile({})).toMatchObject({ statusCode: 401, data: null });
  });

  it("a body over the limit is refused before it is read, as GraphQL refuses one (HTTP 413, the envelope)", async () => {
    const padding = "x".repeat(2 * 1024 * 1024);
    const { status, headers, body } = await postJson(
      "signin",
      JSON.stringify({ connection: "PASSWORD", passwordPayload: { account: padding, password } }),
    );
    expect(status).toBe(413);
    // The unread rest of the body ends the connection: a client's next request must not go on it.
    expect(headers.get("connection")).toBe("close");
    expect(body).toMatchObject({ statusCode: 413, requestId: expect.any(String), data: null });
    expect(body.message).toMatch(/at most 1048576 bytes/);
  });

  it("a user signed up by REST signs in by GraphQL as the same user", async () => {
    const signedUp = await sdk().signUpByUsernamePassword({ username: "both-ways", password });
    const graphql = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
      body: JSON.stringify({
        query: `mutation { signInByAccountPassword(account: "both-ways", password: "${password}") { ... on SignInSuccess { user { userId } } } }`,
      }),
    });
    const body = (await graphql.json()) as { data: { signInByAccountPassword: { user: { userId: string } } } };
    expect(body.data.signInByAccountPassword.user.userId).toBe(signedUp.data.userId);
  });

  it("sends an email passcode and signs in with it; gives the system's keys, a captcha and the JWKS where the SDK looks", async () => {
    const client = sdk();
    expect(
      await client.sendEmail({ email: "sdk-passcode@example.com", channel: "CHANNEL_LOGIN" } as never),
    ).toMatchObject({ statusCode: 200, data: { expiresIn: expect.any(Number) } });
    const outbox = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
      body: JSON.stringify({
        query: `{ devOutbox(recipient: "sdk-passcode@example.com") { ... on DevOutbox { messages { text } } } }`,
      }),
    });
    const text = ((await outbox.json()) as { data: { devOutbox: { messages: { text: string }[] } } }).data.devOutbox
      .messages[0]?.text;
    const passCode = /\b(\d{6})\b/.exec(text ?? "")?.[1] ?? "";
    const signedIn = await client.signInByEmailPassCode({
      email: "sdk-passcode@example.com",
      passCode,
      options: { autoRegister: true },
    } as never);
    expect(signedIn).toMatchObject({ statusCode: 200, data: { access_token: expect.any(String) } });

    expect(await client.getSystemInfo()).toMatchObject({
      statusCode: 200,
      data: { rsa: { publicKey: expect.stringContaining("PUBLIC KEY") }, sm2: { publicKey: expect.any(String) } },
    });
    expect(await client.geneCatchaCodeAndToken()).toMatchObject({
      statusCode: 200,
      data: { captchaToken: expect.any(String) },
    });
    expect(await client.sendSms({ phoneNumber: "13800000000", channel: "NOT_A_CHANNEL" } as never)).toMatchObject({
      statusCode: 400,
      apiCode: 1002,
    });
    const jwks = (await (await fetch(`${origin}/${gateway.application.appId}/oidc/.well-known/jwks.json`)).json()) as {
      keys: unknown[];
    };
    expect(jwks.keys.length).toBeGreaterThan(0);
  });

  it("publishes an OpenAPI 3.1 document of the routes", async () => {
    const document = (await (await fetch(`${origin}/api/v3/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/signup",
        "/signin",
        "/get-profile",
        "/send-sms",
        "/send-email",
        "/get-captcha-code",
        "/system",
      ]),
    );
  });
});
