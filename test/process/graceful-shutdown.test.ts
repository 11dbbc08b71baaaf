// The real server process: built and started as `npm start` does (the bundle in dist/, migrating an embedded
// database on start), then SIGTERM while requests are in flight.
import { describe, expect, it } from "vitest";
import { startServerProcess } from "../helpers/server-process.ts";

function startServer() {
  // A slower argon2, one hash at a time, keeps the sign-ups in flight for a second or so. Debug logging shows
  // when the server has taken up each request (a connection whose request it has not read yet is idle, and a
  // shutdown closes idle connections at once).
  const { child, ready, exited, output } = startServerProcess({
    LOG_LEVEL: "debug",
    ARGON2_TIME_COST: "12",
    HASH_CONCURRENCY: "1",
  });
  /** Resolves once the server has begun processing `count` GraphQL requests. */
  const processing = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if ((output().match(/Processing GraphQL Parameters"/g) ?? []).length >= count) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
      child.on("exit", () => {
        clearInterval(timer);
        reject(new Error(`server exited: ${output()}`));
      });
    });
  return { child, ready, exited: exited.then(({ code }) => code), processing, output };
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
