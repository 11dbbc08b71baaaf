// GenAuth's REST v3 routes for a signed-in user's own account and lists, driven by the official Node SDK's
// AuthenticationClient (its token set by setAccessToken, sent bare in `authorization`) against a gateway on a
// real port; passcodes are read from the development outbox.
import type { AuthenticationClient } from "authing-node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SdkGateway, startSdkGateway } from "../helpers/sdk-gateway.ts";

let sdk: SdkGateway;
beforeAll(async () => {
  sdk = await startSdkGateway();
  // Every passcode of this file comes from one address; its per-address limits are the limits tests' concern.
  await sdk.gateway.db.userPool.update({
    where: { id: sdk.gateway.pool.id },
    data: { captchaAfterIpPasscodeSends: 100, passcodeSendsPerIpPerHour: 100 },
  });
});
afterAll(() => sdk?.close());

const password = "a long enough passphrase";

/** A new user signed in through the SDK, with the client holding their token. */
async function signedInClient(username: string, email?: string): Promise<AuthenticationClient> {
  const client = sdk.authentication();
  const created = await sdk.management().createUser({ username, password, email, emailVerified: Boolean(email) });
  expect(created.statusCode).toBe(200);
  const signedIn = await client.signInByUsernamePassword({ username, password });
  expect(signedIn.statusCode).toBe(200);
  client.setAccessToken(signedIn.data.access_token!);
  return client;
}

async function sendEmailCode(client: AuthenticationClient, email: string, channel: string) {
  expect((await client.sendEmail({ email, channel } as never)).statusCode).toBe(200);
  return sdk.latestPasscode(email);
}

