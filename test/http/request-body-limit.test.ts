// The request body limit: a declared Content-Length above it is refused before the body is read, a body without
// one (chunked) is refused once it passes the limit, and bodies within it work either way.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { silentLog, TestGateway, testAppConfig } from "../helpers/gateway.ts";

const limit = 4096;
let gateway: TestGateway;
let server: Server;
let port: number;

beforeAll(async () => {
  gateway = await TestGateway.start();
  const app = createApp({
    config: { ...testAppConfig, maxRequestBodyBytes: limit },
    identity: gateway.identity,
    log: silentLog,
  });
  server = createServer(app.nodeListener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await gateway.close();
});

/** A GraphQL body of about `size` bytes: a query padded with a comment. */
function bodyOf(size: number): string {
  const base = JSON.stringify({ query: "{ __typename }\n#" });
  return JSON.stringify({ query: `{ __typename }\n#${"x".repeat(Math.max(0, size - base.length))}` });
}

/** POSTs over a real socket, with Content-Length, or chunked in 1 KiB pieces when `chunked`. */
function post(
  body: string,
  { chunked = false, contentLength }: { chunked?: boolean; contentLength?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (!chunked) headers["content-length"] = contentLength ?? String(Buffer.byteLength(body));
    const req = httpRequest({ host: "127.0.0.1", port, path: "/graphql", method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on("error", reject);
    if (chunked) for (let at = 0; at < body.length; at += 1024) req.write(body.slice(at, at + 1024));
    else req.write(body);
    req.end();
  });
}

describe("request body limit", () => {
  it("answers bodies within the limit, with or without Content-Length", async () => {
    for (const chunked of [false, true]) {
      const response = await post(bodyOf(limit - 10), { chunked });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ data: { __typename: "Query" } });
    }
  });

  it("refuses a declared Content-Length above the limit with 413", async () => {
    const response = await post(bodyOf(limit + 1));
    expect(response.status).toBe(413);
    const { errors } = JSON.parse(response.body) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(errors[0]!.message).toMatch(/at most 4096 bytes/);
    expect(errors[0]!.extensions).toMatchObject({ code: "REQUEST_ENTITY_TOO_LARGE", statusCode: 413 });
    expect(errors[0]!.extensions.requestId).toEqual(expect.any(String));
  });

  it("counts a chunked body and refuses it once it passes the limit", async () => {
    const response = await post(bodyOf(limit * 4), { chunked: true });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("refuses a Content-Length that is not one integer", async () => {
    const response = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "20, 20" },
      body: bodyOf(20),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "BAD_REQUEST",
    );
  });

  it("applies 1 MiB when no limit is configured", async () => {
    const response = await gateway.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bodyOf(1024 * 1024 + 100),
    });
    expect(response.status).toBe(413);
  });
});
