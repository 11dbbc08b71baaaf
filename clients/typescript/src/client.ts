// A small GraphQL client for the gateway: one POST per operation, typed by the documents in ./gql. Errors of the
// API are members of each result union (read `__typename`); only a request the gateway could not run at all (a
// network failure, a malformed document, a rate limit) throws GatewayRequestError.
import type { TypedDocumentString } from "./gql/graphql.js";

export interface GatewayClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://id.example.com/graphql. */
  url: string;
  /** The application's id (x-authing-app-id): the user pool and the application's rules come from it. */
  appId?: string;
  /** The application's secret, for a server-side (confidential) application's sign-ins. */
  appSecret?: string;
  /** en-US, zh-CN, zh-TW or ja-JP: the language of the API's messages. */
  language?: string;
  /** A fetch of your own (a proxy agent, a test double); default the global fetch. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** A user's access token, or an administrator's management token. */
  accessToken?: string;
  signal?: AbortSignal;
}

export class GatewayRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The x-request-id of the failed request, to find it in the gateway's logs. */
    readonly requestId: string | null,
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
    this.name = "GatewayRequestError";
  }
}

export class GatewayClient {
  readonly #options: GatewayClientOptions;

  constructor(options: GatewayClientOptions) {
    this.#options = options;
  }

  /** A client that sends this token with every request (a signed-in user's or an administrator's). */
  withAccessToken(accessToken: string): BoundGatewayClient {
    return new BoundGatewayClient(this, accessToken);
  }

  /** Runs one operation; `variables` is `{}` for an operation without any. */
  async request<R, V>(document: TypedDocumentString<R, V>, variables: V, options: RequestOptions = {}): Promise<R> {
    const { url, appId, appSecret, language, fetch: fetchImpl = fetch } = this.#options;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
    };
    if (appId) headers["x-authing-app-id"] = appId;
    if (appSecret) headers["x-authing-app-secret"] = appSecret;
    if (language) headers["x-authing-lang"] = language;
    if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: options.signal,
      });
    } catch (error) {
      throw new GatewayRequestError(`The gateway at ${url} could not be reached: ${(error as Error).message}`, 0, null);
    }
    const requestId = response.headers.get("x-request-id");
    let body: { data?: R | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GatewayRequestError(
        `The gateway answered HTTP ${response.status} without JSON`,
        response.status,
        requestId,
      );
    }
    if (body.errors?.length || body.data == null) {
      const messages = body.errors?.map((error) => error.message).join("; ") ?? "no data";
      throw new GatewayRequestError(messages, response.status, requestId, body.errors);
    }
    return body.data;
  }
}

/** A GatewayClient whose requests carry one access token. */
export class BoundGatewayClient {
  constructor(
    private readonly client: GatewayClient,
    private readonly accessToken: string,
  ) {}

  request<R, V>(
    document: TypedDocumentString<R, V>,
    variables: V,
    options: Omit<RequestOptions, "accessToken"> = {},
  ): Promise<R> {
    return this.client.request(document, variables, { ...options, accessToken: this.accessToken });
  }
}
