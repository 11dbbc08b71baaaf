// config -> port -> database (migrated) -> identity -> app. The port is bound first, so a taken port fails before
// anything is created (first-start secrets are shown once: they must never be created by a start that then dies).
// Prints the demo application once, on first start.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig, loadEnvFile, SettingsFileError } from "./config.ts";
import { openDatabase } from "./db/index.ts";
import { createDelivery } from "./delivery/index.ts";
import { createArgon2Hasher } from "./identity/credentials/hasher.ts";
import { createIdentity } from "./identity/index.ts";
import { createLogger, nonBlockingStdout } from "./logger.ts";
import { createMetrics } from "./telemetry/metrics.ts";

/** A start-up failure said in one line: what failed and what to do, never a stack trace. */
class StartupError extends Error {}

/** Binds the port at once; requests that arrive before the gateway is ready get 503. */
async function bindPort(host: string, port: number) {
  let handler: RequestListener = (_request, response) => {
    response.writeHead(503, { "content-type": "application/json", "retry-after": "1" }).end('{"message":"starting"}');
  };
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        reject(
          new StartupError(
            `port ${port} on ${host} is already in use: stop what holds it, or set PORT to another port`,
          ),
        );
      else if (error.code === "EACCES")
        reject(
          new StartupError(`port ${port} on ${host} needs privileges this process does not have: set PORT above 1023`),
        );
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
        reject(new StartupError(`HOST ${host} is not an address of this machine`));
      else reject(error);
    });
    server.listen(port, host, resolve);
  });
  return { server, serve: (app: RequestListener) => (handler = app) };
}

async function main() {
  loadEnvFile();
  const config = loadConfig();
  const logOutput = nonBlockingStdout();
  const log = createLogger(config.logLevel, logOutput);
  const { server, serve } = await bindPort(config.host, config.port);
  const database = await openDatabase(config.databaseUrl, {
    migrate: true,
    poolSize: config.databasePoolSize,
    preparedStatements: config.databasePreparedStatements,
    listenUrl: config.databaseListenUrl,
    log,
  });
  if (database.appliedMigrations.length) log.info({ migrations: database.appliedMigrations }, "applied migrations");
  const metrics = config.metrics
    ? createMetrics({ poolStats: database.poolStats, droppedLogLines: logOutput.droppedLines })
    : null;
  if (metrics && config.production && !config.metricsToken)
    log.warn("GET /metrics is open to anyone who reaches the port: set METRICS_TOKEN, or METRICS=false");
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
    hasher: createArgon2Hasher(config.argon2, { concurrency: config.hashConcurrency, observe: metrics?.observeHash }),
    issuer: `${config.publicUrl}/oidc`,
    delivery,
    log,
    secretsKey: config.secretsKey,
    settingsChanges: database.settingsChanges,
  });
  const sealedKeys = await identity.keys.sealPlainSigningKeys();
  if (sealedKeys) log.info({ sealedKeys }, "sealed signing keys stored in the clear under SECRETS_KEY");
  const { pool, created } = await identity.bootstrap.ensureDefaultUserPool({
    demoApplication: config.createDemoApplication,
  });
  const demo =
    created?.application ??
    (await identity.db.application.findFirst({
      where: { userPoolId: pool.id, isDemo: true },
      orderBy: { createdAt: "asc" },
    }));

  const app = createApp({
    config: {
      ...config,
      devOutboxQuery: config.devOutboxQuery && (delivery.usesOutbox.email || delivery.usesOutbox.sms),
    },
    identity,
    log,
    metrics,
    demoAppId: demo?.appId,
  });
  serve(app.nodeListener);

  // Installed before the banner, which tells a supervisor the gateway is up (a SIGTERM right after it killed the
  // process outright). SIGTERM: stop accepting connections, let in-flight requests finish (idle keep-alive
  // sockets are closed at once, busy ones after their response), then close the database and exit. A stuck
  // request cannot hold the process past SHUTDOWN_TIMEOUT_MS.
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
  const { port } = server.address() as AddressInfo;

  const graphqlUrl = `${config.publicUrl}/graphql`;
  const lines = [
    ``,
    `  Identity gateway listening on http://${config.host}:${port}`,
    `  GraphQL${config.graphiql ? " + GraphiQL" : ""}: ${graphqlUrl}`,
    `  JWKS: ${config.publicUrl}/oidc/.well-known/jwks.json`,
    ...(config.federation
      ? [`  Federation subgraph: on${config.federation.routerSecret ? " (the router sends x-router-secret)" : ""}`]
      : []),
  ];
  if (created) {
    lines.push(
      ``,
      `  First start: created the default user pool. These secrets are shown once and stored only as digests` +
        (config.secretsKey ? ` (the SK also sealed under SECRETS_KEY, for signed requests):` : `:`),
      ...(created.application
        ? [
            `    Demo application  appId: ${created.application.appId}`,
            `                      secret: ${created.application.secret}`,
          ]
        : []),
      `    Pool access key   AK: ${created.accessKey.accessKeyId}`,
      `                      SK: ${created.accessKey.accessKeySecret}`,
    );
  } else if (demo) {
    lines.push(`  Demo application appId: ${demo.appId} (send it as the x-authing-app-id header)`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  // After the secrets are shown: fails, with the reason, when the keys were sealed under another SECRETS_KEY.
  await identity.keys.activeSigningKey(pool.id);
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else {
    // One line for people; the stack only when asked for (LOG_LEVEL=debug or trace).
    const message =
      error instanceof Error
        ? (error.message
            .trim()
            .split("\n")
            .find((line) => line.trim()) ?? error.name)
        : String(error);
    console.error(`The gateway could not start: ${message}`);
    if (
      !(error instanceof StartupError || error instanceof SettingsFileError) &&
      /^(debug|trace)$/i.test(process.env.LOG_LEVEL ?? "")
    )
      console.error(error);
  }
  process.exit(1);
});
