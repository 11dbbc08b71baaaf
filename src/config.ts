// The only reader of process.env: every setting, its default and its validation live here (README lists them).
import { availableParallelism } from "node:os";
import type { SmsWebhookSettings } from "./delivery/sms-webhook.ts";
import type { SmtpSettings } from "./delivery/smtp.ts";
import { parseSecretsKey } from "./identity/secret-box.ts";

/** 1 MiB: a full createUsersBatch (100 users with profiles) is ~100 KiB. */
export const defaultMaxRequestBodyBytes = 1024 * 1024;

export interface Config {
  databaseUrl: string;
  databasePoolSize: number;
  /** Prepare each distinct SQL statement once per PostgreSQL connection (DATABASE_PREPARED_STATEMENTS). */
  databasePreparedStatements: boolean;
  /** DATABASE_LISTEN_URL: where the settings-change feed LISTENs; undefined: DATABASE_URL's rule (src/db/adapters.ts). */
  databaseListenUrl?: string;
  /** Larger request bodies get HTTP 413 (MAX_REQUEST_BODY_BYTES). */
  maxRequestBodyBytes: number;
  host: string;
  port: number;
  publicUrl: string;
  production: boolean;
  graphiql: boolean;
  introspection: boolean;
  corsOrigins: string[];
  trustProxy: boolean;
  logLevel: string;
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
  /** Argon2 hashes computed at once (the rest queue): by default the cores this process may use. */
  hashConcurrency: number;
  createDemoApplication: boolean;
  /** Unset: emails go to the development outbox. */
  smtp: SmtpSettings | null;
  /** Unset: text messages go to the development outbox. */
  smsWebhook: SmsWebhookSettings | null;
  /** The devOutbox query (reads passcodes sent to the outbox); never in production. */
  devOutboxQuery: boolean;
  shutdownTimeoutMs: number;
  /** GET /metrics (Prometheus) is served (METRICS, default on). */
  metrics: boolean;
  /** When set, /metrics wants `Authorization: Bearer <METRICS_TOKEN>` (at least 16 characters). */
  metricsToken: string | null;
  /**
   * Served as an Apollo Federation v2 subgraph (FEDERATION): `_service` and `_entities` answer only requests whose
   * x-router-secret header is FEDERATION_ROUTER_SECRET, when it is set (production requires it). null: not a subgraph.
   */
  federation: { routerSecret: string | null } | null;
  /** 32 bytes that seal secrets the gateway must read back (access key secrets for signed requests); null: off. */
  secretsKey: Buffer | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

export class SettingsFileError extends Error {}

/**
 * Settings from `.env` (or the file ENV_FILE names) when it exists: variables already set in the environment win,
 * so a deployment's own settings are never overridden by a file left in the folder. The server and the local
 * commands read the same settings this way.
 */
export function loadEnvFile(): void {
  const file = process.env.ENV_FILE || ".env";
  try {
    process.loadEnvFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && !process.env.ENV_FILE) return;
    throw new SettingsFileError(`the settings file ${file} could not be read (${(error as Error).message})`);
  }
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === "") return fallback;
    if (["1", "true", "yes", "on"].includes(raw)) return true;
    if (["0", "false", "no", "off"].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };

  const production = env.NODE_ENV === "production";
  const port = integer("PORT", 4000, 0, 65535);
  const host = env.HOST || "127.0.0.1";
  const databaseUrl = env.DATABASE_URL || "pglite:./data/pglite";
  if (!/^(pglite:.+|postgres(ql)?:\/\/.+)$/.test(databaseUrl)) {
    problems.push("DATABASE_URL must be pglite:<directory>, pglite:memory or postgresql://user@host:port/database");
  }
  if (env.DATABASE_LISTEN_URL && !/^postgres(ql)?:\/\/.+$/.test(env.DATABASE_LISTEN_URL)) {
    problems.push(
      "DATABASE_LISTEN_URL must be postgresql://user@host:port/database: DATABASE_URL's database, reached directly or through a session-mode pooler",
    );
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  try {
    const parsed = new URL(publicUrl);
    if (!/^https?:$/.test(parsed.protocol)) problems.push("PUBLIC_URL must be an http(s) URL");
  } catch {
    problems.push(`PUBLIC_URL must be an absolute URL (got "${publicUrl}")`);
  }
  const corsOrigins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin === "*") problems.push("CORS_ORIGINS may not be *: list the origins allowed to call the gateway");
  }

  let smtp: SmtpSettings | null = null;
  if (env.SMTP_HOST) {
    const secure = flag("SMTP_SECURE", false);
    smtp = {
      host: env.SMTP_HOST,
      port: integer("SMTP_PORT", secure ? 465 : 587, 1, 65535),
      secure,
      requireTls: flag("SMTP_REQUIRE_TLS", false),
      user: env.SMTP_USER || undefined,
      password: env.SMTP_PASSWORD || undefined,
      from: env.SMTP_FROM || "Identity Gateway <no-reply@localhost>",
      allowInvalidCertificates: flag("SMTP_ALLOW_INVALID_CERTIFICATES", false),
    };
  }
  let smsWebhook: SmsWebhookSettings | null = null;
  if (env.SMS_WEBHOOK_URL) {
    if (!/^https?:\/\//.test(env.SMS_WEBHOOK_URL)) problems.push("SMS_WEBHOOK_URL must be an http(s) URL");
    if (!env.SMS_WEBHOOK_SECRET || env.SMS_WEBHOOK_SECRET.length < 16) {
      problems.push(
        "SMS_WEBHOOK_SECRET (at least 16 characters) is required with SMS_WEBHOOK_URL: it signs each request",
      );
    }
    smsWebhook = {
      url: env.SMS_WEBHOOK_URL,
      secret: env.SMS_WEBHOOK_SECRET ?? "",
      timeoutMs: integer("SMS_WEBHOOK_TIMEOUT_MS", 5000, 100, 60_000),
    };
  }

  const logLevel = env.LOG_LEVEL?.trim().toLowerCase() || (env.NODE_ENV === "test" ? "silent" : "info");
  const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  if (!logLevels.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(", ")} (got "${env.LOG_LEVEL}")`);

  let secretsKey: Buffer | null = null;
  if (env.SECRETS_KEY) {
    secretsKey = parseSecretsKey(env.SECRETS_KEY);
    if (!secretsKey)
      problems.push("SECRETS_KEY must be 32 random bytes as 64 hex characters or base64 (openssl rand -hex 32)");
  } else if (production) {
    // Without it signing keys, access key secrets and passcode digests would rest unsealed in the database.
    problems.push(
      "SECRETS_KEY is required in production (openssl rand -hex 32): it seals signing keys and secrets at rest",
    );
  }

  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && metricsToken.length < 16)
    problems.push("METRICS_TOKEN must be at least 16 characters (or unset, for an open /metrics)");

  let federation: Config["federation"] = null;
  if (flag("FEDERATION", false)) {
    const routerSecret = env.FEDERATION_ROUTER_SECRET || null;
    if (routerSecret !== null && routerSecret.length < 32)
      problems.push("FEDERATION_ROUTER_SECRET must be at least 32 characters (openssl rand -hex 32)");
    // Without it anyone who reaches the gateway reads the subgraph's SDL and resolves users by id as the router.
    if (routerSecret === null && production)
      problems.push("FEDERATION_ROUTER_SECRET is required in production with FEDERATION on: the router sends it");
    federation = { routerSecret };
  } else if (env.FEDERATION_ROUTER_SECRET) {
    problems.push("FEDERATION_ROUTER_SECRET is set but FEDERATION is off: turn FEDERATION on or unset the secret");
  }

  const config: Config = {
    databaseUrl,
    databasePoolSize: integer("DATABASE_POOL_SIZE", 10, 1, 200),
    databasePreparedStatements: flag("DATABASE_PREPARED_STATEMENTS", true),
    ...(env.DATABASE_LISTEN_URL ? { databaseListenUrl: env.DATABASE_LISTEN_URL } : {}),
    host,
    port,
    publicUrl,
    production,
    graphiql: flag("GRAPHIQL", !production),
    introspection: flag("INTROSPECTION", !production),
    corsOrigins,
    trustProxy: flag("TRUST_PROXY", false),
    maxRequestBodyBytes: integer("MAX_REQUEST_BODY_BYTES", defaultMaxRequestBodyBytes, 1024, 100 * 1024 * 1024),
    logLevel,
    argon2: {
      memoryCost: integer("ARGON2_MEMORY_KIB", 19456, 8, 4 * 1024 * 1024),
      timeCost: integer("ARGON2_TIME_COST", 2, 1, 100),
      parallelism: integer("ARGON2_PARALLELISM", 1, 1, 16),
    },
    hashConcurrency: integer("HASH_CONCURRENCY", availableParallelism(), 1, 256),
    createDemoApplication: flag("CREATE_DEMO_APPLICATION", true),
    smtp,
    smsWebhook,
    devOutboxQuery: !production && flag("DEV_OUTBOX_QUERY", true),
    shutdownTimeoutMs: integer("SHUTDOWN_TIMEOUT_MS", 15_000, 100, 600_000),
    secretsKey,
    federation,
    metrics: flag("METRICS", true),
    metricsToken,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
