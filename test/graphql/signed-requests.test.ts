// GenAuth's signed management requests, signed with the Node SDK's string to sign (test/helpers/signing.ts).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { signedHeaders, type SignOptions } from "../helpers/signing.ts";

const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));
const secretsKey = randomBytes(32);
let gateway: TestGateway;
let key: { accessKeyId: string; accessKeySecret: string };

const usersQuery =
  "{ users(first: 5) { __typename ... on QueryUsersConnection { totalCount } ... on Error { statusCode apiCode message } } }";

type SendOptions = Partial<SignOptions>;

/** A refused signature: the admin field answers NotAuthenticatedError (2020); the request itself succeeds. */
function expectRefusedSignature(response: {
  status: number;
  body: { data?: Record<string, Record<string, unknown>> };
}) {
  expect(response.status).toBe(200);
  expect(response.body.data?.users).toMatchObject({
    __typename: "NotAuthenticatedError",
    statusCode: 401,
    apiCode: 2020,
  });
}

async function send(
  query: string,
  options: SendOptions = {},
  tamper?: (headers: Record<string, string>, body: string) => [Record<string, string>, string],
) {
  const body = JSON.stringify({ query });
  let headers = signedHeaders({
    date: clock.now(),
    secret: key.accessKeySecret,
    accessKeyId: key.accessKeyId,
    ...options,
    body: options.method === "GET" ? undefined : body,
  });
  let sentBody = body;
  if (tamper) [headers, sentBody] = tamper(headers, body);
  const url = new URL("http://gateway.test/graphql");
  for (const [name, value] of Object.entries(options.params ?? {})) url.searchParams.set(name, value);
  const response = await gateway.app.fetch(url, {
    method: options.method ?? "POST",
    headers: options.method === "GET" ? { ...headers, "x-graphql-yoga-csrf": "1" } : headers,
    body: options.method === "GET" ? undefined : sentBody,
  });
  return {
    status: response.status,
    challenge: response.headers.get("www-authenticate"),
    body: (await response.json()) as {
      data?: Record<string, Record<string, unknown>>;
      errors?: { extensions: Record<string, unknown> }[];
    },
  };
}

beforeAll(async () => {
  gateway = await TestGateway.start({ clock, secretsKey });
  const created = await gateway.identity.accessKeys.createAccessKey({
    userPoolId: gateway.pool.id,
    accessKeyId: "setup",
    requestId: "setup",
  });
  key = { accessKeyId: created.accessKey.accessKeyId, accessKeySecret: created.accessKeySecret };
});
afterAll(() => gateway.close());

describe("signed management requests", () => {
  it("accepts a request signed with the access key secret, as GenAuth's SDKs sign it", async () => {
    const { status, body } = await send(usersQuery);
    expect(status).toBe(200);
    expect(body.data!.users).toMatchObject({ __typename: "QueryUsersConnection", totalCount: 0 });
  });

  it("accepts HMAC-SHA256, and a GET whose query travels in the signed parameters", async () => {
    expect((await send(usersQuery, { algorithm: "HMAC-SHA256" })).body.data!.users!.__typename).toBe(
      "QueryUsersConnection",
    );
    const get = await send(usersQuery, { method: "GET", params: { query: usersQuery } });
    expect(get.status).toBe(200);
    expect(get.body.data!.users!.__typename).toBe("QueryUsersConnection");
  });

  it("refuses a replayed nonce, on the second use only", async () => {
    const nonce = randomBytes(8).toString("hex");
    expect((await send(usersQuery, { nonce })).status).toBe(200);
    const replay = await send(usersQuery, { nonce });
    expectRefusedSignature(replay);
    expect(await gateway.db.signatureNonce.count({ where: { accessKeyId: key.accessKeyId, nonce } })).toBe(1);
  });

  it("refuses a date more than five minutes from the server's clock, either way", async () => {
    for (const skew of [-301_000, 301_000]) {
      expectRefusedSignature(await send(usersQuery, { date: new Date(clock.now().getTime() + skew) }));
    }
    expect((await send(usersQuery, { date: new Date(clock.now().getTime() - 290_000) })).status).toBe(200);
  });

  it("refuses a changed or added body member, a body that is not JSON, a changed signed header, a wrong secret, an unknown key and a missing nonce", async () => {
    const otherQuery = 'mutation { createGroup(code: "sneaky", name: "s") { __typename } }';
    const tampered = [
      await send(usersQuery, {}, (headers) => [headers, JSON.stringify({ query: otherQuery })]),
      await send(usersQuery, {}, (headers, body) => [
        headers,
        JSON.stringify({ ...JSON.parse(body), variables: { sneaky: true } }),
      ]),
      await send(usersQuery, {}, (headers) => [
        { ...headers, "content-type": "application/x-www-form-urlencoded", "x-graphql-yoga-csrf": "1" },
        `query=${encodeURIComponent(usersQuery)}`,
      ]),
      await send(usersQuery, {}, (headers, body) => [
        { ...headers, "x-authing-signature-nonce": "another-nonce-1" },
        body,
      ]),
      await send(usersQuery, { secret: "not-the-secret" }),
      await send(usersQuery, { accessKeyId: "0123456789abcdef01234567" }),
      await send(usersQuery, { nonce: "" }),
    ];
    for (const response of tampered) expect(response.status).toBeLessThan(500);
    // Each refused: the signed document (users) answers NotAuthenticatedError, a swapped-in one (createGroup) ran nothing.
    for (const response of tampered.slice(1)) expectRefusedSignature(response);
    expect(tampered[0]!.body.data?.createGroup).toMatchObject({ __typename: "NotAuthenticatedError" });
    expect(await gateway.db.group.count({ where: { code: "sneaky" } })).toBe(0);
  });

  it("stops a disabled key at once, and tells a key with no sealed secret to use a management token", async () => {
    const admin = await adminHeaders(gateway);
    const disable = `mutation { updateAccessKeyStatus(accessKeyId: "${key.accessKeyId}", status: DISABLED) { __typename ... on AccessKey { status } } }`;
    expect((await runQuery(gateway, disable, {}, admin)).updateAccessKeyStatus).toEqual({
      __typename: "AccessKey",
      status: "DISABLED",
    });
    expectRefusedSignature(await send(usersQuery));
    await gateway.db.accessKey.update({ where: { accessKeyId: key.accessKeyId }, data: { status: "ACTIVE" } });

    // adminHeaders' key was stored as a digest only, as keys created before SECRETS_KEY was set are.
    const digestOnly = await gateway.db.accessKey.findUniqueOrThrow({ where: { accessKeyId: admin.accessKeyId } });
    expect(digestOnly.secretSealed).toBeNull();
    const refused = await send(usersQuery, { accessKeyId: admin.accessKeyId, secret: "whatever" });
    expectRefusedSignature(refused);
  });

  it("does not open a sealed secret moved onto another key's row", async () => {
    const other = await gateway.identity.accessKeys.createAccessKey({
      userPoolId: gateway.pool.id,
      accessKeyId: "setup",
      requestId: "setup",
    });
    const sealed = (await gateway.db.accessKey.findUniqueOrThrow({ where: { accessKeyId: key.accessKeyId } }))
      .secretSealed;
    await gateway.db.accessKey.update({
      where: { accessKeyId: other.accessKey.accessKeyId },
      data: { secretSealed: sealed },
    });
    const moved = await send(usersQuery, { accessKeyId: other.accessKey.accessKeyId, secret: key.accessKeySecret });
    expectRefusedSignature(moved);
  });
});

