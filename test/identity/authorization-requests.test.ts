// The authorization request's checks (RFC 6749 4.1.1 and 4.1.2.1, OIDC Core 3.1.2.1, RFC 7636 4.3): what is
// refused, and where the refusal may go. An unknown client or an unregistered redirect URI is never redirected
// to; every later error goes back to the registered URI with the client's state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthorizationRequestError,
  parseAuthorizationRequest,
} from "../../src/identity/grants/authorization-requests.ts";
import { TestGateway } from "../helpers/gateway.ts";

let gateway: TestGateway;
const redirectUri = "https://rp.example.com/callback";
let publicAppId: string;

beforeAll(async () => {
  gateway = await TestGateway.start();
  await gateway.db.application.update({ where: { id: gateway.application.id }, data: { redirectUris: [redirectUri] } });
  const created = await gateway.identity.applicationAdmin.createApplication(
    { userPoolId: gateway.pool.id, accessKeyId: "test", requestId: "test" },
    { name: "SPA", redirectUris: [redirectUri], tokenEndpointAuthMethod: "none", grantTypes: ["authorization_code"] },
  );
  publicAppId = created.application.appId;
});
afterAll(() => gateway?.close());

const challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

function request(overrides: Record<string, string | null> = {}, clientId = gateway.application.appId) {
  const params = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid profile",
    state: "s-1",
    nonce: "n-1",
  });
  for (const [name, value] of Object.entries(overrides))
    if (value === null) params.delete(name);
    else params.set(name, value);
  return parseAuthorizationRequest(gateway.identity.applications, params);
}

async function refusal(promise: Promise<unknown>): Promise<AuthorizationRequestError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AuthorizationRequestError);
  return error as AuthorizationRequestError;
}

describe("the authorization request", () => {
  it("accepts a code request and keeps what the flow needs later", async () => {
    const parsed = await request({
      prompt: "login",
      max_age: "300",
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    expect(parsed).toMatchObject({
      redirectUri,
      responseMode: "query",
      scopes: ["openid", "profile"],
      state: "s-1",
      nonce: "n-1",
      codeChallenge: challenge,
      codeChallengeMethod: "S256",
      prompt: ["login"],
      maxAge: 300,
    });
    expect((await request({ response_mode: "form_post" })).responseMode).toBe("form_post");
    expect((await request({ code_challenge: challenge })).codeChallengeMethod).toBe("plain");
  });

  it("never redirects for an unknown client or an unregistered redirect URI", async () => {
    for (const error of [
      await refusal(request({}, "no-such-app")),
      await refusal(request({ client_id: null })),
      await refusal(request({ redirect_uri: "https://evil.example.com/callback" })),
      await refusal(request({ redirect_uri: `${redirectUri}/` })),
      await refusal(request({ redirect_uri: null })),
    ])
      expect(error.destination).toBeNull();
    const twice = new URLSearchParams(`client_id=${gateway.application.appId}&client_id=${gateway.application.appId}`);
    expect((await refusal(parseAuthorizationRequest(gateway.identity.applications, twice))).destination).toBeNull();
  });

  it("ignores scope values it does not understand (OIDC Core 3.1.2.1) but still requires openid", async () => {
    const parsed = await request({ scope: "openid admin profile openid" });
    expect(parsed.scopes).toEqual(["openid", "profile"]);
  });

  it("sends every later error back to the client with its state", async () => {
    const cases: [Record<string, string | null>, string][] = [
      [{ response_type: "token" }, "unsupported_response_type"],
      [{ response_type: "code id_token" }, "unsupported_response_type"],
      [{ response_type: null }, "invalid_request"],
      [{ scope: "profile" }, "invalid_scope"],
      [{ scope: "admin profile" }, "invalid_scope"],
      [{ scope: null }, "invalid_scope"],
      [{ code_challenge_method: "S256" }, "invalid_request"],
      [{ code_challenge: challenge, code_challenge_method: "S512" }, "invalid_request"],
      [{ code_challenge: "short" }, "invalid_request"],
      [{ prompt: "none login" }, "invalid_request"],
      [{ prompt: "sometimes" }, "invalid_request"],
      [{ max_age: "-1" }, "invalid_request"],
      [{ response_mode: "fragment" }, "invalid_request"],
      [{ request: "eyJ..." }, "request_not_supported"],
      [{ request_uri: "https://rp.example.com/r" }, "request_uri_not_supported"],
    ];
    for (const [overrides, code] of cases) {
      const error = await refusal(request(overrides));
      expect(error.error, JSON.stringify(overrides)).toBe(code);
      expect(error.destination).toEqual({ redirectUri, responseMode: "query", state: "s-1" });
    }
  });

  it("requires PKCE with S256 of a public client", async () => {
    expect((await refusal(request({}, publicAppId))).error).toBe("invalid_request");
    const plain = await refusal(request({ code_challenge: challenge, code_challenge_method: "plain" }, publicAppId));
    expect(plain.error).toBe("invalid_request");
    const parsed = await request({ code_challenge: challenge, code_challenge_method: "S256" }, publicAppId);
    expect(parsed.codeChallengeMethod).toBe("S256");
  });
});
