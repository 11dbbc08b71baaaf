// createIdentity(deps): the transport-free identity core, wired from a database, a clock and a hasher.
import type { Db } from "../db/index.ts";
import { createApplicationService } from "./applications/application-service.ts";
import { createAuthentication } from "./authentication.ts";
import { systemClock, type Clock } from "./clock.ts";
import type { PasswordHasher } from "./credentials/hasher.ts";
import { createLoginFailureCounter } from "./credentials/login-failures.ts";
import { createPasswordSignIn } from "./credentials/password-sign-in.ts";
import { createBootstrap } from "./pools/bootstrap.ts";
import { createUserPoolService } from "./pools/pool-service.ts";
import { createSigningKeyStore } from "./tokens/signing-keys.ts";
import { createTokenService } from "./tokens/token-service.ts";
import { createUserService } from "./users/user-service.ts";

export interface IdentityDeps {
  db: Db;
  hasher: PasswordHasher;
  clock?: Clock;
  /** The `iss` of every token: the public base URL + /oidc. */
  issuer: string;
}

export function createIdentity({ db, hasher, clock = systemClock, issuer }: IdentityDeps) {
  const keys = createSigningKeyStore({ db, clock });
  const tokens = createTokenService({ db, clock, keys, issuer });
  const users = createUserService({ db, clock, hasher });
  const failures = createLoginFailureCounter({ db, clock });
  const passwordSignIn = createPasswordSignIn({ db, clock, hasher, users, failures });
  const applications = createApplicationService({ db, clock });
  const authentication = createAuthentication({ users, passwordSignIn, tokens });
  const pools = createUserPoolService({ db, clock, keys });
  const bootstrap = createBootstrap({ db, clock, keys, applications, pools });
  return { db, clock, keys, tokens, users, applications, authentication, pools, bootstrap };
}

export type Identity = ReturnType<typeof createIdentity>;
export * from "./errors.ts";
