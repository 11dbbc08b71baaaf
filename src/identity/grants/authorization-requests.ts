// An authorization request (RFC 6749 4.1.1, OIDC Core 3.1.2.1) checked against its application. Until the client
// and its redirect URI are known good, an error must not be sent to that URI (RFC 6749 4.1.2.1: the user is told
// instead); after, errors go back to the client with its state.
import type { Application, UserPool } from "../../generated/prisma/client.ts";
import type { ApplicationService } from "../applications/application-service.ts";
import { IdentityError } from "../errors.ts";
import { isSupportedScope, type Scope } from "../tokens/scopes.ts";
import type { CodeChallengeMethod } from "./authorization-codes.ts";

export type ResponseMode = "query" | "form_post";
export type Prompt = "none" | "login" | "consent" | "select_account";

export interface AuthorizationRequest {
  application: Application;
  pool: UserPool;
  redirectUri: string;
  responseMode: ResponseMode;
  scopes: Scope[];
  state: string | null;
  nonce: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: CodeChallengeMethod | null;
  prompt: Prompt[];
  /** Seconds since the user last signed in that the client still accepts (OIDC Core 3.1.2.1). */
  maxAge: number | null;
  loginHint: string | null;
  /** An id_token the client holds for the user it expects (OIDC Core 3.1.2.1). */
  idTokenHint: string | null;
  uiLocales: string | null;
}

/** Where an error may be answered: the client's redirect URI (with its state), or null for the user's own page. */
export interface ErrorDestination {
  redirectUri: string;
  responseMode: ResponseMode;
  state: string | null;
}

export class AuthorizationRequestError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly destination: ErrorDestination | null,
  ) {
    super(description);
  }
}

const maxParamLength = 2048;
const challengePattern = /^[A-Za-z0-9\-._~]{43,128}$/;
const prompts: readonly Prompt[] = ["none", "login", "consent", "select_account"];

/** Each parameter at most once (RFC 6749 3.1), and none absurdly long. */
function singleParams(query: URLSearchParams): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of query) {
    if (params.has(name)) throw new AuthorizationRequestError("invalid_request", `${name} is sent twice.`, null);
    if (value.length > maxParamLength)
      throw new AuthorizationRequestError("invalid_request", `${name} is too long.`, null);
    if (value !== "") params.set(name, value);
  }
  return params;
}

export async function parseAuthorizationRequest(
  applications: Pick<ApplicationService, "findApplicationByAppId">,
  query: URLSearchParams,
): Promise<AuthorizationRequest> {
  const params = singleParams(query);
  const clientId = params.get("client_id");
  if (!clientId) throw new AuthorizationRequestError("invalid_request", "client_id is required.", null);
  let found: Awaited<ReturnType<ApplicationService["findApplicationByAppId"]>>;
  try {
    found = await applications.findApplicationByAppId(clientId);
  } catch (error) {
    if (error instanceof IdentityError)
      throw new AuthorizationRequestError("invalid_client", "The application is unknown.", null);
    throw error;
  }
  const { application, pool } = found;
  const redirectUri = params.get("redirect_uri");
  if (!redirectUri || !application.redirectUris.includes(redirectUri))
    throw new AuthorizationRequestError(
      "invalid_request",
      "redirect_uri is not registered for this application.",
      null,
    );

  const state = params.get("state") ?? null;
  const modeParam = params.get("response_mode");
  const responseMode: ResponseMode = modeParam === "form_post" ? "form_post" : "query";
  const fail = (error: string, description: string): never => {
    throw new AuthorizationRequestError(error, description, { redirectUri, responseMode, state });
  };
  if (modeParam && modeParam !== "query" && modeParam !== "form_post")
    fail("invalid_request", "response_mode must be query or form_post.");
  if (params.has("request")) fail("request_not_supported", "Request objects are not supported.");
  if (params.has("request_uri")) fail("request_uri_not_supported", "request_uri is not supported.");
  const responseType = params.get("response_type");
  if (!responseType) fail("invalid_request", "response_type is required.");
  if (responseType !== "code") fail("unsupported_response_type", "Only the code response type is served.");
  if (!application.grantTypes.includes("authorization_code"))
    fail("unauthorized_client", "This application may not use the authorization-code grant.");

  // OIDC Core 3.1.2.1: scope values that are not understood are ignored; openid must be there.
  const known = (params.get("scope") ?? "").split(" ").filter(isSupportedScope);
  if (!known.includes("openid")) fail("invalid_scope", "scope is required and must include openid.");
  const scopes = [...new Set(known)];

  const codeChallenge = params.get("code_challenge") ?? null;
  const methodParam = params.get("code_challenge_method");
  if (methodParam && !codeChallenge) fail("invalid_request", "code_challenge_method without code_challenge.");
  const codeChallengeMethod: CodeChallengeMethod | null = codeChallenge
    ? methodParam === "S256" || methodParam === "plain"
      ? methodParam
      : methodParam
        ? fail("invalid_request", "code_challenge_method must be S256 or plain.")
        : "plain"
    : null;
  if (codeChallenge && !challengePattern.test(codeChallenge)) fail("invalid_request", "code_challenge is malformed.");
  const isPublic = application.tokenEndpointAuthMethod === "none";
  if (isPublic && (!codeChallenge || codeChallengeMethod !== "S256"))
    fail("invalid_request", "A public client must send a PKCE code_challenge with the S256 method.");

  const prompt = (params.get("prompt") ?? "").split(" ").filter(Boolean) as Prompt[];
  if (prompt.some((value) => !prompts.includes(value))) fail("invalid_request", "prompt has an unknown value.");
  if (prompt.includes("none") && prompt.length > 1) fail("invalid_request", "prompt=none stands alone.");
  const maxAgeParam = params.get("max_age");
  const maxAge = maxAgeParam === undefined ? null : /^\d{1,9}$/.test(maxAgeParam) ? Number(maxAgeParam) : null;
  if (maxAgeParam !== undefined && maxAge === null)
    fail("invalid_request", "max_age must be a whole number of seconds.");

  return {
    application,
    pool,
    redirectUri,
    responseMode,
    scopes,
    state,
    nonce: params.get("nonce") ?? null,
    codeChallenge,
    codeChallengeMethod,
    prompt,
    maxAge,
    loginHint: params.get("login_hint") ?? null,
    idTokenHint: params.get("id_token_hint") ?? null,
    uiLocales: params.get("ui_locales") ?? null,
  };
}
