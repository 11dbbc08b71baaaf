// The GraphQL adapter as one fetch handler (graphql-yoga): the schema with its guards (body limit, CSRF,
// depth, aliases, tokens, storable input, hidden schema errors), GraphiQL, and the per-request context built on
// the one Caller resolution. src/app.ts mounts it at /graphql.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { getOperationAST, GraphQLError, Kind, NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { defaultMaxRequestBodyBytes, type Config } from "../config.ts";
import type { ResolveCaller } from "../http/caller.ts";
import { requestIdFor } from "../http/caller.ts";
import { internalError } from "../http/errors.ts";
import { useGraphiQLPage } from "../http/graphiql-page.ts";
import { useRequestBodyLimit } from "../http/request-body-limit.ts";
import type { RequestFacts } from "../http/request-telemetry.ts";
import { useSignedRequestBodies } from "../http/signed-requests.ts";
import type { Identity } from "../identity/index.ts";
import { consoleStyle, type Logger } from "../logger.ts";
import type { Metrics } from "../telemetry/metrics.ts";
import type { GraphQLContext } from "./context.ts";
import { useHiddenSchemaErrors } from "./hidden-schema-errors.ts";
import { oneCredentialFieldRule } from "./one-credential-field.ts";
import { federatedSchema } from "./federation.ts";
import { useRouterSecret } from "./router-secret.ts";
import { schema } from "./schema.ts";
import { useStorableInput } from "./unstorable-input.ts";

export interface GraphQLHandlerDeps {
  config: Pick<Config, "graphiql" | "introspection" | "corsOrigins" | "production" | "devOutboxQuery"> &
    Partial<Pick<Config, "maxRequestBodyBytes" | "federation">>;
  identity: Identity;
  log: Logger;
  metrics: Metrics | null;
  demoAppId?: string;
  resolveCaller: ResolveCaller;
}

/** What src/app.ts hands yoga: the node request (for the peer's address) and the facts for the access line. */
export interface GraphQLServerContext {
  req?: { socket?: { remoteAddress?: string } };
  facts?: RequestFacts;
}

/**
 * Each top-level error names the request id in its extensions, so a user's report can be matched with the logs
 * (the response header says it too; union error members carry it as a field).
 */
const useErrorRequestIds: Plugin = {
  onResultProcess({ request, result, setResult }) {
    if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
    const requestId = requestIdFor(request);
    setResult({
      ...result,
      // Still GraphQLErrors, so yoga reads their `http` extension for the status and leaves it out of the body.
      errors: result.errors.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            originalError: error.originalError,
            extensions: { ...error.extensions, requestId },
          }),
      ),
    });
  },
};

/**
 * yoga hands its error logger the client's own mistakes too (a variable of the wrong type, an unknown field):
 * they are the caller's to fix, answered with a message, and at error level they would drown the real failures
 * (an operator alerts on error lines). A GraphQLError that wraps no other error, or only graphql-js's own (the
 * variable coercion), is such a mistake: debug level. A failure inside a resolver wraps a plain Error.
 */
function clientErrorsAsDebug(error: (...args: unknown[]) => void, debug: (...args: unknown[]) => void) {
  return (...args: unknown[]) => {
    const [first] = args;
    if (first instanceof GraphQLError && (!first.originalError || first.originalError instanceof GraphQLError))
      debug(...args);
    else error(...args);
  };
}

/** Names the operation for the access log and metrics: its type and first root field, never the client's name. */
const useOperationLabel: Plugin = {
  onExecute({ args }) {
    // Only validated documents get here: the root field is one of the schema's, so the label is bounded.
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const root = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
    const facts = (args.contextValue as GraphQLServerContext).facts;
    if (facts) facts.operation = `${operation.operation} ${root?.kind === Kind.FIELD ? root.name.value : ""}`.trim();
  },
};

const signatureHeaders = [
  "date",
  "x-authing-date",
  "x-authing-signature-method",
  "x-authing-signature-nonce",
  "x-authing-signature-version",
  "x-authing-content-sha256",
];

