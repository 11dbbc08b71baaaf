import { decodeProtectedHeader, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword } from "../graphql/documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-11-23T10:00:00Z"));

beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
  await createUser(gateway, { username: "kai" });
});
afterAll(() => gateway.close());

async function accessToken() {
  const { data } = await gateway.execute(SignInByAccountPassword, { account: "kai", password: defaultPassword });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
  return data.signInByAccountPassword.tokenSet.access_token;
}

async function publishedKids(): Promise<string[]> {
  const response = await gateway.app.fetch("http://gateway.test/oidc/.well-known/jwks.json");
  const jwks = (await response.json()) as JSONWebKeySet;
  return jwks.keys.map((key) => key.kid!);
}

const kidOf = (token: string) => decodeProtectedHeader(token).kid!;

describe("signing-key rotation", () => {
  it("publishes the new key before it signs, and keeps the old one until its tokens have expired", async () => {
    const before = await accessToken();
    const oldKid = kidOf(before);
    const { kid: newKid } = await gateway.identity.keys.rotateSigningKey(gateway.pool.id, { publishLeadSecs: 60 });
    expect(await publishedKids()).toEqual(expect.arrayContaining([oldKid, newKid]));

    clock.advance(59_000);
    const lastOld = await accessToken();
    expect(kidOf(lastOld)).toBe(oldKid);

    clock.advance(2_000);
    const first = await accessToken();
    expect(kidOf(first)).toBe(newKid);
    // A token the old key signed a second before it retired still works for its whole lifetime.
    expect((await gateway.execute(Me, undefined, { authorization: lastOld })).data.me.__typename).toBe("User");

    clock.advance(7197_000);
    expect(await publishedKids()).toContain(oldKid);
    expect((await gateway.execute(Me, undefined, { authorization: lastOld })).data.me.__typename).toBe("User");

    clock.advance(3_000);
    expect(await publishedKids()).not.toContain(oldKid);
    expect(await publishedKids()).toContain(newKid);
    const stale = await gateway.execute(Me, undefined, { authorization: lastOld });
    expect(stale.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "invalid" });
    expect((await gateway.execute(Me, undefined, { authorization: await accessToken() })).data.me.__typename).toBe(
      "User",
    );
  });
});
