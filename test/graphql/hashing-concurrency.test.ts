// Hashing is never serialised: concurrent sign-ups hash at the same time, and so do concurrent sign-ins (no
// transaction, lock or single database connection is held while argon2 runs). The hasher below holds every call
// at a barrier until all of them have arrived; were the calls serialised, only one would ever be in flight.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PasswordHasher } from "../../src/identity/credentials/hasher.ts";
import { fastHasher, TestGateway } from "../helpers/gateway.ts";
import { defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword, SignUpByUsernamePassword } from "./documents.ts";

const parallel = 6;

/** Counts calls in flight; each waits until `expected` are in flight together (or gives up after 5 s). */
function barrierHasher(inner: PasswordHasher) {
  let inFlight = 0;
  let maxInFlight = 0;
  let expected = Infinity;
  const waiters: (() => void)[] = [];
  const hold = async <T>(work: () => Promise<T>): Promise<T> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (inFlight >= expected) for (const release of waiters.splice(0)) release();
    else
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 5000);
      });
    try {
      return await work();
    } finally {
      inFlight--;
    }
  };
  const hasher: PasswordHasher = {
    hash: (password) => hold(() => inner.hash(password)),
    verify: (passwordHash, password) => hold(() => inner.verify(passwordHash, password)),
    needsRehash: (passwordHash) => inner.needsRehash(passwordHash),
    verifyDummy: (password) => hold(() => inner.verifyDummy(password)),
  };
  return {
    hasher,
    expect(count: number) {
      expected = count;
      maxInFlight = 0;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

const barrier = barrierHasher(fastHasher);
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await TestGateway.start({ hasher: barrier.hasher, pool: { registrationsPerIpPerHour: 1000 } });
});
afterAll(() => gateway.close());

describe("hashing runs concurrently", () => {
  it(`${parallel} concurrent sign-ups all hash at once, and all succeed`, async () => {
    barrier.expect(parallel);
    const results = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        gateway.execute(SignUpByUsernamePassword, { username: `concurrent-${i}`, password: defaultPassword }),
      ),
    );
    expect(results.map((result) => result.data.signUpByUsernamePassword.__typename)).toEqual(
      Array(parallel).fill("User"),
    );
    expect(barrier.maxInFlight).toBe(parallel);
  });

  it(`${parallel} concurrent sign-ins all verify at once, and all succeed`, async () => {
    barrier.expect(parallel);
    const results = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        gateway.execute(SignInByAccountPassword, { account: `concurrent-${i}`, password: defaultPassword }),
      ),
    );
    expect(results.map((result) => result.data.signInByAccountPassword.__typename)).toEqual(
      Array(parallel).fill("SignInSuccess"),
    );
    expect(barrier.maxInFlight).toBe(parallel);
  });
});
