// A sign-in's writes (the user's statistics, the history row, the session) stand or fall together. The hasher
// below deletes the application while the password is being checked, as an administrator could at that moment:
// the session can then not be written, and neither may anything else be.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PasswordHasher } from "../../src/identity/credentials/hasher.ts";
import { fastHasher, TestGateway } from "../helpers/gateway.ts";
import { defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";

let gateway: TestGateway;
let deleteApplicationDuringVerify = false;

const hasher: PasswordHasher = {
  ...fastHasher,
  async verify(passwordHash, password) {
    const matches = await fastHasher.verify(passwordHash, password);
    if (deleteApplicationDuringVerify) await gateway.db.application.delete({ where: { id: gateway.application.id } });
    return matches;
  },
};

beforeAll(async () => {
  gateway = await TestGateway.start({ hasher });
});
afterAll(() => gateway.close());

it("writes nothing when the session cannot be opened, and answers with a typed error", async () => {
  const user = await gateway.identity.users.createUser(
    gateway.pool,
    { username: "atomic", password: defaultPassword, source: { type: "adminCreated" } },
    "admin",
  );
  const signedIn = await gateway.execute(SignInByAccountPassword, { account: "atomic", password: defaultPassword });
  expect(signedIn.data.signInByAccountPassword.__typename).toBe("SignInSuccess");
  const before = await gateway.db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(before.loginsCount).toBe(1);

  deleteApplicationDuringVerify = true;
  const { status, data, errors } = await gateway.execute(SignInByAccountPassword, {
    account: "atomic",
    password: defaultPassword,
  });
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  expect(data.signInByAccountPassword).toMatchObject({ __typename: "InvalidCredentialsError", statusCode: 400 });

  const after = await gateway.db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(after.loginsCount).toBe(1);
  expect(after.lastLogin).toEqual(before.lastLogin);
  // The first sign-in's session went with its application; the second one opened none.
  expect(await gateway.db.session.count({ where: { userId: user.id } })).toBe(0);
  expect(await gateway.db.loginHistory.count({ where: { userId: user.id, success: true } })).toBe(1);
});
