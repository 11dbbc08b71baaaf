// npm run keys:rotate -- [--pool <userPoolId>] [--lead <seconds>]
// Publishes a new signing key for the pool; it starts signing after the lead time (default 300 s), and the old
// key stays in the JWKS until the tokens it signed have expired. With the embedded database, stop the server
// first (a PGlite directory can be opened by one process only).
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/index.ts";
import { systemClock } from "../src/identity/clock.ts";
import { defaultUserPoolId } from "../src/identity/pools/bootstrap.ts";
import { createSecretBox } from "../src/identity/secret-box.ts";
import { createSigningKeyStore } from "../src/identity/tokens/signing-keys.ts";

const { values } = parseArgs({ options: { pool: { type: "string" }, lead: { type: "string" } } });
const lead = values.lead === undefined ? 300 : Number(values.lead);
if (!Number.isInteger(lead) || lead < 0) {
  console.error("--lead takes a whole number of seconds");
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config.databaseUrl, { migrate: true });
try {
  const secretBox = config.secretsKey ? createSecretBox(config.secretsKey) : null;
  const keys = createSigningKeyStore({ db: database.prisma, clock: systemClock, secretBox });
  const { kid, activatesAt } = await keys.rotateSigningKey(values.pool ?? defaultUserPoolId, { publishLeadSecs: lead });
  console.log(`New signing key ${kid} is published now and signs from ${activatesAt.toISOString()}.`);
} finally {
  await database.close();
}
process.exit(0);
