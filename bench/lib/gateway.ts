// Starts the real gateway as `npm start` runs it (the bundle of src/server.ts, built first, with production
// settings) as a child process on the server core, waits for it to listen, and reads the secrets it prints on
// first start.
import { randomBytes } from "node:crypto";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { onCore, serverCore } from "./cores.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface RunningGateway {
  url: string;
  appId: string;
  /** The demo application's secret, printed once on first start. */
  appSecret: string;
  accessKeyId: string;
  accessKeySecret: string;
  pid: number;
  /** Resident set size in MiB, from /proc. */
  rssMiB(): number;
  stop(): Promise<void>;
}

export function rssMiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

/** Spawns a process on the server core (or `core`) and resolves once `ready` matches its output. */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  core = serverCore,
): Promise<{ child: ChildProcess; output: () => string }> {
  const [command, commandArgs] = onCore(core, process.execPath, args);
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (ready.test(output)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.on("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`process exited (${code}) before it was ready:\n${output}`));
    });
  });
  return { child, output: () => output };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}

let built = false;

/** Builds dist/gateway/server.mjs once per benchmark run, from the sources as they are. */
function builtGateway(): string {
  if (!built) execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
  built = true;
  return "dist/gateway/server.mjs";
}

/** A gateway process on `core`, listening; its first-start output is the caller's to read. */
async function spawnGateway(databaseUrl: string, env: Record<string, string>, nodeArgs: string[], core: number) {
  const port = await freePort();
  // BENCH_CPU_PROF_DIR=<dir>: every benchmark's gateway writes a V8 CPU profile there when it stops.
  const profiling = process.env.BENCH_CPU_PROF_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
    : [];
  const { child, output } = await startProcess(
    [...profiling, ...nodeArgs, "--enable-source-maps", builtGateway()],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      SECRETS_KEY: randomBytes(32).toString("hex"),
      LOG_LEVEL: "warn",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    /listening on/,
    core,
  );
  return { child, output, url: `http://127.0.0.1:${port}` };
}

/** `nodeArgs`: extra Node.js flags (`--cpu-prof` to profile the server under a benchmark's load). */
export async function startGateway(
  databaseUrl: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  core = serverCore,
): Promise<RunningGateway> {
  const { child, output, url } = await spawnGateway(databaseUrl, env, nodeArgs, core);
  const text = output();
  const found = (pattern: RegExp) => {
    const match = pattern.exec(text);
    if (!match) throw new Error(`the gateway did not print ${pattern} (not a fresh database?):\n${text}`);
    return match[1]!;
  };
  return {
    url,
    appId: found(/appId: ([0-9a-f]{24})/),
    appSecret: found(/ secret: (\S+)/),
    accessKeyId: found(/AK: ([0-9a-f]{24})/),
    accessKeySecret: found(/SK: (\S+)/),
    pid: child.pid!,
    rssMiB: () => rssMiBOf(child.pid!),
    stop: () => stopProcess(child),
  };
}

/**
 * Another gateway process on a database a first one created (same SECRETS_KEY in `env`, or it cannot open the
 * sealed signing keys): it prints no secrets, so it has only its URL.
 */
export async function joinGateway(databaseUrl: string, env: Record<string, string>, core: number) {
  const { child, url } = await spawnGateway(databaseUrl, env, [], core);
  return { url, pid: child.pid!, rssMiB: () => rssMiBOf(child.pid!), stop: () => stopProcess(child) };
}

/** Runs a script on the server core to completion (the gateway idle meanwhile) and parses its JSON output. */
export async function runOnServerCore<T>(args: string[], env: Record<string, string> = {}): Promise<T> {
  const [command, commandArgs] = onCore(serverCore, process.execPath, args);
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${args.join(" ")} exited with ${code}`);
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}

/** One GraphQL request; throws on transport errors and on GraphQL errors. */
export async function graphql<T = Record<string, Record<string, unknown>>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A management token for the gateway's pool access key. */
export async function adminAuthorization(gateway: RunningGateway): Promise<string> {
  const data = await graphql<{ getManagementToken: { access_token?: string } }>(
    gateway.url,
    `mutation($ak: String!, $sk: String!) { getManagementToken(accessKeyId: $ak, accessKeySecret: $sk) { ... on ManagementToken { access_token } } }`,
    { ak: gateway.accessKeyId, sk: gateway.accessKeySecret },
  );
  return `Bearer ${data.getManagementToken.access_token}`;
}

/** Creates users named `${prefix}-0..count-1` with one password, through createUsersBatch (100 per call). */
export async function createUsers(
  gateway: RunningGateway,
  authorization: string,
  prefix: string,
  count: number,
  password: string,
): Promise<void> {
  for (let start = 0; start < count; start += 100) {
    const users = Array.from({ length: Math.min(100, count - start) }, (_, i) => ({
      username: `${prefix}-${start + i}`,
      password,
    }));
    const data = await graphql<{ createUsersBatch: { __typename: string } }>(
      gateway.url,
      `mutation($users: [CreateUserInput!]!) { createUsersBatch(users: $users) { __typename } }`,
      { users },
      { authorization },
    );
    if (data.createUsersBatch.__typename !== "CreateUsersBatchSuccess") throw new Error(JSON.stringify(data));
  }
}
