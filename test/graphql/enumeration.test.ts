// An unknown account and a wrong password must be indistinguishable: same answer, same database work, same hash
// work. (Their latency is measured by bench/enumeration-timing.ts; a timed unit test would be flaky.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PasswordHasher } from "../../src/identity/credentials/hasher.ts";
import { TestGateway, fastHasher } from "../helpers/gateway.ts";
import { createUser } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";

const statements: string[] = [];
const hashCalls: string[] = [];
let recording = false;

const countingHasher: PasswordHasher = {
  hash: (password) => fastHasher.hash(password),
  verify: async (hash, password) => {
    if (recording) hashCalls.push("verify");
    return fastHasher.verify(hash, password);
  },
  needsRehash: (hash) => fastHasher.needsRehash(hash),
  verifyDummy: async (password) => {
    if (recording) hashCalls.push("verify");
    return fastHasher.verifyDummy(password);
  },
};

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start({
    hasher: countingHasher,
    // The application's read is left out: each process caches it, and on the suite's shared PostgreSQL another
    // file's write may drop the copy before either attempt (it is the same read for both).
    onQuery: (sql) =>
      recording &&
      !sql.includes('FROM "Application" a JOIN "UserPool" p') &&
      statements.push(sql.replace(/\$\d+/g, "?").replace(/\s+/g, " ")),
  });
  for (let i = 0; i < 3; i++) await createUser(gateway, { username: `known-${i}` });
});
afterAll(() => gateway.close());

async function attempt(account: string) {
  statements.length = 0;
  hashCalls.length = 0;
  recording = true;
  const { data } = await gateway.execute(SignInByAccountPassword, { account, password: "not the password at all" });
  recording = false;
  const { requestId: _requestId, ...answer } = data.signInByAccountPassword as Record<string, unknown>;
  return { answer, statements: [...statements], hashCalls: [...hashCalls] };
}

describe("unknown account vs wrong password", () => {
  it("same union member, code, message, SQL statements and hash verifications, on first and repeated failures", async () => {
    for (let round = 0; round < 3; round++) {
      const unknown = await attempt(`nobody-${round % 2}`);
      const wrong = await attempt(`known-${round % 2}`);
      expect(unknown.answer).toEqual(wrong.answer);
      expect(unknown.answer).toMatchObject({ __typename: "InvalidCredentialsError", apiCode: 2333 });
      expect(unknown.hashCalls).toEqual(["verify"]);
      expect(wrong.hashCalls).toEqual(["verify"]);
      expect(unknown.statements).toEqual(wrong.statements);
      expect(unknown.statements.length).toBeGreaterThanOrEqual(3);
    }
  });
});
