// Metrics and the access log. /metrics counts requests per route and operation, sign-in outcomes by apiCode and
// argon2 time, with labels a caller cannot choose; the access log has one line per request tied to its
// requestId, and a full flow's logs (debug level, every line) contain none of the secrets the flow used.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArgon2Hasher } from "../../src/identity/credentials/hasher.ts";
import { createLogger } from "../../src/logger.ts";
import { createMetrics, type Metrics } from "../../src/telemetry/metrics.ts";
import { TestGateway } from "../helpers/gateway.ts";

const metricsToken = "a-metrics-token-of-some-length";
const logLines: string[] = [];
let metrics: Metrics;
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await TestGateway.start({
    log: createLogger("debug", { write: (line: string) => void logLines.push(line) }),
    metrics: (database) => (metrics = createMetrics({ poolStats: database.poolStats })),
    hasher: createArgon2Hasher(
      { memoryCost: 64, timeCost: 1, parallelism: 1 },
      { observe: (operation, seconds) => metrics.observeHash(operation, seconds) },
    ),
    appConfig: { metricsToken },
  });
});
afterAll(() => gateway?.close());

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await gateway.app.fetch("http://gateway.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Record<string, Record<string, unknown>> };
  return { requestId: response.headers.get("x-request-id")!, data: body.data };
}

async function scrape(authorization = `Bearer ${metricsToken}`) {
  const response = await gateway.app.fetch("http://gateway.test/metrics", { headers: { authorization } });
  return { status: response.status, text: await response.text() };
}

