// Local operator commands, run on the gateway's machine with its settings (.env, DATABASE_URL, SECRETS_KEY):
//   npm run admin:create-access-key -- [--pool <userPoolId>]
//   npm run admin:rotate-app-secret -- --app <appId> [--pool <userPoolId>]
// Secrets are shown once at first start and stored only as digests; these mint new ones from the database, so a
// lost first-start banner never leaves a pool without a way in. Trust is access to the machine and its database;
// each change is in the audit log as a local_operator action. With the embedded database, stop the gateway
// first (the directory is locked to one process).
import { randomUUID } from "node:crypto";
import { hostname, userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, loadEnvFile } from "../src/config.ts";
import { openDatabase } from "../src/db/index.ts";
import { systemClock } from "../src/identity/clock.ts";
import { createAccessKeys } from "../src/identity/management/access-keys.ts";
import { createApplicationAdministration } from "../src/identity/management/applications.ts";
import type { AdminActor } from "../src/identity/management/audit-log.ts";
import { defaultUserPoolId } from "../src/identity/pools/bootstrap.ts";
import { createSecretBox } from "../src/identity/secret-box.ts";

class UsageError extends Error {}

const commands = ["create-access-key", "rotate-app-secret"] as const;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { pool: { type: "string" }, app: { type: "string" } },
  });
  const command = positionals[0] as (typeof commands)[number];
  if (!commands.includes(command))
    throw new UsageError(`usage: scripts/admin.ts ${commands.join(" | ")} [--pool <userPoolId>] [--app <appId>]`);
  loadEnvFile();
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl, { migrate: true });
  try {
    const db = database.prisma;
    const userPoolId = values.pool ?? defaultUserPoolId;
    if (!(await db.userPool.findUnique({ where: { id: userPoolId }, select: { id: true } }))) {
      throw new UsageError(
        `there is no user pool "${userPoolId}" in ${config.databaseUrl.replace(/\/\/[^@/]*@/, "//")}: start the gateway once to create it, or pass --pool`,
      );
    }
    const actor: AdminActor = {
      userPoolId,
      accessKeyId: `${userInfo().username}@${hostname()}`,
      actorType: "local_operator",
      requestId: `local-${randomUUID()}`,
    };
    if (command === "create-access-key") {
      const accessKeys = createAccessKeys({
        db,
        clock: systemClock,
        secretBox: config.secretsKey ? createSecretBox(config.secretsKey) : null,
      });
      const { accessKey, accessKeySecret } = await accessKeys.createAccessKey(actor);
      console.log(
        `New access key for user pool ${userPoolId} (shown once; stored only as a digest${config.secretsKey ? ", and sealed under SECRETS_KEY" : ""}):`,
      );
      console.log(`  AK: ${accessKey.accessKeyId}\n  SK: ${accessKeySecret}`);
      return;
    }
    const applications = createApplicationAdministration({ db, clock: systemClock });
    if (!values.app) {
      const known = await db.application.findMany({
        where: { userPoolId },
        select: { appId: true, name: true },
        orderBy: { createdAt: "asc" },
      });
      throw new UsageError(
        `pass --app <appId>; the pool's applications: ${known.map((app) => `${app.appId} (${app.name})`).join(", ") || "none"}`,
      );
    }
    const { application, appSecret } = await applications.rotateApplicationSecret(actor, values.app);
    console.log(
      `New secret for application ${application.appId} (${application.name}); the old one no longer works. Shown once:`,
    );
    console.log(`  secret: ${appSecret}`);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(
      error instanceof ConfigError || error instanceof UsageError
        ? error.message
        : `The command failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