describe("access key administration", () => {
  it("creates a key whose secret is shown once and signs at once; lists keys without secrets", async () => {
    const admin = await adminHeaders(gateway);
    const created = (
      await runQuery(
        gateway,
        "mutation { createAccessKey { __typename ... on CreatedAccessKey { accessKeySecret accessKey { accessKeyId status signsRequests } } } }",
        {},
        admin,
      )
    ).createAccessKey as unknown as {
      accessKeySecret: string;
      accessKey: { accessKeyId: string; status: string; signsRequests: boolean };
    };
    expect(created.accessKey).toMatchObject({ status: "ACTIVE", signsRequests: true });
    const signed = await send(usersQuery, {
      accessKeyId: created.accessKey.accessKeyId,
      secret: created.accessKeySecret,
    });
    expect(signed.status).toBe(200);
    const listed = await runQuery(
      gateway,
      "{ accessKeys { __typename ... on AccessKeysSuccess { data { accessKeyId signsRequests } } } }",
      {},
      admin,
    );
    expect(JSON.stringify(listed)).not.toContain(created.accessKeySecret);
    const audit = await gateway.db.auditLog.findFirst({
      where: { userPoolId: gateway.pool.id, action: "accessKey.create", targetId: created.accessKey.accessKeyId },
    });
    expect(audit?.actorId).toBe(admin.accessKeyId);
  });

  it("refuses to disable or delete the pool's last active key", async () => {
    const admin = await adminHeaders(gateway);
    await gateway.db.accessKey.updateMany({
      where: { userPoolId: gateway.pool.id, accessKeyId: { not: admin.accessKeyId } },
      data: { status: "DISABLED" },
    });
    for (const mutation of [
      `mutation { updateAccessKeyStatus(accessKeyId: "${admin.accessKeyId}", status: DISABLED) { __typename ... on Error { statusCode apiCode } } }`,
      `mutation { deleteAccessKey(accessKeyId: "${admin.accessKeyId}") { __typename ... on Error { statusCode apiCode } } }`,
    ]) {
      const result = Object.values(await runQuery(gateway, mutation, {}, admin))[0];
      expect(result).toEqual({ __typename: "LastAccessKeyError", statusCode: 400, apiCode: 2413 });
    }
    expect((await gateway.db.accessKey.findUniqueOrThrow({ where: { accessKeyId: admin.accessKeyId } })).status).toBe(
      "ACTIVE",
    );
    const unknown = await runQuery(
      gateway,
      'mutation { deleteAccessKey(accessKeyId: "nope") { __typename ... on Error { apiCode } } }',
      {},
      admin,
    );
    expect(unknown.deleteAccessKey).toEqual({ __typename: "ResourceNotFoundError", apiCode: 2404 });
    await gateway.db.accessKey.updateMany({ where: { userPoolId: gateway.pool.id }, data: { status: "ACTIVE" } });
  });
});
