// PostgreSQL-only: two real gateway processes (`npm start`'s bundle) on one database, as a load balancer would
// spread one user's and one attacker's requests. Nothing a second instance needs may live in one process's memory:
// a sign-in on one refreshes on the other, a refresh token spent on one is spent on both, a lockout earned across
// both holds on both, and an administrator's settings change through one is what the other applies next. Each
// process caches applications, pools and signing keys; the settings-change feed (LISTEN/NOTIFY) keeps them right.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createFreshPostgresDatabase } from "../helpers/postgres.ts";
import { projectRoot, startServerProcess } from "../helpers/server-process.ts";

const postgresUrl = inject("postgresUrl");
const skipReason = inject("postgresUnavailableReason");
const password = "a long enough passphrase";

type Answer = Record<string, unknown> & { __typename: string };

describe.skipIf(!postgresUrl)(`two gateway processes${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let database: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  let first: ReturnType<typeof startServerProcess>;
  let second: ReturnType<typeof startServerProcess>;
  const origins: string[] = [];
  let appId: string;
  let adminToken: string;
  let env: Record<string, string>;

  /** A statement as an operator would type it in psql: no gateway process sees it coming. */
  async function psql(statement: string, values: unknown[] = []) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return await client.query(statement, values);
    } finally {
      await client.end();
    }
  }

  /** One operation on instance 0 or 1 (`instance % 2`), as the application; the root field's answer. */
  async function call(instance: number, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const response = await fetch(`${origins[instance % 2]}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-authing-app-id": appId,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, Answer>; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body));
    return Object.values(body.data)[0]!;
  }

  const signIn = (instance: number, account: string, secret = password) =>
    call(
      instance,
      `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p, options: { scope: "openid offline_access" }) {
        __typename ... on SignInSuccess { tokenSet { access_token refresh_token expire_in } } } }`,
      { a: account, p: secret },
    );
  const signUp = (instance: number, username: string) =>
    call(
      instance,
      `mutation($u: String!, $p: String!) { signUpByUsernamePassword(username: $u, password: $p) { __typename } }`,
      { u: username, p: password },
    );
  const refresh = (instance: number, refreshToken: string) =>
    call(
      instance,
      `mutation($r: String!) { refreshToken(refreshToken: $r) { __typename ... on TokenSet { access_token refresh_token } } }`,
      { r: refreshToken },
    );
  const me = (instance: number, token: string) =>
    call(instance, "{ me { __typename ... on User { username } } }", {}, token);

  beforeAll(async () => {
    database = await createFreshPostgresDatabase();
    env = { DATABASE_URL: database.url, SECRETS_KEY: randomBytes(32).toString("hex"), LOG_LEVEL: "warn" };
    // The first creates the default pool; the second, started after, finds it.
    first = startServerProcess(env);
    const started = await first.ready;
    second = startServerProcess(env);
    origins.push(started.origin, (await second.ready).origin);
    appId = started.appId;
    const accessKeyId = /AK: (\S+)/.exec(first.output())![1]!;
    const accessKeySecret = /SK: (\S+)/.exec(first.output())![1]!;
    const token = await call(
      1,
      `mutation($id: String!, $secret: String!) { getManagementToken(accessKeyId: $id, accessKeySecret: $secret) {
        __typename ... on ManagementToken { access_token } } }`,
      { id: accessKeyId, secret: accessKeySecret },
    );
    adminToken = token.access_token as string;
    // Ten failures lock, with no captcha before (a process's captcha text cannot be read from here).
    await psql(`UPDATE "UserPool" SET "captchaAfterFailures" = 10, "lockAfterFailures" = 10`);
    for (const username of ["traveller", "victim"]) expect((await signUp(0, username)).__typename).toBe("User");
  }, 120_000);

  afterAll(async () => {
    for (const server of [first, second]) server?.child.kill("SIGTERM");
    await Promise.all([first?.exited, second?.exited]);
    await database?.drop();
  });

  it("signs in on one and refreshes on the other; the spent refresh token is spent on both", async () => {
    const signedIn = await signIn(0, "traveller");
    const { refresh_token: original } = signedIn.tokenSet as { refresh_token: string };
    const refreshed = await refresh(1, original);
    expect(refreshed.__typename).toBe("TokenSet");
    expect(await me(0, refreshed.access_token as string)).toEqual({ __typename: "User", username: "traveller" });
    // The spent token, on either instance: refused (within seconds of its rotation, as a lost race, so the
    // winner's new token still refreshes; the reuse detection's revocation has its own tests).
    for (const instance of [0, 1]) expect((await refresh(instance, original)).__typename).toBe("InvalidGrantError");
    expect((await refresh(0, refreshed.refresh_token as string)).__typename).toBe("TokenSet");
  });

  it("locks an account for 60 parallel wrong passwords spread over both: at most 10 are checked", async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(i, "victim", `wrong ${i}`)));
    const tally: Record<string, number> = {};
    for (const answer of answers) tally[answer.__typename] = (tally[answer.__typename] ?? 0) + 1;
    expect(tally.InvalidCredentialsError).toBeLessThanOrEqual(10);
    expect(tally.AccountLockedError).toBeGreaterThanOrEqual(50);
    // The right password, on each instance: locked on both.
    for (const instance of [0, 1]) expect((await signIn(instance, "victim")).__typename).toBe("AccountLockedError");
  });

  const tokenSetOn = async (instance: number) =>
    (await signIn(instance, "traveller")).tokenSet as { access_token: string; expire_in: number };
  const lifetimeOn = async (instance: number) => (await tokenSetOn(instance)).expire_in;

  it("applies an administrator's settings change made through one on the other's next request", async () => {
    // Both hold the application in memory before the change.
    for (const instance of [0, 1]) await lifetimeOn(instance);
    const updated = await call(
      0,
      `mutation($app: String!) { updateApplication(appId: $app, input: { accessTokenLifetimeSecs: 600 }) {
        __typename ... on Application { accessTokenLifetimeSecs } } }`,
      { app: appId },
      adminToken,
    );
    expect(updated).toEqual({ __typename: "Application", accessTokenLifetimeSecs: 600 });
    expect(await lifetimeOn(1)).toBe(600);
    await call(
      1,
      `mutation($app: String!) { updateApplication(appId: $app, input: { accessTokenLifetimeSecs: 1200 }) { __typename } }`,
      { app: appId },
      adminToken,
    );
    expect(await lifetimeOn(0)).toBe(1200);
  });

  it("applies a change made in psql, behind both, as soon as PostgreSQL reports it", async () => {
    for (const instance of [0, 1]) expect(await lifetimeOn(instance)).toBe(1200);
    await psql(`UPDATE "Application" SET "accessTokenLifetimeSecs" = 900 WHERE "appId" = $1`, [appId]);
    // The notification leaves at commit, on another connection: within milliseconds, never a cache's lifetime.
    for (const instance of [0, 1])
      await vi.waitFor(async () => expect(await lifetimeOn(instance)).toBe(900), { timeout: 1_000, interval: 5 });
  });

  it("a withdrawn signing key stops verifying, and stops signing, on both at once", async () => {
    const stolen = (await tokenSetOn(0)).access_token;
    // Both have verified it (and remember that they did) and hold the key that signed it.
    for (const instance of [0, 1]) expect((await me(instance, stolen)).__typename).toBe("User");
    const [oldKey] = (await psql(`SELECT "kid" FROM "SigningKey" WHERE "retiredAt" IS NULL`)).rows as { kid: string }[];
    // The incident: a new key that signs at once, then the old one deleted.
    const rotation = spawn(process.execPath, ["--import", "tsx", "scripts/rotate-signing-key.ts", "--lead", "0"], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: "test", ...env },
      stdio: "ignore",
    });
    expect(await new Promise((resolve) => rotation.on("exit", resolve))).toBe(0);
    await psql(`DELETE FROM "SigningKey" WHERE "kid" = $1`, [oldKey!.kid]);
    for (const instance of [0, 1])
      await vi.waitFor(async () => expect((await me(instance, stolen)).__typename).not.toBe("User"), {
        timeout: 1_000,
        interval: 5,
      });
    // New tokens come from the new key on both, and each verifies the other's.
    const fresh = (await tokenSetOn(1)).access_token;
    const kidOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()).kid;
    expect(kidOf(fresh)).not.toBe(oldKey!.kid);
    expect((await me(0, fresh)).__typename).toBe("User");
    expect((await me(1, (await tokenSetOn(0)).access_token)).__typename).toBe("User");
  }, 30_000);
});