const sample = (text: string, series: string) =>
  Number(new RegExp(`^${series.replace(/[{}[\]()+.]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);

describe("metrics", () => {
  it("count requests per operation, sign-in outcomes by apiCode and argon2 time; behind METRICS_TOKEN when set", async () => {
    const password = "a long enough passphrase";
    await post(`mutation($p: String!) { signUpByUsernamePassword(username: "metered", password: $p) { __typename } }`, {
      p: password,
    });
    await post(`mutation($p: String!) { signInByAccountPassword(account: "metered", password: $p) { __typename } }`, {
      p: password,
    });
    await post(
      `mutation { signInByAccountPassword(account: "metered", password: "the wrong passphrase") { __typename } }`,
    );

    expect((await scrape("")).status).toBe(401);
    expect((await scrape(`Bearer ${"x".repeat(metricsToken.length)}`)).status).toBe(401);
    const { status, text } = await scrape();
    expect(status).toBe(200);
    expect(
      sample(
        text,
        `gateway_http_requests_total{method="POST",route="/graphql",operation="mutation signInByAccountPassword",status="200"}`,
      ),
    ).toBe(2);
    expect(
      sample(
        text,
        `gateway_http_request_duration_seconds_count{route="/graphql",operation="mutation signUpByUsernamePassword"}`,
      ),
    ).toBe(1);
    expect(sample(text, `gateway_auth_events_total{event="sign_in",outcome="success",api_code=""}`)).toBe(1);
    expect(sample(text, `gateway_auth_events_total{event="sign_in",outcome="failure",api_code="2333"}`)).toBe(1);
    expect(sample(text, `gateway_auth_events_total{event="sign_up",outcome="success",api_code=""}`)).toBe(1);
    expect(sample(text, `gateway_password_hash_seconds_count{operation="hash"}`)).toBeGreaterThanOrEqual(1);
    expect(sample(text, `gateway_password_hash_seconds_count{operation="verify"}`)).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    // The pool is reported where there is one (PostgreSQL).
    if (gateway.database.poolStats())
      expect(sample(text, `gateway_db_pool_connections{state="total"}`)).toBeGreaterThanOrEqual(1);
    else expect(inject("suiteDatabaseUrl")).toBeNull();
  });

  it("labels are the schema's and the gateway's routes: a caller's operation names and paths make no series", async () => {
    await post(`query AttackerChosenName1 { getSystemInfo { __typename } }`);
    await post(`query AttackerChosenName2 { getSystemInfo { __typename } }`);
    await gateway.app.fetch("http://gateway.test/attacker/chosen/path-1");
    await gateway.app.fetch("http://gateway.test/graphql?attacker=chosen", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    const { text } = await scrape();
    expect(text).not.toContain("AttackerChosenName");
    expect(text).not.toContain("attacker");
    expect(
      sample(
        text,
        `gateway_http_requests_total{method="POST",route="/graphql",operation="query getSystemInfo",status="200"}`,
      ),
    ).toBe(2);
    expect(text).toMatch(/gateway_http_requests_total\{method="GET",route="unmatched",operation="",status="404"\} 1/);
  });
});

describe("the access log", () => {
  it("has one line per request with its requestId, route, operation, status and duration", async () => {
    const { requestId } = await post(`{ getSystemInfo { __typename } }`);
    const lines = logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.requestId === requestId && line.msg === "request");
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        method: "POST",
        route: "/graphql",
        operation: "query getSystemInfo",
        status: 200,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it("over node:http too (GraphQL takes yoga's node path): the request id is echoed and each request has its line", async () => {
    const server = createServer(gateway.app.nodeListener);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const graphql = await fetch(`${origin}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-authing-app-id": gateway.application.appId,
          "x-request-id": "node-path-graphql",
        },
        body: JSON.stringify({ query: "{ getSystemInfo { __typename } }" }),
      });
      expect(graphql.status).toBe(200);
      expect(graphql.headers.get("x-request-id")).toBe("node-path-graphql");
      const ready = await fetch(`${origin}/ready`, { headers: { "x-request-id": "node-path-ready" } });
      expect(ready.headers.get("x-request-id")).toBe("node-path-ready");
      const lines = logLines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.msg === "request");
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            requestId: "node-path-graphql",
            route: "/graphql",
            operation: "query getSystemInfo",
            status: 200,
          }),
          expect.objectContaining({ requestId: "node-path-ready", route: "/ready", operation: "", status: 200 }),
        ]),
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a client's mistake (a variable of the wrong type) is not logged as an error (an internal failure still is: graphql-surface.test.ts)", async () => {
    const before = logLines.length;
    const { requestId } = await post(`query($first: Int) { users(first: $first) { __typename } }`, {
      first: "not a number",
    });
    const lines = logLines.slice(before).map((line) => JSON.parse(line) as { level: number; requestId?: string });
    expect(lines.filter((line) => line.requestId === requestId).length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it("a full flow's logs hold none of the secrets it used", async () => {
    const secrets: string[] = [gateway.applicationSecret];
    const password = "correct horse battery staple 7";
    const newPassword = "another long passphrase 9";
    secrets.push(password, newPassword);
    const typename = async (
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => Object.values((await post(query, variables, headers)).data)[0]?.__typename;
    expect(
      await typename(
        `mutation($p: String!) { signUpByEmailPassword(email: "flow@example.com", password: $p) { __typename } }`,
        { p: password },
      ),
    ).toBe("User");
    const signIn = await post(
      `mutation($p: String!) { signInByAccountPassword(account: "flow@example.com", password: $p, options: { scope: "openid offline_access" }) { ... on SignInSuccess { tokenSet { access_token id_token refresh_token } } } }`,
      { p: password },
    );
    const tokens = signIn.data.signInByAccountPassword!.tokenSet as Record<string, string>;
    secrets.push(tokens.access_token!, tokens.id_token!, tokens.refresh_token!);
    const bearer = { authorization: `Bearer ${tokens.access_token}` };
    expect(await typename(`{ me { __typename } }`, {}, bearer)).toBe("User");
    const refreshed = await post(
      `mutation($r: String!) { refreshToken(refreshToken: $r) { __typename ... on TokenSet { access_token refresh_token } } }`,
      { r: tokens.refresh_token },
    );
    const { __typename, ...newTokens } = refreshed.data.refreshToken!;
    expect(__typename).toBe("TokenSet");
    secrets.push(...Object.values(newTokens).map(String));
    expect(
      await typename(
        `mutation($p: String!, $n: String!) { updatePassword(oldPassword: $p, newPassword: $n) { __typename } }`,
        { p: password, n: newPassword },
        bearer,
      ),
    ).toBe("Success");
    expect(
      await typename(
        `{ introspectToken(token: "${newTokens.access_token}") { __typename } }`,
        {},
        { "x-authing-app-secret": gateway.applicationSecret },
      ),
    ).toBe("TokenIntrospection");

    expect(
      await typename(`mutation { sendEmail(email: "flow@example.com", channel: CHANNEL_LOGIN) { __typename } }`),
    ).toBe("PasscodeSent");
    const outbox = await post(
      `{ devOutbox(recipient: "flow@example.com") { ... on DevOutbox { messages { text } } } }`,
    );
    const passCode = /\b(\d{6})\b/.exec(String((outbox.data.devOutbox!.messages as { text: string }[])[0]?.text))?.[1];
    expect(passCode).toBeDefined();
    secrets.push(passCode!);
    expect(
      await typename(
        `mutation($c: String!) { signInByEmailPasscode(email: "flow@example.com", passCode: $c) { __typename } }`,
        { c: passCode },
      ),
    ).toBe("SignInSuccess");

    const { accessKey, accessKeySecret } = await gateway.identity.accessKeys.insertAccessKey(
      gateway.db,
      gateway.pool.id,
    );
    const managed = await post(
      `mutation($k: String!, $s: String!) { getManagementToken(accessKeyId: $k, accessKeySecret: $s) { ... on ManagementToken { access_token } } }`,
      { k: accessKey.accessKeyId, s: accessKeySecret },
    );
    const managementToken = String(managed.data.getManagementToken!.access_token);
    secrets.push(accessKeySecret, managementToken);
    expect(await typename(`{ users { __typename } }`, {}, { authorization: `Bearer ${managementToken}` })).toBe(
      "QueryUsersConnection",
    );

    const logs = logLines.join("\n");
    expect(logs).toContain('"msg":"request"');
    for (const secret of secrets)
      expect(logs.includes(secret), `a secret of length ${secret.length} is in the logs`).toBe(false);
  });
});
