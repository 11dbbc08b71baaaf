// Two processes on one embedded database directory lost writes: each ran on its own copy of the pages. The
// directory is locked: a second gateway exits with one line naming the holder, and a lock left by a process
// that died is taken over.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/index.ts";
import { startServerProcess } from "../helpers/server-process.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "gateway-lock-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const lines = (output: string) =>
  output
    .trim()
    .split("\n")
    .filter((line) => line.trim());

describe("the embedded database directory is locked", { timeout: 90_000 }, () => {
  it("a second gateway on the same directory exits with one line naming the first; after the first stops, it starts", async () => {
    const dataDir = path.join(scratch, "shared");
    const env = { DATABASE_URL: `pglite:${dataDir}`, LOG_LEVEL: "warn" };
    const first = startServerProcess(env);
    await first.ready;
    try {
      const second = startServerProcess(env);
      const exit = await second.exited;
      expect(exit.code).toBe(1);
      expect(lines(second.output())).toEqual([
        expect.stringMatching(
          new RegExp(
            `^The gateway could not start: the embedded database .*shared is in use by process ${first.child.pid}: one process per directory`,
          ),
        ),
      ]);
    } finally {
      first.child.kill("SIGTERM");
      expect(await first.exited, first.output()).toEqual({ code: 0, signal: null });
    }
    expect(existsSync(path.join(dataDir, "gateway.lock"))).toBe(false);
    const third = startServerProcess(env);
    await third.ready;
    third.child.kill("SIGTERM");
    expect((await third.exited).code).toBe(0);
  });

  it("a lock left by a process that died is taken over", async () => {
    const dataDir = path.join(scratch, "stale");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const opened = await openDatabase(`pglite:${dataDir}`, { migrate: false });
    await opened.close();
    writeFileSync(path.join(dataDir, "gateway.lock"), JSON.stringify({ pid: Number(dead.stdout), host: hostname() }));
    const database = await openDatabase(`pglite:${dataDir}`, { migrate: false });
    await database.close();
    expect(existsSync(path.join(dataDir, "gateway.lock"))).toBe(false);
  });

  it("a lock naming this very pid but not held by this process (a container's pid 1 after a restart) is taken over", async () => {
    const dataDir = path.join(scratch, "same-pid");
    const opened = await openDatabase(`pglite:${dataDir}`, { migrate: false });
    await opened.close();
    writeFileSync(path.join(dataDir, "gateway.lock"), JSON.stringify({ pid: process.pid, host: hostname() }));
    const database = await openDatabase(`pglite:${dataDir}`, { migrate: false });
    await database.close();
  });

  it("within one process too: a second open of a directory already open is refused, not silently doubled", async () => {
    const dataDir = path.join(scratch, "one-process");
    const database = await openDatabase(`pglite:${dataDir}`, { migrate: false });
    try {
      await expect(openDatabase(`pglite:${dataDir}`, { migrate: false })).rejects.toThrow(
        `is in use by process ${process.pid}`,
      );
    } finally {
      await database.close();
    }
  });
});