describe("the signed-in user's account through AuthenticationClient", () => {
  it("updates the profile and custom data, and refuses the external id", async () => {
    const client = await signedInClient("acct-profile");
    await sdk.management().setCustomFields({
      list: [
        { targetType: "USER" as never, key: "nick", dataType: "STRING" as never, label: "Nick", userEditable: true },
      ],
    });
    const updated = await client.updateProfile({ nickname: "Profiled", city: "Berlin", customData: { nick: "pp" } });
    expect(updated).toMatchObject({ statusCode: 200, data: { nickname: "Profiled", city: "Berlin" } });
    expect((await client.getProfile({ withCustomData: true })).data.customData).toEqual({ nick: "pp" });
    const external = await client.updateProfile({ externalId: "erp-1" });
    expect(external).toMatchObject({ statusCode: 400, message: expect.stringContaining("externalId") });
  });

  it("changes the password with the old one, and the old one stops working", async () => {
    const client = await signedInClient("acct-password");
    const wrong = await client.updatePassword({
      oldPassword: "not my password",
      newPassword: "another long passphrase",
    });
    expect(wrong.statusCode).not.toBe(200);
    expect(
      await client.updatePassword({ oldPassword: password, newPassword: "another long passphrase" }),
    ).toMatchObject({
      statusCode: 200,
    });
    const again = sdk.authentication();
    expect((await again.signInByUsernamePassword({ username: "acct-password", password })).statusCode).not.toBe(200);
    const fresh = await again.signInByUsernamePassword({
      username: "acct-password",
      password: "another long passphrase",
    });
    expect(fresh.statusCode).toBe(200);
    again.setAccessToken(fresh.data.access_token!);
    expect((await again.getSecurityLevel()).data).toMatchObject({
      passwordSet: true,
      passwordSecurityLevel: 3,
      emailBinded: false,
    });
  });

  it("binds an email with its passcode, changes it with both passcodes, and unbinds it", async () => {
    const client = await signedInClient("acct-email");
    const bindCode = await sendEmailCode(client, "acct-email@example.com", "CHANNEL_BIND_EMAIL");
    expect(await client.bindEmail({ email: "acct-email@example.com", passCode: bindCode })).toMatchObject({
      statusCode: 200,
    });
    expect((await client.getProfile({})).data).toMatchObject({ email: "acct-email@example.com", emailVerified: true });

    const oldCode = await sendEmailCode(client, "acct-email@example.com", "CHANNEL_UPDATE_EMAIL");
    const newCode = await sendEmailCode(client, "acct-new@example.com", "CHANNEL_UPDATE_EMAIL");
    const ticket = await client.verifyUpdateEmailRequest({
      verifyMethod: "EMAIL_PASSCODE" as never,
      emailPassCodePayload: {
        newEmail: "acct-new@example.com",
        newEmailPassCode: newCode,
        oldEmail: "acct-email@example.com",
        oldEmailPassCode: oldCode,
      },
    });
    expect(ticket).toMatchObject({
      statusCode: 200,
      data: { updateEmailToken: expect.any(String), tokenExpiresIn: expect.any(Number) },
    });
    expect(await client.updateEmail({ updateEmailToken: ticket.data.updateEmailToken })).toMatchObject({
      data: { success: true },
    });
    expect((await client.getProfile({})).data.email).toBe("acct-new@example.com");
    expect((await client.updateEmail({ updateEmailToken: ticket.data.updateEmailToken })).statusCode).not.toBe(200);

    const unbindCode = await sendEmailCode(client, "acct-new@example.com", "CHANNEL_UNBIND_EMAIL");
    expect(await client.unbindEmail({ passCode: unbindCode })).toMatchObject({ statusCode: 200 });
    expect((await client.getProfile({})).data.email ?? null).toBeNull();
  });

  it("binds a phone by SMS passcode, changes it with both passcodes, and unbinds it", async () => {
    const client = await signedInClient("acct-phone");
    const sendSms = async (phoneNumber: string, channel: string) => {
      const sent = await client.sendSms({ phoneNumber, phoneCountryCode: "+86", channel } as never);
      expect(sent, JSON.stringify(sent)).toMatchObject({ statusCode: 200 });
      return sdk.latestPasscode(phoneNumber);
    };
    const bindCode = await sendSms("13800000021", "CHANNEL_BIND_PHONE");
    expect(
      await client.bindPhone({ phoneNumber: "13800000021", phoneCountryCode: "+86", passCode: bindCode }),
    ).toMatchObject({
      statusCode: 200,
    });
    expect((await client.getProfile({})).data).toMatchObject({ phone: "13800000021", phoneVerified: true });

    const oldCode = await sendSms("13800000021", "CHANNEL_UPDATE_PHONE");
    const newCode = await sendSms("13800000022", "CHANNEL_UPDATE_PHONE");
    const ticket = await client.verifyUpdatePhoneRequest({
      verifyMethod: "PHONE_PASSCODE" as never,
      phonePassCodePayload: {
        newPhoneNumber: "13800000022",
        newPhoneCountryCode: "+86",
        newPhonePassCode: newCode,
        oldPhoneNumber: "13800000021",
        oldPhoneCountryCode: "+86",
        oldPhonePassCode: oldCode,
      },
    });
    expect(ticket).toMatchObject({ statusCode: 200, data: { updatePhoneToken: expect.any(String) } });
    expect(await client.updatePhone({ updatePhoneToken: ticket.data.updatePhoneToken })).toMatchObject({
      data: { success: true },
    });
    expect((await client.getProfile({})).data.phone).toBe("13800000022");

    const unbindCode = await sendSms("13800000022", "CHANNEL_UNBIND_PHONE");
    expect(await client.unbindPhone({ passCode: unbindCode })).toMatchObject({ statusCode: 200 });
    expect((await client.getProfile({})).data.phone ?? null).toBeNull();
  });

  it("resets a forgotten password by email passcode, signed out", async () => {
    await signedInClient("acct-reset", "acct-reset@example.com");
    const anonymous = sdk.authentication();
    const code = await sendEmailCode(anonymous, "acct-reset@example.com", "CHANNEL_RESET_PASSWORD");
    const wrong = await anonymous.verifyResetPasswordRequest({
      verifyMethod: "EMAIL_PASSCODE" as never,
      emailPassCodePayload: { email: "acct-reset@example.com", passCode: code === "000000" ? "111111" : "000000" },
    });
    expect(wrong.statusCode).not.toBe(200);
    const ticket = await anonymous.verifyResetPasswordRequest({
      verifyMethod: "EMAIL_PASSCODE" as never,
      emailPassCodePayload: { email: "acct-reset@example.com", passCode: code },
    });
    expect(ticket).toMatchObject({ statusCode: 200, data: { passwordResetToken: expect.any(String) } });
    const reset = await anonymous.resetPassword({
      passwordResetToken: ticket.data.passwordResetToken,
      password: "a brand new passphrase",
    });
    expect(reset).toMatchObject({ statusCode: 200, data: { success: true } });
    const signIn = await anonymous.signInByEmailPassword({
      email: "acct-reset@example.com",
      password: "a brand new passphrase",
    });
    expect(signIn.statusCode).toBe(200);
  });

  it("deletes the account after proving the password, and its token stops working", async () => {
    const client = await signedInClient("acct-delete");
    const ticket = await client.verifyDeleteAccountRequest({
      verifyMethod: "PASSWORD" as never,
      passwordPayload: { password },
    });
    expect(ticket).toMatchObject({ statusCode: 200, data: { deleteAccountToken: expect.any(String) } });
    expect(await client.deleteAccount({ deleteAccountToken: ticket.data.deleteAccountToken })).toMatchObject({
      data: { success: true },
    });
    expect((await client.getProfile({})).statusCode).toBe(401);
    expect(await sdk.gateway.db.user.count({ where: { username: "acct-delete" } })).toBe(0);
  });

  it("refuses every account route without a standing token, with the envelope", async () => {
    const anonymous = sdk.authentication();
    for (const answer of [
      await anonymous.updateProfile({ nickname: "x" }),
      await anonymous.updatePassword({ newPassword: "another long passphrase" }),
      await anonymous.getRoleList({}),
      await anonymous.getSecurityLevel(),
      await anonymous.getLoginHistory({}),
    ])
      expect(answer).toMatchObject({ statusCode: 401 });
  });
});

