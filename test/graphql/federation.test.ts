// The gateway as an Apollo Federation v2 subgraph, composed with an "orders" subgraph written here into a
// supergraph and served by a real gateway runtime (Hive Gateway): queries cross both graphs with the user's token
// forwarded, a hundred user references cost one SQL statement, and the router's own fields answer only the router.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createGatewayRuntime, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";
import { createYoga } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { adminHeaders } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { listenOnPort } from "../helpers/listening-gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";

const routerSecret = "a router secret of at least 32 characters";

interface Order {
  orderId: string;
  item: string;
  buyerId: string;
}

/** The second subgraph: orders that name their buyer by user id, and each user's orders. */
function ordersSubgraph(orders: Order[]) {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
    type Order @key(fields: "orderId") { orderId: ID! item: String! buyer: User! }
    type User @key(fields: "userId") { userId: ID! orders: [Order!]! }
    type Query { recentOrders(first: Int!): [Order!]! }
  `);
  const resolvers = {
    Query: { recentOrders: (_: unknown, { first }: { first: number }) => orders.slice(0, first) },
    Order: { buyer: (order: Order) => ({ userId: order.buyerId }) },
    User: {
      __resolveReference: (user: { userId: string }) => user,
      orders: (user: { userId: string }) => orders.filter((order) => order.buyerId === user.userId),
    },
  };
  const yoga = createYoga({ schema: buildSubgraphSchema([{ typeDefs, resolvers }]), logging: false });
  return { typeDefs, server: createServer(yoga) };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

let gateway: TestGateway;
let identityUrl: string;
let closeIdentity: () => Promise<void>;
let orders: ReturnType<typeof ordersSubgraph>;
let router: GatewayRuntime;
let admin: { authorization: string };
let buyerToken: string;
const users: { id: string; username: string; email: string }[] = [];
const statements: string[] = [];
let recording = false;

async function routerQuery(query: string, headers: Record<string, string> = {}) {
  const response = await router.fetch("http://router.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

/** Sends a document straight to the identity subgraph, as a client that bypasses the router would. */
async function direct(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(identityUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

beforeAll(async () => {
  gateway = await TestGateway.start({
    appConfig: { federation: { routerSecret } },
    onQuery: (sql) => recording && statements.push(sql),
  });
  const listening = await listenOnPort(gateway);
  identityUrl = `${listening.origin}/graphql`;
  closeIdentity = listening.close;
  for (let i = 0; i < 100; i++) {
    const user = await createUser(gateway, { username: `buyer-${i}`, email: `buyer-${i}@example.com` });
    users.push({ id: user.id, username: `buyer-${i}`, email: `buyer-${i}@example.com` });
  }
  orders = ordersSubgraph(users.map((user, i) => ({ orderId: `order-${i}`, item: `item ${i}`, buyerId: user.id })));
  const ordersUrl = await listen(orders.server);

  // As an operator composes the supergraph: the identity subgraph's SDL from _service, asked with the secret.
  const sdl = (await direct("{ _service { sdl } }", { "x-router-secret": routerSecret })).data?._service as {
    sdl: string;
  };
  const composed = composeServices([
    { name: "identity", typeDefs: parse(sdl.sdl), url: identityUrl },
    { name: "orders", typeDefs: orders.typeDefs, url: ordersUrl },
  ]);
  if (!composed.supergraphSdl) throw new Error(composed.errors?.map((error) => error.message).join("\n"));
  router = createGatewayRuntime({
    supergraph: composed.supergraphSdl,
    logging: false,
    maskedErrors: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => ({
        authorization: request.headers.get("authorization"),
        ...(subgraphName === "identity" ? { "x-router-secret": routerSecret } : {}),
      }),
    },
  });

  admin = await adminHeaders(gateway);
  const signIn = await gateway.execute(SignInByAccountPassword, { account: "buyer-0", password: defaultPassword });
  if (signIn.data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(signIn));
  buyerToken = signIn.data.signInByAccountPassword.tokenSet.access_token;
});

afterAll(async () => {
  await router?.dispose();
  await new Promise((resolve) => orders?.server.close(resolve));
  await closeIdentity?.();
  await gateway?.close();
});

describe("the gateway in a supergraph", () => {
  it("answers a signed-in user's query that crosses both subgraphs, with their token forwarded", async () => {
    const result = await routerQuery(`{ me { __typename ... on User { userId username orders { orderId item } } } }`, {
      authorization: `Bearer ${buyerToken}`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({
      __typename: "User",
      userId: users[0]!.id,
      username: "buyer-0",
      orders: [{ orderId: "order-0", item: "item 0" }],
    });
  });

  it("resolves the users the orders subgraph names for an administrator, 100 of them in one SQL statement", async () => {
    statements.length = 0;
    recording = true;
    const result = await routerQuery(
      `{ recentOrders(first: 100) { orderId buyer { userId username email roles { code } identities { type } } } }`,
      admin,
    );
    recording = false;
    expect(result.errors).toBeUndefined();
    const rows = result.data?.recentOrders as { orderId: string; buyer: { userId: string; username: string } }[];
    expect(rows.map((row) => row.buyer)).toEqual(
      users.map((user) => ({
        userId: user.id,
        username: user.username,
        email: user.email,
        roles: [],
        identities: [{ type: "username" }],
      })),
    );
    // The rest verify the administrator's token (its access key; the signing key until it is cached).
    const reads = statements.filter((sql) => !/FROM "public"\."(AccessKey|SigningKey)"/.test(sql));
    expect(reads, statements.join("\n")).toHaveLength(1);
    expect(reads[0]).toMatch(/FROM "public"\."User"/);
  });

  it("answers a user's own reference and no one else's: other buyers stay unknown to a signed-in user", async () => {
    const result = await routerQuery(`{ recentOrders(first: 3) { orderId buyer { userId username email } } }`, {
      authorization: `Bearer ${buyerToken}`,
    });
    const body = JSON.stringify(result.data);
    expect(body).toContain('"username":"buyer-0"');
    for (const other of users.slice(1, 3)) {
      expect(body).not.toContain(other.username);
      expect(body).not.toContain(other.email);
    }
  });

  it("answers no reference to a caller without a credential", async () => {
    const result = await routerQuery(`{ recentOrders(first: 3) { orderId buyer { userId username email } } }`);
    const body = JSON.stringify(result.data ?? {});
    for (const user of users.slice(0, 3)) expect(body).not.toContain(user.email);
  });

  it("answers no reference to another pool's administrator", async () => {
    const otherPool = await TestGateway.start({ appConfig: { federation: { routerSecret } } });
    try {
      const otherAdmin = await adminHeaders(otherPool);
      const result = await direct(
        `{ _entities(representations: [{ __typename: "User", userId: "${users[1]!.id}" }]) { ... on User { email } } }`,
        { ...otherAdmin, "x-router-secret": routerSecret },
      );
      expect(result.data?._entities).toEqual([null]);
    } finally {
      await otherPool.close();
    }
  });
});

describe("the router's own fields", () => {
  const entities = (userId: string) =>
    `_entities(representations: [{ __typename: "User", userId: "${userId}" }]) { ... on User { email } }`;

  it("are refused to a client that calls the gateway without the router's secret, even as an administrator", async () => {
    for (const [query, headers] of [
      [`{ ${entities(users[1]!.id)} }`, admin],
      [`{ probe: ${entities(users[1]!.id)} }`, admin],
      [`query { ...Hidden } fragment Hidden on Query { ${entities(users[1]!.id)} }`, admin],
      ["{ _service { sdl } }", {}],
      ["{ _service { sdl } }", { "x-router-secret": `${routerSecret}!` }],
    ] as const) {
      const result = await direct(query, headers);
      expect(result.data, query).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
      expect(JSON.stringify(result)).not.toContain(users[1]!.email);
    }
  });

  it("answer the router, which presents the secret", async () => {
    const result = await direct(`{ ${entities(users[1]!.id)} }`, { ...admin, "x-router-secret": routerSecret });
    expect(result.data?._entities).toEqual([{ email: users[1]!.email }]);
  });

  it("do not exist on a gateway that is not a subgraph", async () => {
    const plain = await TestGateway.start();
    try {
      const response = await plain.app.fetch("http://gateway.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ _service { sdl } }" }),
      });
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]?.message).toMatch(/Cannot query field "_service"/);
    } finally {
      await plain.close();
    }
  });
});

describe("FEDERATION settings", () => {
  it("wants the router's secret in production, and a long one", () => {
    const production = { NODE_ENV: "production", SECRETS_KEY: "a".repeat(64), FEDERATION: "true" };
    expect(() => loadConfig(production)).toThrow(/FEDERATION_ROUTER_SECRET is required in production/);
    expect(() => loadConfig({ FEDERATION: "on", FEDERATION_ROUTER_SECRET: "short" })).toThrow(ConfigError);
    expect(() => loadConfig({ FEDERATION_ROUTER_SECRET: routerSecret })).toThrow(/FEDERATION is off/);
    expect(loadConfig({ ...production, FEDERATION_ROUTER_SECRET: routerSecret }).federation).toEqual({ routerSecret });
    expect(loadConfig({}).federation).toBeNull();
  });
});
