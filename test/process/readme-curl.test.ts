// The README's curl walk-through, run as written against the real server: sign up, sign in (keeping the access
// token in $TOKEN), then `me` with it. It used $TOKEN without ever setting it.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, startServerProcess } from "../helpers/server-process.ts";

const hasCurl = spawnSync("curl", ["--version"]).status === 0;

describe("the README's curl example", { timeout: 90_000 }, () => {
  it.skipIf(!hasCurl)("signs up, signs in and reads `me` with the token it kept", async () => {
    const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
    const script = /### Try it with curl\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(script).toContain("APP=<the appId printed at start>");
    const server = startServerProcess({ LOG_LEVEL: "warn" });
    const { origin, appId } = await server.ready;
    try {
      const runnable = script!
        .replace("APP=<the appId printed at start>", `APP=${appId}`)
        .replaceAll("localhost:4000", origin.replace("http://", ""));
      const output = execFileSync("bash", ["-euo", "pipefail", "-c", runnable], { encoding: "utf8", timeout: 30_000 });
      expect(output).toMatch(/"signUpByUsernamePassword":\{"userId":"[\w-]+"\}/);
      expect(output).toMatch(/"me":\{"userId":"[\w-]+","username":"alice","loginsCount":1\}/);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });
});
