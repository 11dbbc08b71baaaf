// First-start secrets are shown once; losing the banner must not lock an operator out. The local commands mint
// a new access key and rotate an application secret from the database, and refuse (one line) to open an
// embedded database that a running gateway holds.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/index.ts";
import { projectRoot, startServerProcess } from "../helpers/server-process.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "gateway-admin-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runAdmin(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/admin.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

function captured(pattern: RegExp, output: string): string {
  const value = pattern.exec(output)?.[1];
  if (!value) throw new Error(`${pattern} not in: ${output}`);
  return value;
}

async function graphql(url: string, appId: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": appId, ...headers },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data: Record<string, { __typename: string } | undefined> }).data;
}

const managementToken = (url: string, appId: string, ak: string, sk: string) =>
  graphql(
    url,
    appId,
    `mutation { getManagementToken(accessKeyId: "${ak}", accessKeySecret: "${sk}") { __typename } }`,
  ).then((data) => data.getManagementToken?.__typename);

const introspectWithSecret = (url: string, appId: string, secret: string) =>
  graphql(url, appId, `{ introspectToken(token: "not-a-token") { __typename } }`, {
    "x-authing-app-secret": secret,
  }).then((data) => data.introspectToken?.__typename);

describe("local operator commands", { timeout: 180_000 }, () => {
  it("mint an access key and rotate an application secret from the database; refuse a directory a gateway holds", async () => {
    const env = { DATABASE_URL: `pglite:${path.join(scratch, "data")}`, LOG_LEVEL: "warn" };
    const first = startServerProcess(env);
    const { appId } = await first.ready;
    const firstSecret = captured(/secret: (\S+)/, first.output());

    const whileRunning = await runAdmin(["create-access-key"], env);
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.output).toMatch(new RegExp(`is in use by process ${first.child.pid}`));
    first.child.kill("SIGTERM");
    expect((await first.exited).code).toBe(0);

    const minted = await runAdmin(["create-access-key"], env);
    expect(minted.code, minted.output).toBe(0);
    const ak = captured(/AK: (\S+)/, minted.output);
    const sk = captured(/SK: (\S+)/, minted.output);

    const withoutApp = await runAdmin(["rotate-app-secret"], env);
    expect(withoutApp.code).toBe(2);
    expect(withoutApp.output).toContain(`${appId} (Demo application)`);
    const rotated = await runAdmin(["rotate-app-secret", "--app", appId], env);
    expect(rotated.code, rotated.output).toBe(0);
    const newSecret = captured(/secret: (\S+)/, rotated.output);

    const second = startServerProcess(env);
    const { url } = await second.ready;
    try {
      expect(await managementToken(url, appId, ak, sk)).toBe("ManagementToken");
      expect(await managementToken(url, appId, ak, `${sk}x`)).toBe("InvalidClientError");
      expect(await introspectWithSecret(url, appId, newSecret)).toBe("TokenIntrospection");
      expect(await introspectWithSecret(url, appId, firstSecret)).toBe("InvalidClientError");
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }

    const database = await openDatabase(env.DATABASE_URL);
    try {
      const audit = await database.prisma.auditLog.findMany({
        where: { actorType: "local_operator" },
        orderBy: { createdAt: "asc" },
      });
      expect(audit.map((entry) => [entry.action, entry.targetId])).toEqual([
        ["accessKey.create", ak],
        ["application.rotateSecret", appId],
      ]);
    } finally {
      await database.close();
    }
  });
});
