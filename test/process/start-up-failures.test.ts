// Start-up failures are one clear line and a non-zero exit, before anything is created: a taken port must not
// cost the first start's secrets (created, then lost in a crash), a bad setting must not end inside a library.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "gateway-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "development", LOG_LEVEL: "warn", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

const oneLine = (output: string) =>
  output
    .trim()
    .split("\n")
    .filter((line) => line.trim());

// Each start compiles the server with tsx: seconds alone, more on a loaded machine.
describe("start-up failures", { timeout: 120_000 }, () => {
  it("a taken port: one line, exit 1, and no database, pool or secret was created", async () => {
    const holder = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => holder.once("listening", resolve));
    const port = (holder.address() as AddressInfo).port;
    const dataDir = path.join(scratch, "never-created");
    try {
      const { code, output } = await start({ PORT: String(port), DATABASE_URL: `pglite:${dataDir}` });
      expect(code).toBe(1);
      expect(oneLine(output)).toEqual([
        `The gateway could not start: port ${port} on 127.0.0.1 is already in use: stop what holds it, or set PORT to another port`,
      ]);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      holder.close();
    }
  });

  it("an unknown LOG_LEVEL is a configuration error, not a crash inside the logger", async () => {
    const { code, output } = await start({ PORT: "0", LOG_LEVEL: "verbose", DATABASE_URL: "pglite:memory" });
    expect(code).toBe(1);
    expect(output).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("reads settings from the env file (ENV_FILE, default .env); the environment wins over the file", async () => {
    const file = path.join(scratch, "settings.env");
    writeFileSync(file, "CORS_ORIGINS=*\nLOG_LEVEL=verbose\n");
    const { code, output } = await start({ PORT: "0", DATABASE_URL: "pglite:memory", ENV_FILE: file });
    expect(code).toBe(1);
    expect(output).toContain("CORS_ORIGINS may not be *");
    expect(output).not.toContain("LOG_LEVEL");
  });

  it("an env file that ENV_FILE names but that is missing is one clear line", async () => {
    const missing = await start({
      PORT: "0",
      DATABASE_URL: "pglite:memory",
      ENV_FILE: path.join(scratch, "absent.env"),
    });
    expect(missing.code).toBe(1);
    expect(oneLine(missing.output)).toEqual([
      expect.stringMatching(/^The gateway could not start: the settings file .*absent\.env could not be read/),
    ]);
  });

  it("an unreachable database: one line naming the failure, no stack trace", async () => {
    const { code, output } = await start({ PORT: "0", DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere" });
    expect(code).toBe(1);
    const lines = oneLine(output);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The gateway could not start: /);
    expect(output).not.toMatch(/\n\s+at |wasm/i);
  });
});
