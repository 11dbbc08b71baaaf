// The user pools' signing keys, kept in the database so every gateway instance signs with and publishes the
// same keys. Imported keys are cached briefly: a rotation reaches every instance within `cacheMs`.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { Db } from "../../db/index.ts";
import type { SigningAlg } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";

type Key = CryptoKey | Uint8Array;

export interface ActiveSigningKey {
  kid: string;
  alg: SigningAlg;
  privateKey: Key;
}

export interface VerificationKey {
  kid: string;
  alg: SigningAlg;
  userPoolId: string;
  publicKey: Key;
}

export interface SigningKeyStoreDeps {
  db: Db;
  clock: Clock;
  cacheMs?: number;
}

export function createSigningKeyStore({ db, clock, cacheMs = 60_000 }: SigningKeyStoreDeps) {
  const activeCache = new Map<string, { expires: number; key: Promise<ActiveSigningKey | null> }>();
  const publicCache = new Map<string, { expires: number; key: Promise<VerificationKey | null> }>();

  function cached<T>(cache: Map<string, { expires: number; key: Promise<T> }>, id: string, load: () => Promise<T>) {
    const now = Date.now();
    const hit = cache.get(id);
    if (hit && hit.expires > now) return hit.key;
    const key = load();
    cache.set(id, { expires: now + cacheMs, key });
    key.then(
      (value) => value ?? cache.delete(id),
      () => cache.delete(id),
    );
    return key;
  }

  async function createSigningKey(userPoolId: string, alg: SigningAlg, activatesAt = clock.now()) {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateJwk = await exportJWK(privateKey);
    const record = { kid, alg, use: "sig" };
    await db.signingKey.create({
      data: {
        kid,
        userPoolId,
        alg,
        publicJwk: { ...publicJwk, ...record },
        privateJwk: { ...privateJwk, ...record },
        createdAt: clock.now(),
        activatesAt,
      },
    });
    activeCache.delete(userPoolId);
    return kid;
  }

  /** Creates the pool's first key when it has none (first start). */
  async function ensureSigningKey(userPoolId: string, alg: SigningAlg): Promise<void> {
    const existing = await db.signingKey.count({ where: { userPoolId, status: "ACTIVE" } });
    if (existing === 0) await createSigningKey(userPoolId, alg);
  }

  function activeSigningKey(userPoolId: string): Promise<ActiveSigningKey | null> {
    return cached(activeCache, userPoolId, async () => {
      const row = await db.signingKey.findFirst({
        where: { userPoolId, status: "ACTIVE", activatesAt: { lte: clock.now() } },
        orderBy: { activatesAt: "desc" },
      });
      if (!row) return null;
      return { kid: row.kid, alg: row.alg, privateKey: await importJWK(row.privateJwk as JWK, row.alg) };
    });
  }

  function verificationKey(kid: string): Promise<VerificationKey | null> {
    return cached(publicCache, kid, async () => {
      const row = await db.signingKey.findUnique({ where: { kid } });
      if (!row) return null;
      return { kid, alg: row.alg, userPoolId: row.userPoolId, publicKey: await importJWK(row.publicJwk as JWK, row.alg) };
    });
  }

  /** Every published key: active ones, including those not yet signing, and retired ones kept for verification. */
  async function jwks(): Promise<{ keys: JWK[] }> {
    const rows = await db.signingKey.findMany({ orderBy: [{ userPoolId: "asc" }, { activatesAt: "desc" }] });
    return { keys: rows.map((row) => row.publicJwk as JWK) };
  }

  return { createSigningKey, ensureSigningKey, activeSigningKey, verificationKey, jwks };
}

export type SigningKeyStore = ReturnType<typeof createSigningKeyStore>;
