// config -> database (migrated) -> identity -> app -> port. Prints the demo application once, on first start.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./db/index.ts";
import { createDelivery } from "./delivery/index.ts";
import { createArgon2Hasher } from "./identity/credentials/hasher.ts";
import { createIdentity } from "./identity/index.ts";
import { createLogger } from "./logger.ts";

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config.databaseUrl, { migrate: true, poolSize: config.databasePoolSize, preparedStatements: config.databasePreparedStatements });
  if (database.appliedMigrations.length) log.info({ migrations: database.appliedMigrations }, "applied migrations");
  const delivery = createDelivery(config, database.prisma, log);
  if (!delivery.configured.email || !delivery.configured.sms) {
    log.warn(
      { email: delivery.configured.email ? "smtp" : "refused", sms: delivery.configured.sms ? "webhook" : "refused" },
      "production without a carrier: passcode sends are refused (apiCode 2022) until SMTP_HOST and SMS_WEBHOOK_URL are set",
    );
  }
  const identity = createIdentity({
    db: database.prisma,
    sql: database.sql,
    hasher: createArgon2Hasher(config.argon2, { concurrency: config.hashConcurrency }),
    issuer: `${config.publicUrl}/oidc`,
    delivery,
    log,
    secretsKey: config.secretsKey,
  });
  const sealedKeys = await identity.keys.sealPlainSigningKeys();
  if (sealedKeys) log.info({ sealedKeys }, "sealed signing keys stored in the clear under SECRETS_KEY");
  const { pool, created } = await identity.bootstrap.ensureDefaultUserPool({
    demoApplication: config.createDemoApplication,
  });
  // Fails here, with the reason, when the keys were sealed under a SECRETS_KEY this process does not have.
  await identity.keys.activeSigningKey(pool.id);
  const demo =
    created?.application ??
    (await identity.db.application.findFirst({ where: { userPoolId: pool.id, isDemo: true }, orderBy: { createdAt: "asc" } }));

  const app = createApp({
    config: { ...config, devOutboxQuery: config.devOutboxQuery && (delivery.usesOutbox.email || delivery.usesOutbox.sms) },
    identity,
    log,
    demoAppId: demo?.appId,
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;

  const graphqlUrl = `${config.publicUrl}/graphql`;
  const lines = [``, `  Identity gateway listening on http://${config.host}:${port}`, `  GraphQL${config.graphiql ? " + GraphiQL" : ""}: ${graphqlUrl}`, `  JWKS: ${config.publicUrl}/oidc/.well-known/jwks.json`];
  if (created) {
    lines.push(
      ``,
      `  First start: created the default user pool. These secrets are shown once and stored only as digests` +
        (config.secretsKey ? ` (the SK also sealed under SECRETS_KEY, for signed requests):` : `:`),
      ...(created.application
        ? [`    Demo application  appId: ${created.application.appId}`, `                      secret: ${created.application.secret}`]
        : []),
      `    Pool access key   AK: ${created.accessKey.accessKeyId}`,
      `                      SK: ${created.accessKey.accessKeySecret}`,
    );
  } else if (demo) {
    lines.push(`  Demo application appId: ${demo.appId} (send it as the x-authing-app-id header)`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);

  // SIGTERM: stop accepting connections, let in-flight requests finish (idle keep-alive sockets are closed at
  // once, busy ones after their response), then close the database and exit. A stuck request cannot hold the
  // process past SHUTDOWN_TIMEOUT_MS.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    server.close(async () => {
      delivery.close();
      await database.close();
      log.info("shut down cleanly");
      process.exit(0);
    });
    server.closeIdleConnections();
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    idleSweep.unref();
    setTimeout(() => {
      log.error("shutdown timed out: exiting with requests still open");
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error("The gateway could not start:", error);
  process.exit(1);
});
