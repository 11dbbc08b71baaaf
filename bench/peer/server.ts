// The peer: Better Auth (email + password) on PostgreSQL, hashing with the gateway's own argon2id through its
// password hook, served by node:http. Env: DATABASE_URL, PORT. Creates its tables, then prints "listening".
import { createServer } from "node:http";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { toNodeHandler } from "better-auth/node";
import pg from "pg";
import { createArgon2Hasher, defaultArgon2Parameters } from "../../src/identity/credentials/hasher.ts";

const hasher = createArgon2Hasher(defaultArgon2Parameters);
const port = Number(process.env.PORT);
const auth = betterAuth({
  database: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }),
  baseURL: `http://127.0.0.1:${port}`,
  secret: "a benchmark secret that is long enough to pass the checks",
  emailAndPassword: {
    enabled: true,
    password: {
      hash: (password) => hasher.hash(password),
      verify: ({ hash, password }) => hasher.verify(hash, password),
    },
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  logger: { level: "error" },
});
await (await getMigrations(auth.options)).runMigrations();

const server = createServer(toNodeHandler(auth));
server.listen(port, "127.0.0.1", () => process.stdout.write("listening\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
