// The user pools' signing keys, kept in the database so every gateway instance signs with and publishes the
// same keys. Imported keys are cached: a rotation or a withdrawn key reaches every instance as soon as the
// settings-change feed reports it (src/db/settings-changes.ts), and within `cacheMs` should it not. With a
// SECRETS_KEY the private halves are sealed (src/identity/secret-box.ts): a database dump alone cannot sign tokens.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { Db } from "../../db/index.ts";
import { noSettingsChanges, type SettingsChanges } from "../../db/settings-changes.ts";
import type { SigningAlg } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";
import type { SecretBox } from "../secret-box.ts";

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
  verifyUntil: Date | null;
}

export interface SigningKeyStoreDeps {
  db: Db;
  clock: Clock;
  cacheMs?: number;
  /** Seals private keys at rest; without it (development) they are stored as plain JWKs. */
  secretBox?: SecretBox | null;
  settingsChanges?: SettingsChanges;
}

/** A private JWK as stored: sealed under SECRETS_KEY, or plain where the gateway runs without one. */
type StoredPrivateJwk = JWK | { sealed: string };

const sealOwner = (kid: string) => `signing-key:${kid}`;

export class SealedSigningKeyError extends Error {
  constructor(kid: string) {
    super(
      `signing key ${kid} is sealed under a SECRETS_KEY this gateway does not have (or another one): start it with the SECRETS_KEY that sealed the key`,
    );
  }
}

