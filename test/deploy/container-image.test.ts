// The Dockerfile, checked and rehearsed where no Docker daemon runs: its runtime stage is replayed in a temporary
// folder standing in for /app (the same COPYs from the built checkout, the same `npm ci --omit=dev`, the same
// ENV), and the result must serve: /ready and the image's own HEALTHCHECK pass, a sign-up works in production
// mode, and the operator command creates an access key. A dependency the bundle needs but the runtime stage
// leaves out (a devDependency, a file not copied) fails it here, not in an operator's first deployment.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/server-process.ts";

const run = promisify(execFile);

interface Instruction {
  name: string;
  args: string;
}

/** The Dockerfile as stages of instructions: continuations joined, comments and parser directives dropped. */
function readStages(file: string): { from: string; instructions: Instruction[] }[] {
  const logical = readFileSync(file, "utf8")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const args = new Map<string, string>();
  const stages: { from: string; instructions: Instruction[] }[] = [];
  for (const line of logical) {
    const [, name = "", rest = ""] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    const instruction = { name: name.toUpperCase(), args: rest.replace(/\s+/g, " ") };
    if (instruction.name === "ARG" && !stages.length) {
      const [key = "", value = ""] = instruction.args.split("=");
      args.set(key, value);
    } else if (instruction.name === "FROM") {
      const image = instruction.args
        .replace(/\s+AS\s+\w+$/i, "")
        .replace(/\$\{(\w+)\}/g, (_, key: string) => args.get(key) ?? "");
      stages.push({ from: image, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

const stages = readStages(path.join(projectRoot, "Dockerfile"));
const runtime = stages.at(-1)!;
const named = (name: string) => runtime.instructions.filter((instruction) => instruction.name === name);

let app: string;
const env: Record<string, string> = {};

/** Replays the runtime stage into `app`: COPY from the built checkout, RUN in the folder, ENV collected. */
async function replayRuntimeStage() {
  for (const { name, args } of runtime.instructions) {
    const inApp = (target: string) => path.join(app, path.relative("/app", path.resolve("/app", target)));
    if (name === "ENV") {
      for (const [, key = "", value = ""] of args.matchAll(/(\w+)=(\S+)/g)) env[key] = value;
    } else if (name === "COPY") {
      // The build stage's /app is this checkout after `npm ci` and `npm run build`.
      const parts = args.split(" ").filter((part) => !part.startsWith("--"));
      const target = parts.pop()!;
      for (const source of parts) {
        const from = path.join(projectRoot, source.replace(/^\/app\/?/, ""));
        const to = target.endsWith("/") ? path.join(inApp(target), path.basename(source)) : inApp(target);
        mkdirSync(path.dirname(to), { recursive: true });
        cpSync(from, to, { recursive: true });
      }
    } else if (name === "RUN") {
      // BuildKit's cache mounts have no meaning here; the `node` user may not exist on this machine.
      const command = args
        .replace(/--mount=\S+ /g, "")
        .replaceAll("/app", app)
        .replace(/chown \S+ /g, "true ");
      await run("bash", ["-euo", "pipefail", "-c", command], { cwd: app, timeout: 240_000 });
    }
  }
}

function startGateway(extraEnv: Record<string, string>) {
  const [command, ...commandArgs] = JSON.parse(named("CMD")[0]!.args) as string[];
  const child = spawn(command === "node" ? process.execPath : command!, commandArgs, {
    cwd: app,
    env: { PATH: process.env.PATH ?? "", ...env, HOST: "127.0.0.1", PORT: "0", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<{ port: string; appId: string }>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const port = /listening on http:\/\/[\d.]+:(\d+)/.exec(output)?.[1];
      const appId = /appId: ([0-9a-f]{24})/.exec(output)?.[1];
      if (port && appId) resolve({ port, appId });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`the gateway exited (${code}): ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, ready, exited };
}

beforeAll(async () => {
  await run(process.execPath, ["scripts/build.mjs"], { cwd: projectRoot });
  app = mkdtempSync(path.join(tmpdir(), "gateway-image-"));
  await replayRuntimeStage();
}, 300_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

describe("the Dockerfile", () => {
  it("builds in one stage and runs from another, unprivileged, with production dependencies only", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime.from).toBe(stages[0]!.from);
    // The image's Node.js is the one package.json's engines and CI use.
    expect(runtime.from).toMatch(new RegExp(`^node:${process.versions.node.split(".")[0]}\\.`));
    expect(named("RUN").some(({ args }) => /npm ci .*--omit=dev/.test(args))).toBe(true);
    expect(named("USER").at(-1)?.args).toBe("node");
    expect(named("HEALTHCHECK")[0]?.args).toMatch(/\/ready/);
    expect(JSON.parse(named("CMD")[0]!.args)).toEqual(["node", "--enable-source-maps", "dist/gateway/server.mjs"]);
    expect(readFileSync(path.join(projectRoot, ".dockerignore"), "utf8")).toMatch(/^\.env$/m);
  });

  it("leaves the devDependencies out of the runtime stage", () => {
    expect(() => readFileSync(path.join(app, "node_modules/vitest/package.json"))).toThrow();
    expect(readFileSync(path.join(app, "node_modules/graphql-yoga/package.json"), "utf8")).toContain("graphql-yoga");
  });

  it("serves from the runtime stage in production mode: ready, healthy, signing up; the operator command works", async () => {
    const database = `pglite:${path.join(app, "data/pglite")}`;
    const secrets = { DATABASE_URL: database, SECRETS_KEY: randomBytes(32).toString("hex") };
    const gateway = startGateway(secrets);
    try {
      const { port, appId } = await gateway.ready;
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      // The HEALTHCHECK's own command, as Docker would run it in the container.
      const [, ...healthcheck] = JSON.parse(named("HEALTHCHECK")[0]!.args.replace(/^.*?CMD /, "")) as string[];
      await expect(
        run(process.execPath, healthcheck, { cwd: app, env: { ...env, PORT: port } }),
      ).resolves.toBeDefined();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-authing-app-id": appId },
        body: JSON.stringify({
          query: `mutation { signUpByUsernamePassword(username: "in-the-image", password: "a long enough passphrase") { __typename } }`,
        }),
      });
      expect(await response.json()).toEqual({ data: { signUpByUsernamePassword: { __typename: "User" } } });
    } finally {
      gateway.child.kill("SIGTERM");
      expect(await gateway.exited).toBe(0);
    }
    const { stdout } = await run("npm", ["run", "--silent", "admin:create-access-key"], {
      cwd: app,
      env: { PATH: process.env.PATH ?? "", ...env, ...secrets },
    });
    expect(stdout).toMatch(/AK/);
  });
});
