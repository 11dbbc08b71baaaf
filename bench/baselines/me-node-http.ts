// The `me` baseline: plain node:http + jose + one indexed SELECT, the least a `me` endpoint can do. Verifies the
// access token against the gateway's JWKS (fetched once), reads the user by id with a prepared statement, answers
// GraphQL-shaped JSON.
// Env: DATABASE_URL, JWKS_URL, ISSUER, PORT. Prints "listening" when ready.
import { createServer } from "node:http";
import { createLocalJWKSet, jwtVerify } from "jose";
import pg from "pg";

const jwks = createLocalJWKSet(await (await fetch(process.env.JWKS_URL!)).json());
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const issuer = process.env.ISSUER!;

const server = createServer(async (request, response) => {
  for await (const _chunk of request);
  try {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
    const { payload } = await jwtVerify(token, jwks, { issuer, algorithms: ["RS256", "ES256"] });
    // Prepared once per connection, as the gateway's statements are.
    const { rows } = await pool.query({
      name: "me",
      text: `SELECT id, username, email, status FROM "User" WHERE id = $1`,
      values: [payload.sub],
    });
    const user = rows[0];
    response.writeHead(user ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify({ data: { me: user ? { userId: user.id, username: user.username } : null } }));
  } catch {
    response.writeHead(401, { "content-type": "application/json" });
    response.end('{"errors":[{"message":"invalid token"}]}');
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\n"));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
