// The typed client as an application uses it: clients/typescript builds from its generated documents, the example
// in examples/typescript type-checks against the built package and, run as its own process against the real
// server, signs up, signs in, refreshes and reads `me`. The client's own failures are typed too.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, startServerProcess } from "../helpers/server-process.ts";

const run = promisify(execFile);
const tsc = path.join(projectRoot, "node_modules/.bin/tsc");
const exampleDir = path.join(projectRoot, "examples/typescript");

// The types from the sources: the root typecheck runs before anything builds the package's dist/.
type ClientModule = typeof import("../../clients/typescript/src/index.ts");
let client: ClientModule;
let server: ReturnType<typeof startServerProcess>;
let url: string;
let appId: string;

beforeAll(async () => {
  server = startServerProcess({ LOG_LEVEL: "warn" });
  await run(tsc, ["-p", "clients/typescript"], { cwd: projectRoot });
  // As an application imports it: the package name, resolved to the workspace's built dist/.
  client = (await import("@graphql-identity-gateway/client" as string)) as ClientModule;
  ({ url, appId } = await server.ready);
}, 120_000);

afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
});

describe("the typed client", { timeout: 90_000 }, () => {
  it("type-checks the example against the built package", async () => {
    await expect(run(tsc, ["-p", "."], { cwd: exampleDir })).resolves.toBeDefined();
  });

  it("runs the example: sign-up, sign-in, refresh and me against a running gateway", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "main.ts"], {
      cwd: exampleDir,
      env: { ...process.env, GATEWAY_URL: url, GATEWAY_APP_ID: appId, EXAMPLE_USERNAME: "example-user" },
      timeout: 60_000,
    });
    expect(stdout).toContain("signed up example-user");
    expect(stdout).toContain("refreshed: a new refresh token was issued");
    expect(stdout).toMatch(/me: example-user, 1 sign-in\(s\), status Activated/);

    // The same calls from this process: typed results, the API's errors as union members.
    const gateway = new client.GatewayClient({ url, appId });
    const wrong = await gateway.request(client.SignInByAccountPasswordDocument, {
      account: "example-user",
      password: "not the password",
    });
    expect(wrong.signInByAccountPassword).toMatchObject({
      __typename: "InvalidCredentialsError",
      statusCode: 400,
      apiCode: expect.any(Number),
    });
    const anonymous = await gateway.request(client.MeDocument, {});
    expect(anonymous.me).toMatchObject({ __typename: "NotAuthenticatedError", statusCode: 401 });
  });

  it("throws GatewayRequestError, with the status and request id, for a request the gateway could not run", async () => {
    const gateway = new client.GatewayClient({ url, appId });
    const malformed = new client.TypedDocumentString<unknown, Record<string, never>>("{ me { nope } }");
    const error = await gateway.request(malformed, {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(client.GatewayRequestError);
    expect(error).toMatchObject({ status: 400, requestId: expect.stringMatching(/.+/) });
    expect((error as Error).message).toMatch(/nope/);
    // A port nothing listens on (the discard port, closed on loopback).
    const unreachable = new client.GatewayClient({ url: "http://127.0.0.1:9/graphql", appId });
    await expect(unreachable.request(client.MeDocument, {})).rejects.toMatchObject({
      name: "GatewayRequestError",
      status: 0,
    });
  });
});
