// npm run bench:peer [-- --duration 10 --rounds 3 --connections 8 --session-connections 50]
// The gateway side by side with Better Auth (bench/peer: email + password, the same argon2id through its password
// hook, PostgreSQL, node:http), each on the server core in turn, rounds interleaved: sign-up, sign-in (GraphQL, and
// GenAuth's REST /api/v3/signin), and the session read (the gateway's `me` against Better Auth's get-session).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { describePinning, pinSelfToLoadCore } from "./lib/cores.ts";
import {
  adminAuthorization,
  createUsers,
  freePort,
  graphql,
  startGateway,
  startProcess,
  stopProcess,
} from "./lib/gateway.ts";
import { benchArgs, median, printTable, runLoad, type LoadResult } from "./lib/load.ts";
import { createBenchDatabase } from "./lib/postgres.ts";

pinSelfToLoadCore();
const args = benchArgs(process.argv);
const sessionConnections = (() => {
  const index = process.argv.indexOf("--session-connections");
  return index >= 0 ? Number(process.argv[index + 1]) : 50;
})();
const password = "correct horse battery staple";
const userCount = 200;

const peerDir = new URL("./peer/", import.meta.url).pathname;
if (!existsSync(`${peerDir}node_modules/better-auth`)) {
  process.stdout.write("installing the peer (bench/peer: better-auth)...\n");
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: peerDir, stdio: "inherit" });
}