describe("the signed-in user's lists through AuthenticationClient", () => {
  it("answers the user's roles, groups, departments, applications, sign-ins and identities", async () => {
    const client = await signedInClient("acct-lists");
    const management = sdk.management();
    const { data: user } = await management.getUser({ userId: "acct-lists", userIdType: "username" });
    await management.createRole({ code: "lister" });
    await management.assignRole({
      code: "lister",
      targets: [{ targetType: "USER" as never, targetIdentifier: user.userId }],
    });
    await management.createGroup({ code: "listers", name: "Listers", description: "", type: "static" });
    await management.addGroupMembers({ code: "listers", userIds: [user.userId] });
    const organization = await management.createOrganization({
      organizationCode: "list-org",
      organizationName: "Org",
    } as never);
    const department = await management.createDepartment({
      organizationCode: "list-org",
      parentDepartmentId: organization.data.departmentId,
      name: "Lists",
      code: "lists",
    } as never);
    await management.setUserDepartments({
      userId: user.userId,
      departments: [{ departmentId: department.data.departmentId, isMainDepartment: true }],
    });

    expect((await client.getRoleList({})).data).toMatchObject([{ code: "lister", namespace: "default" }]);
    expect((await client.getGroupList()).data).toMatchObject([{ code: "listers", name: "Listers" }]);
    expect((await client.getDepartmentList({})).data).toMatchObject({
      totalCount: 1,
      list: [{ departmentId: department.data.departmentId, isMainDepartment: true, organizationCode: "list-org" }],
    });
    const appId = sdk.gateway.application.appId;
    expect((await client.getAccessibleApps()).data).toEqual(
      expect.arrayContaining([expect.objectContaining({ appId, active: true })]),
    );
    expect((await client.getLoggedInApps()).data).toEqual([expect.objectContaining({ appId, active: true })]);
    const history = await client.getLoginHistory({ success: true } as never);
    expect(history.data).toMatchObject({
      totalCount: 1,
      list: [{ userId: user.userId, appId, success: true, loginMethod: expect.any(String) }],
    });
    expect((await client.getIdentities()).data).toEqual([expect.objectContaining({ userIdInIdp: user.userId })]);
    const security = await client.getSecurityLevel();
    expect(security.data).toMatchObject({
      passwordSet: true,
      emailBinded: false,
      phoneBinded: false,
      mfaEnrolled: false,
    });
  });
});

describe("the signed-in user's routes as GenAuth's Python SDK calls them", () => {
  it("signs in with client_id/client_secret in the body and sends the bare token on later calls", async () => {
    await sdk.management().createUser({ username: "py-account", password });
    const headers = {
      "content-type": "application/json",
      "x-authing-app-id": sdk.gateway.application.appId,
      "x-authing-request-from": "sdk",
      "x-authing-sdk-version": "python:5.0.0",
      "x-authing-lang": "zh-CN",
    };
    const signIn = await fetch(`${sdk.origin}/api/v3/signin`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        connection: "PASSWORD",
        passwordPayload: { username: "py-account", password },
        client_id: sdk.gateway.application.appId,
        client_secret: sdk.gateway.applicationSecret,
      }),
    }).then((response) => response.json() as Promise<{ statusCode: number; data: { access_token: string } }>);
    expect(signIn.statusCode).toBe(200);
    const authorized = { ...headers, authorization: signIn.data.access_token };
    const profile = await fetch(`${sdk.origin}/api/v3/get-profile?withCustomData=True`, { headers: authorized });
    expect(await profile.json()).toMatchObject({ statusCode: 200, data: { username: "py-account", customData: {} } });
    const updated = await fetch(`${sdk.origin}/api/v3/update-profile`, {
      method: "POST",
      headers: authorized,
      body: JSON.stringify({ nickname: "Py" }),
    });
    expect(await updated.json()).toMatchObject({ statusCode: 200, data: { nickname: "Py" } });
    const wrongSecret = await fetch(`${sdk.origin}/api/v3/signin`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        connection: "PASSWORD",
        passwordPayload: { username: "py-account", password },
        client_id: sdk.gateway.application.appId,
        client_secret: "not the secret",
      }),
    }).then((response) => response.json() as Promise<{ statusCode: number; message: string }>);
    expect(wrongSecret.statusCode).toBe(401);
    expect(wrongSecret.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
