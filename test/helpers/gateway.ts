// A real gateway for a test file: a real database (PGlite from the migrated snapshot, or the suite's PostgreSQL
// database), the real identity core and yoga app, called through app.fetch with no port.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createApp } from "../../src/app.ts";
import { openDatabase, type Database } from "../../src/db/index.ts";
import type { Application, UserPool } from "../../src/generated/prisma/client.ts";
import { systemClock, type Clock } from "../../src/identity/clock.ts";
import { createArgon2Hasher, type PasswordHasher } from "../../src/identity/credentials/hasher.ts";
import { createIdentity, type Identity } from "../../src/identity/index.ts";
import type { NewUserPoolInput } from "../../src/identity/pools/pool-service.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import type { Metrics } from "../../src/telemetry/metrics.ts";
import { createOutbox } from "../../src/delivery/outbox.ts";
import type { MessageDelivery } from "../../src/identity/passcodes/delivery.ts";
import type { TypedDocumentString } from "../gql/graphql.ts";

/** Real argon2id with the smallest cost, so tests are fast yet exercise the real code path. */
export const fastHasher = createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 });

export const issuer = "http://gateway.test/oidc";
export const silentLog = createLogger(process.env.TEST_LOG ?? "silent");
export const testAppConfig = {
  graphiql: false,
  introspection: true,
  corsOrigins: [],
  trustProxy: false,
  production: false,
  devOutboxQuery: true,
};

export interface TestGatewayOptions {
  clock?: Clock;
  hasher?: PasswordHasher;
  pool?: Partial<NewUserPoolInput>;
  databaseUrl?: string;
  onQuery?: (sql: string) => void;
  /** Default: svg-captcha; tests that answer captchas pass one whose text they know. */
  captchaGenerator?: () => { text: string; data: string };
  /** Default: the development outbox in the test's database. */
  delivery?: MessageDelivery | ((db: Database["prisma"]) => MessageDelivery);
  /** SECRETS_KEY; default none, so request signing is off as on an unconfigured gateway. */
  secretsKey?: Buffer;
  /** ALTCHA difficulty; low, so tests solve challenges at once. */
  altchaMaxNumber?: number;
  /** Overrides of the app's configuration, e.g. trustProxy so a test can name the caller's address. */
  appConfig?: Partial<typeof testAppConfig> & {
    metricsToken?: string | null;
    publicUrl?: string;
    federation?: { routerSecret: string | null } | null;
  };
  /** Default: silent (TEST_LOG sets a level). */
  log?: Logger;
  /** Serves /metrics from these; made from the test's database, for its pool. */
  metrics?: (database: Database) => Metrics;
  /** The tokens' iss; default http://gateway.test/oidc. A browser test's gateway names its real origin. */
  issuer?: string;
}

/** Counts the password verifications a hasher performs (dummy verifications for unknown accounts aside). */
export function countingHasher(inner: PasswordHasher = fastHasher) {
  const counts = { verified: 0 };
  const hasher: PasswordHasher = {
    hash: (password) => inner.hash(password),
    verify: (passwordHash, password) => {
      counts.verified++;
      return inner.verify(passwordHash, password);
    },
    verifyDummy: (password) => inner.verifyDummy(password),
    needsRehash: (passwordHash) => inner.needsRehash(passwordHash),
  };
  return { hasher, counts };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function openTestDatabase(
  options: Pick<TestGatewayOptions, "databaseUrl" | "onQuery"> = {},
): Promise<Database> {
  const url = options.databaseUrl ?? inject("suiteDatabaseUrl") ?? "pglite:memory";
  const pgliteDataDir = url === "pglite:memory" ? new Blob([await readFile(inject("pgliteSnapshotPath"))]) : undefined;
  return openDatabase(url, { pgliteDataDir, onQuery: options.onQuery, poolSize: 20 });
}

export class TestGateway {
  private constructor(
    readonly database: Database,
    readonly identity: Identity,
    readonly app: ReturnType<typeof createApp>,
    readonly pool: UserPool,
    readonly application: Application,
    readonly applicationSecret: string,
  ) {}

  static async start(options: TestGatewayOptions = {}): Promise<TestGateway> {
    const database = await openTestDatabase(options);
    const identity = createIdentity({
      db: database.prisma,
      sql: database.sql,
      hasher: options.hasher ?? fastHasher,
      clock: options.clock ?? systemClock,
      issuer: options.issuer ?? issuer,
      captchaGenerator: options.captchaGenerator,
      secretsKey: options.secretsKey,
      altchaMaxNumber: options.altchaMaxNumber,
      log: options.log,
      settingsChanges: database.settingsChanges,
      delivery:
        typeof options.delivery === "function"
          ? options.delivery(database.prisma)
          : (options.delivery ?? createOutbox(database.prisma, silentLog)),
    });
    // Every test file gets its own user pool, so files can share one PostgreSQL database.
    const pool = await identity.pools.createUserPool({ name: `test pool ${randomUUID()}`, ...options.pool });
    const { application, secret } = await identity.applications.createApplication(pool.id, { name: "test app" });
    const app = createApp({
      config: { ...testAppConfig, ...options.appConfig },
      identity,
      log: options.log ?? silentLog,
      metrics: options.metrics?.(database),
    });
    return new TestGateway(database, identity, app, pool, application, secret);
  }

  get db() {
    return this.database.prisma;
  }

  /** Runs a typed document; the application header is sent unless `headers` overrides it. */
  async execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TResult>> {
    const response = await this.app.fetch("http://gateway.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": this.application.appId, ...headers },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as { data: TResult; errors?: GraphQLResponse<TResult>["errors"] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  async close(): Promise<void> {
    await this.database.close();
  }
}
