// First start: a default user pool with a signing key, a demo application and the pool's access key pair.
// Secrets are stored as digests (the access key's also sealed, given SECRETS_KEY) and returned once for printing.
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { ApplicationService } from "../applications/application-service.ts";
import { isUniqueViolation } from "../db-errors.ts";
import type { AccessKeys } from "../management/access-keys.ts";
import type { SigningKeyStore } from "../tokens/signing-keys.ts";
import type { UserPoolService } from "./pool-service.ts";

export const defaultUserPoolId = "default";

export interface BootstrapResult {
  pool: UserPool;
  /** Present only on the start that created them. */
  created?: {
    application?: { appId: string; secret: string; name: string };
    accessKey: { accessKeyId: string; accessKeySecret: string };
  };
}

export function createBootstrap(deps: {
  db: Db;
  keys: SigningKeyStore;
  applications: ApplicationService;
  pools: UserPoolService;
  accessKeys: AccessKeys;
}) {
  const { db, keys, applications, pools, accessKeys } = deps;

  async function ensureDefaultUserPool(options: { demoApplication: boolean }): Promise<BootstrapResult> {
    const existing = await db.userPool.findUnique({ where: { id: defaultUserPoolId } });
    if (existing) {
      await keys.ensureSigningKey(existing.id, existing.signingAlg);
      return { pool: existing };
    }
    let pool: UserPool;
    try {
      // A fixed id makes concurrent first starts of several instances agree on one pool.
      pool = await pools.createUserPool({ id: defaultUserPoolId, name: "Default user pool", isDefault: true });
    } catch (error) {
      if (isUniqueViolation(error)) return ensureDefaultUserPool(options);
      throw error;
    }
    const { accessKey, accessKeySecret } = await accessKeys.insertAccessKey(db, pool.id);
    const name = "Demo application";
    const demo = options.demoApplication
      ? await applications.createApplication(pool.id, {
          name,
          isDemo: true,
          redirectUris: ["http://localhost:3000/callback"],
        })
      : null;
    return {
      pool,
      created: {
        application: demo ? { appId: demo.application.appId, secret: demo.secret, name } : undefined,
        accessKey: { accessKeyId: accessKey.accessKeyId, accessKeySecret },
      },
    };
  }

  return { ensureDefaultUserPool };
}
