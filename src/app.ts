// createApp(deps): the whole gateway as one fetch handler (Hono), with no listen(): server.ts binds it to a port
// (nodeListener) and tests call app.fetch directly. Every request gets its id and request scope first (so every
// log line written for it names it), then its access line and metrics; GraphQL is mounted at /graphql.
import type { RequestListener } from "node:http";
import { getRequestListener, type HttpBindings } from "@hono/node-server";
import { Hono, type MiddlewareHandler } from "hono";
import { type Config, defaultMaxRequestBodyBytes } from "./config.ts";
import { createGraphQLHandler } from "./graphql/yoga.ts";
import { createAuthorizeRoutes } from "./oidc/authorize-routes.ts";
import { discoveryPaths, discoveryRoute } from "./oidc/discovery.ts";
import { createOidcProtocolRoutes } from "./oidc/protocol-routes.ts";
import { createMfaTokenIntrospection } from "./rest/mfa-token-introspection.ts";
import { createRestApi } from "./rest/rest-app.ts";
import { createCallerResolver, requestIdFor, requestIdFrom } from "./http/caller.ts";
import { jwksPaths, jwksRoute } from "./http/jwks.ts";
import { metricsRoute } from "./http/metrics-route.ts";
import { readinessRoute } from "./http/readiness.ts";
import { requestScope } from "./http/request-scope.ts";
import { createRequestRecorder, requestTelemetry, type TelemetryEnv } from "./http/request-telemetry.ts";
import type { Identity } from "./identity/index.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./telemetry/metrics.ts";

export interface AppDeps {
  config: Pick<Config, "graphiql" | "introspection" | "corsOrigins" | "trustProxy" | "production" | "devOutboxQuery"> &
    Partial<Pick<Config, "maxRequestBodyBytes" | "metricsToken" | "publicUrl" | "federation">>;
  identity: Identity;
  log: Logger;
  /** Serves GET /metrics and is fed by every request; none: no /metrics. */
  metrics?: Metrics | null;
  /** Pre-filled in GraphiQL's header editor so a newcomer can try the API at once. */
  demoAppId?: string;
}

type Env = { Bindings: Partial<HttpBindings> } & TelemetryEnv;

/** Every response names its request id, and whatever runs for the request logs it (request scope). */
const requestIdentity: MiddlewareHandler<Env> = async (c, next) => {
  const requestId = requestIdFor(c.req.raw);
  await requestScope.run({ requestId }, next);
  c.res.headers.set("x-request-id", requestId);
};

const isGraphQLPath = (url: string | undefined) => url === "/graphql" || url?.startsWith("/graphql?");

const methodNotAllowed =
  (allow: string) => (c: { body(data: null, status: 405, headers: Record<string, string>): Response }) =>
    c.body(null, 405, { allow });

export function createApp({ config, identity, log, demoAppId, metrics = null }: AppDeps) {
  const resolveCaller = createCallerResolver({ identity, trustProxy: config.trustProxy });
  const graphql = createGraphQLHandler({ config, identity, log, demoAppId, metrics, resolveCaller });
  const app = new Hono<Env>();
  const recordRequest = createRequestRecorder({ log, metrics });
  app.use(requestIdentity, requestTelemetry(recordRequest));
  app.get("/health", (c) => c.body(null, 200));
  app.get(
    "/ready",
    readinessRoute(() => identity.db.$queryRaw`SELECT 1`),
  );
  // The last is where the Node SDK looks for them: under the application's id.
  for (const path of [...jwksPaths, "/:appId/oidc/.well-known/jwks.json"]) {
    app.get(path, jwksRoute(identity.keys)).all(path, methodNotAllowed("GET, HEAD"));
  }
  for (const path of [...discoveryPaths, "/:appId/oidc/.well-known/openid-configuration"]) {
    app.get(path, discoveryRoute(identity.issuer)).all(path, methodNotAllowed("GET, HEAD"));
  }
  if (metrics)
    app
      .get("/metrics", metricsRoute(metrics, config.metricsToken ?? null))
      .all("/metrics", methodNotAllowed("GET, HEAD"));
  app.all("/graphql", (c) => graphql.fetch(c.req.raw, { facts: c.get("facts") }));
  const maxRequestBodyBytes = config.maxRequestBodyBytes ?? defaultMaxRequestBodyBytes;
  app.route("/api/v3", createRestApi({ identity, resolveCaller, log, maxRequestBodyBytes }));
  app.route("/mfa", createMfaTokenIntrospection({ identity, resolveCaller }));
  const oidc = createOidcProtocolRoutes({ identity, resolveCaller, log });
  // Cookies are Secure unless the public URL is plain http (a local gateway).
  const secureCookies = !config.publicUrl?.startsWith("http://");
  oidc.route("/", createAuthorizeRoutes({ identity, resolveCaller, log, secureCookies }));
  // GenAuth's SDKs use /oauth/* for `protocol: "oauth"`: the same endpoints.
  app.route("/oidc", oidc);
  app.route("/oauth", oidc);
  app.notFound((c) => c.json({ message: "Not found" }, 404));

  // Over node:http, GraphQL requests go to yoga's own node handler, which reads the body and writes the answer
  // itself, with the same request id, scope and access line as the routes: through Hono's Fetch objects they
  // cost ~20 % of the throughput of `me` (measured with npm run bench:me). Everything else is Hono's.
  const honoListener = getRequestListener((request, env) => app.fetch(request, env));
  const graphqlListener: RequestListener = (req, res) => {
    const startedAt = performance.now();
    const requestId = requestIdFrom(req.headers["x-request-id"] as string | undefined);
    res.setHeader("x-request-id", requestId);
    const facts = { operation: "" };
    void requestScope.run({ requestId }, async () => {
      try {
        await graphql.handle(req, res, { req, facts });
      } finally {
        recordRequest(
          { method: req.method ?? "", route: "/graphql", operation: facts.operation, status: res.statusCode },
          startedAt,
        );
      }
    });
  };

  return {
    /** For tests and in-process callers: a URL and init, or a Request. */
    fetch: (input: Request | string | URL, init?: RequestInit): Promise<Response> =>
      Promise.resolve(app.fetch(input instanceof Request ? input : new Request(input, init))),
    /** For node:http, with the peer's socket for its address. */
    nodeListener: ((req, res) =>
      isGraphQLPath(req.url) ? graphqlListener(req, res) : honoListener(req, res)) as RequestListener,
  };
}

export type App = ReturnType<typeof createApp>;
