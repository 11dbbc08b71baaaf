// `npm run db:migrate:status` lists each migration as applied or pending (it printed the engine's JSON), and
// exits non-zero until the database is up to date, so a deploy script can check it.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeMigrationStatus } from "../../src/db/migration-status.ts";
import { projectRoot } from "../helpers/server-process.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "gateway-migrate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function migrate(command: string, databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/migrate.ts", command], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

const migrations = readdirSync(path.join(projectRoot, "prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("db:migrate:status", { timeout: 120_000 }, () => {
  it("lists every migration as pending on a new database (exit 1), and as applied once deployed (exit 0)", async () => {
    const url = `pglite:${path.join(scratch, "data")}`;
    const before = await migrate("status", url);
    expect(before.code).toBe(1);
    for (const name of migrations) expect(before.output).toContain(`  pending  ${name}`);
    expect(before.output).toContain(`0 applied, ${migrations.length} pending.`);
    expect((await migrate("deploy", url)).code).toBe(0);
    const after = await migrate("status", url);
    expect(after.code).toBe(0);
    for (const name of migrations) expect(after.output).toContain(`  applied  ${name}`);
    expect(after.output).toContain(`${migrations.length} applied, 0 pending.`);
  });

  it("names failed, edited and unknown migrations", () => {
    const { lines, upToDate } = describeMigrationStatus(["1_a", "2_b", "3_c"], {
      failedMigrationNames: ["2_b"],
      editedMigrationNames: ["1_a"],
      history: { diagnostic: "historiesDiverge", unappliedMigrationNames: ["3_c"], unpersistedMigrationNames: ["9_z"] },
    });
    expect(upToDate).toBe(false);
    expect(lines).toEqual([
      "  edited   1_a",
      "  failed   2_b",
      "  pending  3_c",
      "  unknown  9_z (in the database, not in prisma/migrations)",
      "",
      "1 applied, 1 pending, 1 failed, 1 edited after they were applied, 1 unknown to this folder. npm run db:migrate:deploy (or starting the gateway) applies the pending ones.",
    ]);
  });
});