export function createSigningKeyStore({
  db,
  clock,
  cacheMs = 60_000,
  secretBox = null,
  settingsChanges = noSettingsChanges,
}: SigningKeyStoreDeps) {
  function storedPrivateJwk(kid: string, jwk: JWK): StoredPrivateJwk {
    return secretBox ? { sealed: secretBox.seal(JSON.stringify(jwk), sealOwner(kid)) } : jwk;
  }

  function openPrivateJwk(kid: string, stored: StoredPrivateJwk): JWK {
    if (!("sealed" in stored)) return stored;
    const opened = secretBox?.open(String(stored.sealed), sealOwner(kid));
    if (!opened) throw new SealedSigningKeyError(kid);
    return JSON.parse(opened) as JWK;
  }

  /** Seals every private key still stored in the clear (keys made before SECRETS_KEY was set); returns how many. */
  async function sealPlainSigningKeys(): Promise<number> {
    if (!secretBox) return 0;
    const rows = await db.signingKey.findMany({ select: { kid: true, privateJwk: true } });
    let sealed = 0;
    for (const row of rows) {
      const stored = row.privateJwk as StoredPrivateJwk;
      if ("sealed" in stored) continue;
      await db.signingKey.update({ where: { kid: row.kid }, data: { privateJwk: storedPrivateJwk(row.kid, stored) } });
      sealed++;
    }
    return sealed;
  }

  const activeCache = new Map<
    string,
    { expires: number; key: Promise<(ActiveSigningKey & { staleAt: number }) | null> }
  >();
  const publicCache = new Map<string, { expires: number; key: Promise<VerificationKey | null> }>();
  const keysChanged = new Set<() => void>();
  settingsChanges.subscribe((table) => {
    if (table !== null && table !== "SigningKey") return;
    activeCache.clear();
    publicCache.clear();
    for (const listener of keysChanged) listener();
  });

  /** Whatever remembers what a key verified must forget it when the keys change (a withdrawn key's tokens). */
  function onKeysChanged(listener: () => void): void {
    keysChanged.add(listener);
  }

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
        privateJwk: storedPrivateJwk(kid, { ...privateJwk, ...record }),
        createdAt: clock.now(),
        activatesAt,
      },
    });
    activeCache.delete(userPoolId);
    return kid;
  }

  /** Creates the pool's first key when it has none (first start). */
  async function ensureSigningKey(userPoolId: string, alg: SigningAlg): Promise<void> {
    const existing = await db.signingKey.count({ where: { userPoolId, retiredAt: null } });
    if (existing === 0) await createSigningKey(userPoolId, alg);
  }

  /** The key that signs now: the latest activated one that is not retired. */
  async function activeSigningKey(userPoolId: string): Promise<ActiveSigningKey | null> {
    const hit = activeCache.get(userPoolId);
    // A cached key goes stale at the next scheduled activation, so a rotation takes effect on time.
    if (hit && hit.expires > Date.now()) {
      const key = await hit.key;
      if (key && clock.now().getTime() < key.staleAt) return key;
    }
    activeCache.delete(userPoolId);
    return cached(activeCache, userPoolId, async () => {
      const now = clock.now();
      const row = await db.signingKey.findFirst({
        where: { userPoolId, activatesAt: { lte: now }, OR: [{ retiredAt: null }, { retiredAt: { gt: now } }] },
        orderBy: { activatesAt: "desc" },
      });
      if (!row) return null;
      const next = await db.signingKey.findFirst({
        where: { userPoolId, activatesAt: { gt: now } },
        orderBy: { activatesAt: "asc" },
        select: { activatesAt: true },
      });
      return {
        kid: row.kid,
        alg: row.alg,
        privateKey: await importJWK(openPrivateJwk(row.kid, row.privateJwk as StoredPrivateJwk), row.alg),
        staleAt: Math.min(next?.activatesAt.getTime() ?? Infinity, row.retiredAt?.getTime() ?? Infinity),
      };
    });
  }

  /** One of our keys by kid, while it may still verify; null for unknown or expired keys. */
  async function verificationKey(kid: string): Promise<VerificationKey | null> {
    const key = await cached(publicCache, kid, async () => {
      // Never the private half: verification has no use for it.
      const row = await db.signingKey.findUnique({
        where: { kid },
        select: { alg: true, userPoolId: true, publicJwk: true, verifyUntil: true },
      });
      if (!row) return null;
      const publicKey = await importJWK(row.publicJwk as JWK, row.alg);
      return { kid, alg: row.alg, userPoolId: row.userPoolId, publicKey, verifyUntil: row.verifyUntil };
    });
    if (key?.verifyUntil && key.verifyUntil <= clock.now()) return null;
    return key;
  }

  /**
   * Rotation: a new key is published now and starts signing after `publishLeadSecs`, so verifiers that cache the
   * JWKS fetch it before they see tokens it signed. The keys it replaces stop signing then and stay published
   * until the longest-lived token of the pool's applications that they could have signed has expired.
   */
  async function rotateSigningKey(userPoolId: string, options: { publishLeadSecs?: number; alg?: SigningAlg } = {}) {
    const pool = await db.userPool.findUniqueOrThrow({ where: { id: userPoolId } });
    const now = clock.now();
    const activatesAt = new Date(now.getTime() + (options.publishLeadSecs ?? 300) * 1000);
    const lifetimes = await db.application.aggregate({
      where: { userPoolId },
      _max: { accessTokenLifetimeSecs: true, idTokenLifetimeSecs: true },
    });
    const retentionSecs = Math.max(
      lifetimes._max.accessTokenLifetimeSecs ?? 0,
      lifetimes._max.idTokenLifetimeSecs ?? 0,
      7200,
    );
    await db.signingKey.deleteMany({ where: { userPoolId, verifyUntil: { lt: now } } });
    const kid = await createSigningKey(userPoolId, options.alg ?? pool.signingAlg, activatesAt);
    await db.signingKey.updateMany({
      where: { userPoolId, kid: { not: kid }, retiredAt: null },
      data: {
        status: "RETIRED",
        retiredAt: activatesAt,
        verifyUntil: new Date(activatesAt.getTime() + retentionSecs * 1000),
      },
    });
    activeCache.delete(userPoolId);
    publicCache.clear();
    return { kid, activatesAt };
  }

  /** Every published key: the signing one, those about to sign, and retired ones still verifying. */
  async function jwks(): Promise<{ keys: JWK[] }> {
    // The public halves only: a public endpoint has no reason to load a private key into memory.
    const rows = await db.signingKey.findMany({
      where: { OR: [{ verifyUntil: null }, { verifyUntil: { gt: clock.now() } }] },
      orderBy: [{ userPoolId: "asc" }, { activatesAt: "desc" }],
      select: { publicJwk: true },
    });
    return { keys: rows.map((row) => row.publicJwk as JWK) };
  }

  return {
    createSigningKey,
    ensureSigningKey,
    activeSigningKey,
    verificationKey,
    rotateSigningKey,
    onKeysChanged,
    jwks,
    sealPlainSigningKeys,
  };
}

export type SigningKeyStore = ReturnType<typeof createSigningKeyStore>;