const gatewayDb = await createBenchDatabase("bench_peer_gw");
const peerDb = await createBenchDatabase("bench_peer_ba");
const gateway = await startGateway(gatewayDb.url);
const peerPort = await freePort();
const peer = await startProcess(
  ["--import", "tsx", "bench/peer/server.ts"],
  { DATABASE_URL: peerDb.url, PORT: String(peerPort) },
  /listening/,
);
const peerUrl = `http://127.0.0.1:${peerPort}`;
const peerHeaders = { origin: peerUrl };
try {
  process.stdout.write(
    `peer benchmark (gateway vs Better Auth 1.7.24): ${describePinning()}; ${args.rounds} rounds of ${args.durationSecs} s, ${args.connections} connections (${sessionConnections} for sessions)\n`,
  );
  // Same starting point: 200 users each, the same password, the per-IP sign-up cap lifted on the gateway.
  const sql = new pg.Client({ connectionString: gatewayDb.url });
  await sql.connect();
  await sql.query(`UPDATE "UserPool" SET "registrationsPerIpPerHour" = 100000000`);
  await sql.end();
  await createUsers(gateway, await adminAuthorization(gateway), "user", userCount, password);
  for (let i = 0; i < userCount; i++) {
    const response = await fetch(`${peerUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", ...peerHeaders },
      body: JSON.stringify({ email: `user-${i}@example.com`, password, name: `user ${i}` }),
    });
    if (!response.ok) throw new Error(`peer sign-up failed: ${response.status} ${await response.text()}`);
  }

  const signedIn = await graphql<{ signInByAccountPassword: { tokenSet: { access_token: string } } }>(
    gateway.url,
    `mutation($account: String!, $password: String!) { signInByAccountPassword(account: $account, password: $password) { ... on SignInSuccess { tokenSet { access_token } } } }`,
    { account: "user-0", password },
    { "x-authing-app-id": gateway.appId },
  );
  const bearer = `Bearer ${signedIn.signInByAccountPassword.tokenSet.access_token}`;
  const peerSignIn = await fetch(`${peerUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", ...peerHeaders },
    body: JSON.stringify({ email: "user-0@example.com", password }),
  });
  const cookie = (peerSignIn.headers.getSetCookie?.() ?? []).map((value) => value.split(";")[0]).join("; ");
  const session = (await (await fetch(`${peerUrl}/api/auth/get-session`, { headers: { cookie } })).json()) as {
    user?: { email: string };
  } | null;
  if (session?.user?.email !== "user-0@example.com")
    throw new Error(`peer get-session does not answer: ${JSON.stringify(session)}`);

  const restSignIn = (await (
    await fetch(`${gateway.url}/api/v3/signin`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": gateway.appId },
      body: JSON.stringify({ connection: "PASSWORD", passwordPayload: { account: "user-0", password } }),
    })
  ).json()) as { statusCode: number; data?: { access_token?: string } };
  if (restSignIn.statusCode !== 200 || !restSignIn.data?.access_token)
    throw new Error(`REST sign-in does not answer: ${JSON.stringify(restSignIn)}`);

  let signUps = 0;
  let signIns = 0;
  const gql = (query: string) => ({
    url: `${gateway.url}/graphql`,
    headers: { "x-authing-app-id": gateway.appId },
    query,
  });
  /** Better Auth's email sign-in: the peer side of both the GraphQL and the REST sign-in. */
  const loadPeerSignIn = (durationSecs: number) =>
    runLoad({
      url: `${peerUrl}/api/auth/sign-in/email`,
      headers: peerHeaders,
      durationSecs,
      connections: args.connections,
      body: () => JSON.stringify({ email: `user-${signIns++ % userCount}@example.com`, password }),
    });
  const workloads: {
    name: string;
    gateway: (secs: number) => Promise<LoadResult>;
    peer: (secs: number) => Promise<LoadResult>;
  }[] = [
    {
      name: "sign-up",
      gateway: (durationSecs) => {
        const { url, headers, query } = gql(
          `mutation($u: String!, $p: String!) { signUpByUsernamePassword(username: $u, password: $p) { __typename } }`,
        );
        return runLoad({
          url,
          headers,
          durationSecs,
          connections: args.connections,
          body: () => JSON.stringify({ query, variables: { u: `new-${signUps++}`, p: password } }),
        });
      },
      peer: (durationSecs) =>
        runLoad({
          url: `${peerUrl}/api/auth/sign-up/email`,
          headers: peerHeaders,
          durationSecs,
          connections: args.connections,
          body: () => JSON.stringify({ email: `new-${signUps++}@example.com`, password, name: "new" }),
        }),
    },
    {
      name: "sign-in",
      gateway: (durationSecs) => {
        const { url, headers, query } = gql(
          `mutation($a: String!, $p: String!) { signInByAccountPassword(account: $a, password: $p) { __typename } }`,
        );
        return runLoad({
          url,
          headers,
          durationSecs,
          connections: args.connections,
          body: () => JSON.stringify({ query, variables: { a: `user-${signIns++ % userCount}`, p: password } }),
        });
      },
      peer: loadPeerSignIn,
    },
    {
      // GenAuth's REST sign-in (what the official SDKs call) on the same users, against the same peer sign-in.
      name: "REST sign-in (/api/v3/signin)",
      gateway: (durationSecs) =>
        runLoad({
          url: `${gateway.url}/api/v3/signin`,
          headers: { "x-authing-app-id": gateway.appId },
          durationSecs,
          connections: args.connections,
          body: () =>
            JSON.stringify({
              connection: "PASSWORD",
              passwordPayload: { account: `user-${signIns++ % userCount}`, password },
            }),
        }),
      peer: loadPeerSignIn,
    },
    {
      name: "session (me / get-session)",
      gateway: (durationSecs) => {
        const { url, headers, query } = gql("{ me { ... on User { userId username } } }");
        return runLoad({
          url,
          headers: { ...headers, authorization: bearer },
          durationSecs,
          connections: sessionConnections,
          body: JSON.stringify({ query }),
        });
      },
      peer: (durationSecs) =>
        runLoad({
          url: `${peerUrl}/api/auth/get-session`,
          method: "GET",
          headers: { cookie },
          durationSecs,
          connections: sessionConnections,
        }),
    },
  ];

  for (const workload of workloads) {
    await workload.gateway(args.warmupSecs);
    await workload.peer(args.warmupSecs);
  }
  const rows: (string | number)[][] = [
    ["operation", "gateway req/s", "peer req/s", "gateway / peer", "gateway p99 ms", "peer p99 ms", "errors"],
  ];
  const summary: string[] = [];
  for (const workload of workloads) {
    const ours: LoadResult[] = [];
    const theirs: LoadResult[] = [];
    for (let round = 0; round < args.rounds; round++) {
      ours.push(await workload.gateway(args.durationSecs));
      theirs.push(await workload.peer(args.durationSecs));
    }
    const oursRate = median(ours.map((result) => result.requestsPerSec));
    const theirsRate = median(theirs.map((result) => result.requestsPerSec));
    const errors = [...ours, ...theirs].reduce((sum, result) => sum + result.errors + result.non2xx, 0);
    rows.push([
      workload.name,
      oursRate,
      theirsRate,
      `${(oursRate / theirsRate).toFixed(2)}x`,
      median(ours.map((r) => r.p99)),
      median(theirs.map((r) => r.p99)),
      errors,
    ]);
    summary.push(`${workload.name} ${(oursRate / theirsRate).toFixed(2)}x`);
  }
  printTable(rows);
  process.stdout.write(`gateway / Better Auth (medians): ${summary.join(", ")}; target for the session read >= 2x\n`);
} finally {
  await stopProcess(peer.child);
  await gateway.stop();
  await gatewayDb.drop();
  await peerDb.drop();
}
