// The gateway's core opened on a benchmark's database by a script of its own (no HTTP): the same keys, sealed
// under the gateway's SECRETS_KEY, and the same application. DATABASE_URL, SECRETS_KEY, ISSUER and APP_ID come
// from the environment.
import { openDatabase } from "../../src/db/index.ts";
import { createArgon2Hasher, defaultArgon2Parameters } from "../../src/identity/credentials/hasher.ts";
import { createIdentity } from "../../src/identity/index.ts";

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is needed`);
  return value;
}

export async function openCoreIdentity() {
  const database = await openDatabase(requiredEnv("DATABASE_URL"), { migrate: false, poolSize: 10 });
  const refused = async () => {
    throw new Error("no messages in a benchmark");
  };
  const identity = createIdentity({
    db: database.prisma,
    sql: database.sql,
    hasher: createArgon2Hasher(defaultArgon2Parameters),
    issuer: requiredEnv("ISSUER"),
    delivery: { sendEmail: refused, sendSms: refused },
    secretsKey: Buffer.from(requiredEnv("SECRETS_KEY"), "hex"),
    settingsChanges: database.settingsChanges,
  });
  const application = await database.prisma.application.findUniqueOrThrow({
    where: { appId: requiredEnv("APP_ID") },
    include: { userPool: true },
  });
  return { database, identity, application };
}
