// Password hashing with argon2id. The parameters are written into each PHC string, so raising them later only
// affects new hashes, and `needsRehash` tells sign-in when to upgrade an old one.
import { availableParallelism } from "node:os";
import { Algorithm, hash, verify } from "@node-rs/argon2";
import pLimit from "p-limit";

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  needsRehash(passwordHash: string): boolean;
  /** Costs the same as a real verification; used when there is no account, so timing reveals nothing. */
  verifyDummy(password: string): Promise<void>;
}

export interface Argon2Parameters {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const defaultArgon2Parameters: Argon2Parameters = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export interface HasherOptions {
  /**
   * Hashes computed at once; more wait their turn in arrival order. Argon2id is memory-hard: hashes beyond the
   * cores the process may use do not finish sooner, they evict each other's 19 MiB from the CPU caches (and the
   * request handling's with them) and add their memory to the peak. Default: the cores this process may run on.
   */
  concurrency?: number;
  /** Told how long each hash or verification took, once it had a slot (metrics). */
  observe?: (operation: "hash" | "verify", seconds: number) => void;
}

export function createArgon2Hasher(
  parameters: Argon2Parameters = defaultArgon2Parameters,
  { concurrency = availableParallelism(), observe }: HasherOptions = {},
): PasswordHasher {
  const options = { algorithm: Algorithm.Argon2id, ...parameters };
  const slots = pLimit(concurrency);
  const limit = <T>(operation: "hash" | "verify", work: () => Promise<T>) =>
    slots(async () => {
      const startedAt = performance.now();
      try {
        return await work();
      } finally {
        observe?.(operation, (performance.now() - startedAt) / 1000);
      }
    });
  const expectedPrefix = `$argon2id$v=19$m=${parameters.memoryCost},t=${parameters.timeCost},p=${parameters.parallelism}$`;
  let dummyHash: Promise<string> | undefined;
  const hasher: PasswordHasher = {
    hash: (password) => limit("hash", () => hash(password, options)),
    async verify(passwordHash, password) {
      try {
        return await limit("verify", () => verify(passwordHash, password));
      } catch {
        // A corrupt stored hash must not turn into a 500 or reveal itself: it simply never matches.
        return false;
      }
    },
    needsRehash: (passwordHash) => !passwordHash.startsWith(expectedPrefix),
    async verifyDummy(password) {
      dummyHash ??= hash("dummy password for unknown accounts", options);
      await hasher.verify(await dummyHash, password);
    },
  };
  return hasher;
}
