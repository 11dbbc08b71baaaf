// The real server process, as `npm start` runs it: the bundle in dist/ (built once by the global setup) with plain
// node, on a fresh embedded database unless the test says otherwise.
import { spawn } from "node:child_process";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export function startServerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/gateway/server.mjs"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: "pglite:memory", PORT: "0", NODE_ENV: "test", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<{ origin: string; url: string; appId: string }>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const port = /listening on http:\/\/[\d.]+:(\d+)/.exec(output)?.[1];
      const appId = /appId: ([0-9a-f]{24})/.exec(output)?.[1];
      if (port && appId)
        resolve({ origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}/graphql`, appId });
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  // A test that expects the start to fail awaits `exited` instead.
  ready.catch(() => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, ready, exited, output: () => output };
}
