import { createOutbox } from "../../src/delivery/outbox.ts";
// The GraphQL surface's guards: GraphiQL and introspection per configuration, CSRF prevention, no batching,
// limits on aliases and depth, masked internal errors.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/logger.ts";
import { TestGateway } from "../helpers/gateway.ts";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start();
});
afterAll(() => gateway.close());

function appWith(production: boolean) {
  return createApp({
    config: {
      graphiql: !production,
      introspection: !production,
      corsOrigins: [],
      trustProxy: false,
      production,
      devOutboxQuery: !production,
    },
    identity: gateway.identity,
    log: createLogger("silent"),
    demoAppId: gateway.application.appId,
  });
}

const post = (app: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) =>
  app.fetch("http://gateway.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("GraphiQL", () => {
  it("is served from the gateway itself (no CDN) with the demo application header filled in", async () => {
    const response = await appWith(false).fetch("http://gateway.test/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("YogaGraphiQL");
    expect(html).not.toContain("unpkg.com");
    expect(html).toContain(`x-authing-app-id\\": \\"${gateway.application.appId}`);
  });

  it("is sent compressed as the browser accepts (brotli, else gzip), with an ETag for a 304 on reload", async () => {
    const app = appWith(false);
    const page = (headers: Record<string, string>, method = "GET") =>
      app.fetch("http://gateway.test/graphql", { method, headers: { accept: "text/html", ...headers } });
    const plain = await page({});
    const html = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get("content-encoding")).toBeNull();

    const br = await page({ "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(brBody.length).toBeLessThan(html.length / 3);
    expect(brotliDecompressSync(brBody).equals(html)).toBe(true);

    const gzip = await page({ "accept-encoding": "gzip, br;q=0" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).equals(html)).toBe(true);
    expect((await page({ "accept-encoding": "gzip;q=0, br;q=0" })).headers.get("content-encoding")).toBeNull();

    const etag = br.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const reload = await page({ "if-none-match": etag, "accept-encoding": "br" });
    expect(reload.status).toBe(304);
    expect(await reload.text()).toBe("");
    const head = await page({ "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(brBody.length));
    expect(await head.text()).toBe("");
  });

  it("is off in production, and so is introspection", async () => {
    const app = appWith(true);
    const page = await app.fetch("http://gateway.test/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("YogaGraphiQL");
    const introspection = await post(app, { query: "{ __schema { types { name } } }" });
    const body = (await introspection.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("names no part of the schema in errors when introspection is off: no field, enum value, input field or fragment hints", async () => {
    const probes = [
      { query: "{ me { ... on User { usernam } } }" },
      { query: 'mutation { sendEmail(channel: CHANNEL_LOGN, email: "a@example.com") { __typename } }' },
      {
        query: 'mutation ($c: PasscodeChannel!) { sendEmail(channel: $c, email: "a@example.com") { __typename } }',
        variables: { c: "CHANNEL_LOGN" },
      },
      {
        query:
          'mutation { signInByAccountPassword(account: "a", password: "b", options: { scop: "openid" }) { __typename } }',
      },
      {
        query:
          'mutation ($o: SignInOptionsInput) { signInByAccountPassword(account: "a", password: "b", options: $o) { __typename } }',
        variables: { o: { scop: "openid" } },
      },
      { query: 'mutation { signInByAccountPassword(account: "a", password: "b") { tokenSet { access_token } } }' },
    ];
    for (const probe of probes) {
      const response = await post(appWith(true), probe);
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { errors: { message: string; extensions?: { requestId?: string } }[] };
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) {
        expect(error.message).not.toMatch(
          /Did you mean|inline fragment|usernam|CHANNEL_|PasscodeChannel|SignInOptionsInput|scop|SignInSuccess|User\b/,
        );
        expect(error.extensions?.requestId).toBeTypeOf("string");
      }
    }
    // Development keeps graphql-js's helpful messages.
    const helpful = await post(appWith(false), probes[1]!);
    expect(((await helpful.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Did you mean/);
  });

  it("hides field suggestions in production", async () => {
    const response = await post(appWith(true), { query: "{ mee { __typename } }" });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).not.toMatch(/Did you mean/);
  });
});

describe("request guards", () => {
  it("refuses strings the database cannot store and absurdly deep JSON before execution, as 400s that say why", async () => {
    const signIn =
      'mutation ($a: String!) { signInByAccountPassword(account: $a, password: "a long passphrase") { __typename } }';
    const deep = `${'{"n":'.repeat(5000)}1${"}".repeat(5000)}`;
    const cases: [string, string][] = [
      [JSON.stringify({ query: signIn, variables: { a: "a\u0000b" } }), "NUL"],
      [JSON.stringify({ query: signIn, variables: { a: "x\ud800y" } }), "surrogates"],
      [
        JSON.stringify({
          query: 'mutation { signInByAccountPassword(account: "a\\u0000b", password: "p") { __typename } }',
        }),
        "NUL",
      ],
      [
        `{"query":${JSON.stringify("mutation ($c: JSONObject) { setCustomData(customData: $c) { __typename } }")},"variables":{"c":${deep}}}`,
        "nested",
      ],
    ];
    for (const [body, says] of cases) {
      const response = await gateway.app.fetch("http://gateway.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId },
        body,
      });
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      expect(text).toContain(says);
      expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|prisma/i);
    }
  });

  it("refuses a form-encoded (CSRF-able) request without the CSRF header", async () => {
    const response = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=%7B__typename%7D",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("does not accept batched operations", async () => {
    const response = await post(gateway.app, [{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it("limits aliases, so one document cannot multiply operations", async () => {
    const fields = Array.from({ length: 20 }, (_, i) => `a${i}: me { __typename }`).join(" ");
    const response = await post(gateway.app, { query: `{ ${fields} }` });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it("answers a syntax error with a GraphQL error, not a 500", async () => {
    const response = await post(gateway.app, { query: "mutation {" });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/Syntax Error/);
  });
});

/** A production app whose database never answers: every operation that reaches it fails unexpectedly. */
async function appOnUnreachableDatabase(log: ReturnType<typeof createLogger>) {
  const { openDatabase } = await import("../../src/db/index.ts");
  const { createIdentity } = await import("../../src/identity/index.ts");
  const { fastHasher, issuer, silentLog } = await import("../helpers/gateway.ts");
  const database = await openDatabase("postgresql://postgres@127.0.0.1:1/unreachable");
  const app = createApp({
    config: {
      graphiql: false,
      introspection: false,
      corsOrigins: [],
      trustProxy: false,
      production: true,
      devOutboxQuery: false,
    },
    identity: createIdentity({
      db: database.prisma,
      sql: database.sql,
      hasher: fastHasher,
      issuer,
      delivery: createOutbox(database.prisma, silentLog),
    }),
    log,
  });
  return { app, close: () => database.close() };
}

const failingSignUp = {
  query: 'mutation { signUpByUsernamePassword(username: "x", password: "a long passphrase") { __typename } }',
};

describe("unexpected failures", () => {
  it("are masked: no database message, no stack, apiCode 1000 and the request id", async () => {
    const { app, close } = await appOnUnreachableDatabase(createLogger("silent"));
    try {
      const response = await post(app, failingSignUp, {
        "x-authing-app-id": "0123456789abcdef01234567",
        "x-request-id": "req-42",
      });
      const text = await response.text();
      expect(text).not.toMatch(/prisma|ECONNREFUSED|postgres|at [\w.]+ \(/i);
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toMatchObject({
        message: "Unexpected error.",
        extensions: { code: "INTERNAL_SERVER_ERROR", apiCode: 1000, requestId: "req-42" },
      });
    } finally {
      await close();
    }
  });

  it("are logged once, with a message and the request id, as is every other line of that request", async () => {
    const lines: Record<string, unknown>[] = [];
    const { app, close } = await appOnUnreachableDatabase(
      createLogger("debug", { write: (line: string) => void lines.push(JSON.parse(line)) }),
    );
    try {
      await post(app, failingSignUp, { "x-authing-app-id": "0123456789abcdef01234567", "x-request-id": "req-logged" });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((line) => line.requestId !== "req-logged")).toEqual([]);
      const errors = lines.filter((line) => Number(line.level) >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.msg).toEqual(expect.any(String));
      expect(errors[0]).not.toHaveProperty("0");
    } finally {
      await close();
    }
  });
});

describe("one credential field per request", () => {
  it("refuses aliased sign-ins and counts no attempt; one sign-in per request passes", async () => {
    const { createUser } = await import("../helpers/users.ts");
    await createUser(gateway, { username: "alias-target" });
    const attempts = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `a${i}: signInByAccountPassword(account: "alias-target", password: "guess number ${i}") { __typename }`,
      ).join("\n");
    const response = await post(
      gateway.app,
      { query: `mutation { ${attempts(5)} }` },
      { "x-authing-app-id": gateway.application.appId },
    );
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/only one sign-in/);
    expect(await gateway.db.loginHistory.count({ where: { userPoolId: gateway.pool.id } })).toBe(0);

    const mixed = await post(
      gateway.app,
      {
        query:
          'mutation { sendEmail(channel: CHANNEL_LOGIN, email: "a@example.com") { __typename } signUpByUsernamePassword(username: "x", password: "a long passphrase") { __typename } }',
      },
      { "x-authing-app-id": gateway.application.appId },
    );
    expect(((await mixed.json()) as { errors?: unknown[] }).errors).toHaveLength(1);

    const single = await post(
      gateway.app,
      { query: `mutation { ${attempts(1)} }` },
      { "x-authing-app-id": gateway.application.appId },
    );
    expect(await single.json()).toEqual({ data: { a0: { __typename: "InvalidCredentialsError" } } });
  });

  it("refuses fragments at the root of a mutation, which could hide more", async () => {
    const query = `mutation { ...Twice } fragment Twice on Mutation { a: signInByAccountPassword(account: "x", password: "y") { __typename } }`;
    const response = await post(gateway.app, { query }, { "x-authing-app-id": gateway.application.appId });
    expect(((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message).toMatch(
      /only one sign-in/,
    );
  });
});

describe("GraphiQL's example document", () => {
  it("passes validation: one credential field per operation, several operations per document", async () => {
    const query = `mutation A { signUpByUsernamePassword(username: "doc-a", password: "a long passphrase") { __typename } }
      mutation B { signInByAccountPassword(account: "doc-a", password: "a long passphrase") { __typename } }`;
    const response = await post(
      gateway.app,
      { query, operationName: "A" },
      { "x-authing-app-id": gateway.application.appId },
    );
    expect(await response.json()).toEqual({ data: { signUpByUsernamePassword: { __typename: "User" } } });
  });
});
