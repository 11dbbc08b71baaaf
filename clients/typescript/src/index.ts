// The typed client of the GraphQL identity gateway: GatewayClient, one typed document per public operation
// (SignInByAccountPasswordDocument, MeDocument, ...) and the schema's types.
export {
  BoundGatewayClient,
  GatewayClient,
  type GatewayClientOptions,
  GatewayRequestError,
  type RequestOptions,
} from "./client.js";
export * from "./gql/graphql.js";
