// No account through an address nobody proved: an unproven email never reserves an address against its owner nor
// lets whoever typed it share the owner's account once the owner proves it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeClock } from "../helpers/clock.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser } from "../helpers/users.ts";
import { Me, SignInByAccountPassword, SignUpByEmailPassword, SignUpByUsernamePassword } from "./documents.ts";
import { DevOutbox, SendEmail, SignInByEmailPasscode, SignUpByEmailPasscode } from "./passcode-documents.ts";

let gateway: TestGateway;
const clock = new FakeClock(Date.parse("2026-12-01T12:00:00Z"));
const attackerPassword = "the attacker's passphrase";

beforeAll(async () => {
  gateway = await TestGateway.start({ clock });
});
afterAll(() => gateway?.close());

async function code(channel: "CHANNEL_LOGIN" | "CHANNEL_REGISTER", email: string) {
  clock.advance(61_000);
  const sent = await gateway.execute(SendEmail, { channel, email });
  if (sent.data.sendEmail.__typename !== "PasscodeSent") throw new Error(JSON.stringify(sent.data));
  const outbox = await gateway.execute(DevOutbox, { recipient: email });
  if (outbox.data.devOutbox.__typename !== "DevOutbox") throw new Error("no outbox");
  return /(\d{6})/.exec(outbox.data.devOutbox.messages[0]!.text)![1]!;
}

async function passwordSignIn(account: string, password = attackerPassword) {
  return (await gateway.execute(SignInByAccountPassword, { account, password })).data.signInByAccountPassword;
}

describe("an address registered by someone who never proved it", () => {
  it("the owner's first passcode sign-in makes them the only holder: the squatter's password and sessions are gone", async () => {
    const squat = await gateway.execute(SignUpByEmailPassword, {
      email: "victim@example.com",
      password: attackerPassword,
    });
    expect(squat.data.signUpByEmailPassword).toMatchObject({ __typename: "User", emailVerified: false });
    const attacker = await passwordSignIn("victim@example.com");
    if (attacker.__typename !== "SignInSuccess") throw new Error(JSON.stringify(attacker));

    const owner = await gateway.execute(SignInByEmailPasscode, {
      email: "victim@example.com",
      passCode: await code("CHANNEL_LOGIN", "victim@example.com"),
    });
    expect(owner.data.signInByEmailPasscode).toMatchObject({
      __typename: "SignInSuccess",
      user: { emailVerified: true },
    });
    if (owner.data.signInByEmailPasscode.__typename !== "SignInSuccess") return;

    expect((await passwordSignIn("victim@example.com")).__typename).toBe("InvalidCredentialsError");
    const attackerMe = await gateway.execute(Me, undefined, { authorization: attacker.tokenSet.access_token });
    expect(attackerMe.data.me).toMatchObject({ __typename: "NotAuthenticatedError", reason: "revoked" });
    const ownerMe = await gateway.execute(Me, undefined, {
      authorization: owner.data.signInByEmailPasscode.tokenSet.access_token,
    });
    expect(ownerMe.data.me.__typename).toBe("User");
  });

  it("a username sign-up that squats cfo@... does not block the owner's verified sign-up (2026 before); the squatter loses it", async () => {
    const squat = await gateway.execute(SignUpByUsernamePassword, {
      username: "squatter",
      password: attackerPassword,
      profile: { email: "cfo@example.com" },
    });
    expect(squat.data.signUpByUsernamePassword).toMatchObject({ __typename: "User", email: "cfo@example.com" });
    const owner = await gateway.execute(SignUpByEmailPasscode, {
      email: "cfo@example.com",
      passCode: await code("CHANNEL_REGISTER", "cfo@example.com"),
    });
    expect(owner.data.signUpByEmailPasscode).toMatchObject({
      __typename: "User",
      email: "cfo@example.com",
      emailVerified: true,
    });
    const squatter = await gateway.db.user.findFirstOrThrow({
      where: { userPoolId: gateway.pool.id, username: "squatter" },
    });
    expect(squatter.email).toBeNull();
  });

  it("an account proven by its phone does not open for the prover of an email someone typed into it", async () => {
    const attacker = await createUser(gateway, {
      phone: "13900000123",
      verified: { phone: true },
      email: "target@example.com",
      password: attackerPassword,
    });
    const denied = await gateway.execute(SignInByEmailPasscode, {
      email: "target@example.com",
      passCode: await code("CHANNEL_LOGIN", "target@example.com"),
    });
    expect(denied.data.signInByEmailPasscode.__typename).toBe("InvalidCredentialsError");
    expect((await gateway.db.user.findUniqueOrThrow({ where: { id: attacker.id } })).email).toBeNull();
    const registered = await gateway.execute(SignInByEmailPasscode, {
      email: "target@example.com",
      passCode: await code("CHANNEL_LOGIN", "target@example.com"),
      options: { autoRegister: true },
    });
    if (registered.data.signInByEmailPasscode.__typename !== "SignInSuccess")
      throw new Error(JSON.stringify(registered.data));
    expect(registered.data.signInByEmailPasscode.user.userId).not.toBe(attacker.id);
  });

  it("with requireVerifiedEmailForPasswordSignIn, an unproven email does not sign in by password", async () => {
    await gateway.db.userPool.update({
      where: { id: gateway.pool.id },
      data: { requireVerifiedEmailForPasswordSignIn: true },
    });
    try {
      await gateway.execute(SignUpByEmailPassword, { email: "unproven@example.com", password: attackerPassword });
      expect(await passwordSignIn("unproven@example.com")).toMatchObject({
        __typename: "EmailNotVerifiedError",
        apiCode: 2040,
      });
      expect((await passwordSignIn("unproven@example.com", "a wrong passphrase")).__typename).toBe(
        "InvalidCredentialsError",
      );
    } finally {
      await gateway.db.userPool.update({
        where: { id: gateway.pool.id },
        data: { requireVerifiedEmailForPasswordSignIn: false },
      });
    }
  });
});