export function createGraphQLHandler({ config, identity, log, demoAppId, metrics, resolveCaller }: GraphQLHandlerDeps) {
  const graphiqlOptions = {
    title: "Identity gateway",
    endpoint: "/graphql",
    headers: JSON.stringify(demoAppId ? { "x-authing-app-id": demoAppId } : {}, null, 2),
    defaultQuery: defaultGraphiqlQuery,
  };
  // The bundled GraphiQL: a self-hosted gateway must not need a CDN (or the internet) to be explored. Loaded
  // on the first GraphiQL page only: the bundle costs ~75 MB of memory, which production (GraphiQL off) keeps.
  const renderGraphiQL = async () => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(graphiqlOptions);
  const plugins: Plugin[] = [
    useErrorRequestIds,
    useOperationLabel,
    ...(config.graphiql ? [useGraphiQLPage("/graphql", renderGraphiQL)] : []),
    useSignedRequestBodies(),
    useRequestBodyLimit(config.maxRequestBodyBytes ?? defaultMaxRequestBodyBytes),
    useStorableInput(),
    // Simple (form-like) requests must carry x-graphql-yoga-csrf; JSON requests already need a CORS preflight.
    useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] }),
    maxAliasesPlugin({ n: 15 }) as Plugin,
    maxDepthPlugin({ n: 12, ignoreIntrospection: true }) as Plugin,
    maxTokensPlugin({ n: 2000 }) as Plugin,
  ];
  plugins.push({
    onValidate({ addValidationRule }) {
      addValidationRule(oneCredentialFieldRule);
    },
  });
  if (config.production) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  if (config.federation?.routerSecret) plugins.push(useRouterSecret(config.federation.routerSecret));
  if (!config.introspection) {
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
    // Before useErrorRequestIds (first in the list), whose result it then stamps.
    plugins.unshift(useHiddenSchemaErrors());
  }

  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema: config.federation ? federatedSchema() : schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    batching: false,
    // Replaced by useRequestBodyLimit, which counts only bodies that do not declare their length.
    maxRequestBodySize: false,
    cors: config.corsOrigins.length
      ? {
          origin: config.corsOrigins,
          credentials: true,
          allowedHeaders: [
            "content-type",
            "authorization",
            "x-authing-app-id",
            "x-authing-app-secret",
            "x-authing-lang",
            "x-request-id",
            ...signatureHeaders,
          ],
        }
      : false,
    // Served by useGraphiQLPage: rendered and compressed once instead of 9 MB raw per request.
    graphiql: false,
    // yoga logs each unexpected error once (the original, before masking): that is the error's one line.
    logging: {
      debug: consoleStyle(log, "debug"),
      info: consoleStyle(log, "info"),
      warn: consoleStyle(log, "warn"),
      error: clientErrorsAsDebug(consoleStyle(log, "error"), consoleStyle(log, "debug")),
    },
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (error instanceof GraphQLError && !original) return error;
        if (original instanceof GraphQLError) return original;
        return new GraphQLError(message, {
          extensions: {
            code: "INTERNAL_SERVER_ERROR",
            statusCode: internalError.statusCode,
            apiCode: internalError.apiCode,
          },
        });
      },
    },
    plugins,
    context: async ({ request, req }): Promise<GraphQLContext> => ({
      ...(await resolveCaller(request, { remoteAddress: req?.socket?.remoteAddress ?? null })),
      identity,
      // The logger stamps the requestId itself (request scope), so a child would only repeat it.
      log,
      metrics,
      devOutboxQuery: config.devOutboxQuery,
      provenUserIds: new Set(),
    }),
  });
}

const defaultGraphiqlQuery = `# Sign up, sign in, then paste the access_token into an
# "Authorization": "Bearer <token>" header and run Me.
mutation SignUp {
  signUpByUsernamePassword(username: "alice", password: "a long passphrase") {
    ... on User { userId username createdAt }
    ... on Error { statusCode apiCode message requestId }
  }
}

mutation SignIn {
  signInByAccountPassword(account: "alice", password: "a long passphrase") {
    ... on SignInSuccess { tokenSet { access_token expire_in } user { userId } }
    ... on Error { statusCode apiCode message requestId }
  }
}

query Me {
  me {
    ... on User { userId username loginsCount lastLogin }
    ... on Error { statusCode apiCode message }
  }
}
`;
