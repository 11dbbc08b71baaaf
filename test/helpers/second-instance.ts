// A second gateway process in all but name over the same database: its own connection pool, identity core and
// app, sharing nothing in memory with the first. What one instance counts, the other must see.
import { createApp } from "../../src/app.ts";
import { createOutbox } from "../../src/delivery/outbox.ts";
import { createIdentity } from "../../src/identity/index.ts";
import type { PasswordHasher } from "../../src/identity/credentials/hasher.ts";
import { fastHasher, issuer, openTestDatabase, silentLog, testAppConfig, type TestGateway } from "./gateway.ts";

export async function openSecondInstance(
  first: TestGateway,
  databaseUrl: string,
  /** secretsKey: the first instance's SECRETS_KEY, without which its sealed signing keys cannot sign. */
  options: {
    hasher?: PasswordHasher;
    captchaGenerator?: () => { text: string; data: string };
    secretsKey?: Buffer;
  } = {},
) {
  const database = await openTestDatabase({ databaseUrl });
  const identity = createIdentity({
    db: database.prisma,
    sql: database.sql,
    hasher: options.hasher ?? fastHasher,
    issuer,
    captchaGenerator: options.captchaGenerator,
    secretsKey: options.secretsKey,
    settingsChanges: database.settingsChanges,
    delivery: createOutbox(database.prisma, silentLog),
  });
  const app = createApp({ config: testAppConfig, identity, log: silentLog });
  /** Runs a document on this instance, as the first instance's application. */
  async function execute(query: string, variables?: Record<string, unknown>) {
    const response = await app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": first.application.appId },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: Record<string, Record<string, unknown>> };
  }
  return { app, identity, execute, close: () => database.close() };
}
