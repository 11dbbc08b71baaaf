// The real server process: built and started as `npm start` does (the bundle in dist/, migrating an embedded
// database on start), then SIGTERM while requests are in flight.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
});

function startServer() {
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/gateway/server.mjs"], {
    cwd: root,
    // A slower argon2, one hash at a time, keeps the sign-ups in flight for a second or so. Debug logging shows
    // when the server has taken up each request (a connection whose request it has not read yet is idle, and a
    // shutdown closes idle connections at once).
    env: { ...process.env, DATABASE_URL: "pglite:memory", PORT: "0", LOG_LEVEL: "debug", NODE_ENV: "test", ARGON2_TIME_COST: "12", HASH_CONCURRENCY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<{ url: string; appId: string }>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const port = /listening on http:\/\/[\d.]+:(\d+)/.exec(output)?.[1];
      const appId = /appId: ([0-9a-f]{24})/.exec(output)?.[1];
      if (port && appId) resolve({ url: `http://127.0.0.1:${port}/graphql`, appId });
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  /** Resolves once the server has begun processing `count` GraphQL requests. */
  const processing = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if ((output.match(/Processing GraphQL Parameters"/g) ?? []).length >= count) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
      child.on("exit", () => {
        clearInterval(timer);
        reject(new Error(`server exited: ${output}`));
      });
    });
  return { child, ready, exited, processing, output: () => output };
}

describe("graceful shutdown", () => {
  it("on SIGTERM finishes every in-flight request, then closes the database and exits 0", async () => {
    const server = startServer();
    const { url, appId } = await server.ready;
    const requests = Array.from({ length: 12 }, (_, i) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": appId },
        body: JSON.stringify({
          query: `mutation { signUpByUsernamePassword(username: "user${i}", password: "a long enough passphrase") { __typename } }`,
        }),
      }).then(async (response) => ({ status: response.status, body: await response.json() })),
    );
    await server.processing(requests.length);
    server.child.kill("SIGTERM");
    // The premise: sign-ups were still running when the signal came.
    expect((server.output().match(/"event":"sign_up"/g) ?? []).length).toBeLessThan(requests.length);
    const results = await Promise.all(requests);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.body).toEqual({ data: { signUpByUsernamePassword: { __typename: "User" } } });
    }
    expect(await server.exited).toBe(0);
    expect((server.output().match(/"event":"sign_up"/g) ?? []).length).toBe(requests.length);
    // New connections are refused once it has stopped.
    await expect(fetch(url, { method: "POST", body: "{}" })).rejects.toThrow();
  }, 60_000);
});
