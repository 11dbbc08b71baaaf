// Logging must never hold the process: with stdout on a pipe whose reader has stalled (a log shipper that hangs)
// or gone (a crashed shipper, a closed `| tee`), requests are still answered and SIGTERM still ends the process
// within SHUTDOWN_TIMEOUT_MS. pino's default synchronous stdout retried EAGAIN forever on the stalled pipe.
import { describe, expect, it } from "vitest";
import { startServerProcess } from "../helpers/server-process.ts";

async function systemInfo(url: string, appId: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": appId },
    body: JSON.stringify({ query: "{ getSystemInfo { __typename } }" }),
    signal: AbortSignal.timeout(5_000),
  });
  return response.status;
}

describe("a log reader that stalls or goes away", { timeout: 60_000 }, () => {
  for (const reader of ["stalls", "goes away"] as const) {
    it(`when the reader ${reader}: requests are answered and SIGTERM exits within the shutdown timeout`, async () => {
      // Debug logging writes a few hundred bytes per request, so 400 requests overfill any pipe buffer.
      const server = startServerProcess({ LOG_LEVEL: "debug", SHUTDOWN_TIMEOUT_MS: "3000" });
      const { url, appId } = await server.ready;
      if (reader === "stalls") server.child.stdout.pause();
      else server.child.stdout.destroy();
      const statuses: number[] = [];
      for (let i = 0; i < 400; i++) statuses.push(await systemInfo(url, appId));
      expect(statuses.every((status) => status === 200)).toBe(true);
      const signalledAt = Date.now();
      server.child.kill("SIGTERM");
      const exit = await Promise.race([
        server.exited,
        new Promise((resolve) => setTimeout(() => resolve("still running"), 8_000)),
      ]);
      if (exit === "still running") server.child.kill("SIGKILL");
      expect(exit).toEqual({ code: expect.any(Number), signal: null });
      expect(Date.now() - signalledAt).toBeLessThan(8_000);
    });
  }
});
