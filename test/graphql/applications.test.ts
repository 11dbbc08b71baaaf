import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";
import { IntrospectToken } from "./session-documents.ts";

let gateway: TestGateway;
let admin: Record<string, string>;

beforeAll(async () => {
  gateway = await TestGateway.start();
  admin = { authorization: (await adminHeaders(gateway)).authorization };
  await createUser(gateway, { username: "una" });
});
afterAll(() => gateway.close());

const run = (query: string, variables: Record<string, unknown> = {}) => runQuery(gateway, query, variables, admin);
const appFields =
  "appId name redirectUris grantTypes tokenEndpointAuthMethod accessTokenLifetimeSecs refreshTokenLifetimeSecs refreshTokenIdleLifetimeSecs";
const errorFields =
  "... on Error { statusCode apiCode message } ... on InvalidInputError { field } ... on ResourceNotFoundError { resource }";

async function createApplication(input: Record<string, unknown>) {
  const data = await run(
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on ApplicationWithSecret { appSecret application { ${appFields} } } ${errorFields} } }`,
    { input },
  );
  return data.createApplication!;
}
async function updateApplication(appId: string, input: Record<string, unknown>) {
  const data = await run(
    `mutation($appId: String!, $input: UpdateApplicationInput!) { updateApplication(appId: $appId, input: $input) { __typename ... on Application { ${appFields} } ${errorFields} } }`,
    { appId, input },
  );
  return data.updateApplication!;
}
async function signInThrough(appId: string) {
  const { data } = await gateway.execute(
    SignInByAccountPassword,
    { account: "una", password: defaultPassword, options: { scope: "openid offline_access" } },
    { "x-authing-app-id": appId },
  );
  return data.signInByAccountPassword;
}
async function introspect(appId: string, secret: string, token: string) {
  const { data } = await gateway.execute(
    IntrospectToken,
    { token },
    { "x-authing-app-id": appId, "x-authing-app-secret": secret },
  );
  return data.introspectToken;
}

describe("application administration", () => {
  it("creates an application whose secret is shown once and whose settings govern its tokens", async () => {
    const created = await createApplication({
      name: " Billing portal ",
      redirectUris: ["https://billing.example.com/callback", "http://localhost:5173/cb", "com.example.billing:/oauth"],
      accessTokenLifetimeSecs: 600,
      tokenEndpointAuthMethod: "client_secret_basic",
    });
    if (created.__typename !== "ApplicationWithSecret") throw new Error(JSON.stringify(created));
    const application = created.application as Record<string, unknown>;
    expect(application).toMatchObject({
      name: "Billing portal",
      tokenEndpointAuthMethod: "client_secret_basic",
      accessTokenLifetimeSecs: 600,
      grantTypes: ["authorization_code", "refresh_token", "password"],
    });
    const appId = application.appId as string;
    const stored = await gateway.db.application.findUniqueOrThrow({ where: { appId } });
    expect(stored.secretHash).not.toContain(created.appSecret as string);

    const signedIn = await signInThrough(appId);
    if (signedIn.__typename !== "SignInSuccess") throw new Error(JSON.stringify(signedIn));
    expect(signedIn.tokenSet.expire_in).toBe(600);
    expect(await introspect(appId, created.appSecret as string, signedIn.tokenSet.access_token)).toMatchObject({
      __typename: "TokenIntrospection",
      active: true,
    });

    const listed = await run(`{ applications { __typename ... on ApplicationsSuccess { data { appId } } } }`);
    expect(JSON.stringify(listed)).toContain(appId);
    expect(JSON.stringify(listed)).not.toContain(created.appSecret as string);
    const audit = await gateway.db.auditLog.findFirst({
      where: { userPoolId: gateway.pool.id, action: "application.create", targetId: appId },
    });
    expect(audit?.after).toMatchObject({ name: "Billing portal", accessTokenLifetimeSecs: 600 });
  });

  it("rotates the secret: the new one works, the old one stops at once", async () => {
    const created = await createApplication({ name: "Rotating" });
    const appId = (created.application as { appId: string }).appId;
    const oldSecret = created.appSecret as string;
    const signedIn = await signInThrough(appId);
    if (signedIn.__typename !== "SignInSuccess") throw new Error("sign-in failed");
    const token = signedIn.tokenSet.access_token;
    const rotated = (
      await run(
        `mutation { rotateApplicationSecret(appId: "${appId}") { __typename ... on ApplicationWithSecret { appSecret } } }`,
      )
    ).rotateApplicationSecret!;
    expect(rotated.appSecret).not.toBe(oldSecret);
    expect(await introspect(appId, oldSecret, token)).toMatchObject({
      __typename: "InvalidClientError",
      apiCode: 2330,
    });
    expect(await introspect(appId, rotated.appSecret as string, token)).toMatchObject({
      __typename: "TokenIntrospection",
      active: true,
    });
  });

  it("updates settings and refuses unsafe or inconsistent ones with typed errors, changing nothing", async () => {
    const created = await createApplication({ name: "Settings" });
    const appId = (created.application as { appId: string }).appId;
    expect(
      await updateApplication(appId, {
        redirectUris: ["https://app.example.com/a"],
        grantTypes: ["authorization_code"],
        refreshTokenLifetimeSecs: 86_400,
        refreshTokenIdleLifetimeSecs: 3_600,
      }),
    ).toMatchObject({
      __typename: "Application",
      redirectUris: ["https://app.example.com/a"],
      grantTypes: ["authorization_code"],
      refreshTokenLifetimeSecs: 86_400,
    });
    const refused: [Record<string, unknown>, string][] = [
      [{ redirectUris: ["https://app.example.com/cb#fragment"] }, "redirectUris"],
      [{ redirectUris: ["https://*.example.com/cb"] }, "redirectUris"],
      [{ redirectUris: ["http://app.example.com/cb"] }, "redirectUris"],
      [{ redirectUris: ["javascript:alert(1)"] }, "redirectUris"],
      [{ redirectUris: ["not a uri"] }, "redirectUris"],
      [{ redirectUris: ["https://app.example.com/c\tb"] }, "redirectUris"],
      [{ redirectUris: ["https://app.example.com/c\nb"] }, "redirectUris"],
      [{ postLogoutRedirectUris: ["https://app.example.com/\u0085x"] }, "postLogoutRedirectUris"],
      [{ postLogoutRedirectUris: ["https://user:pass@example.com/"] }, "postLogoutRedirectUris"],
      [{ grantTypes: [] }, "grantTypes"],
      [{ accessTokenLifetimeSecs: 10 }, "accessTokenLifetimeSecs"],
      [{ refreshTokenLifetimeSecs: 99_999_999 }, "refreshTokenLifetimeSecs"],
      [{ refreshTokenIdleLifetimeSecs: 100_000 }, "refreshTokenIdleLifetimeSecs"],
      [{ tokenEndpointAuthMethod: "none", grantTypes: ["client_credentials"] }, "grantTypes"],
      [{ name: "  " }, "name"],
    ];
    for (const [input, field] of refused) {
      expect(await updateApplication(appId, input), JSON.stringify(input)).toMatchObject({
        __typename: "InvalidInputError",
        statusCode: 400,
        field,
      });
    }
    expect(await updateApplication(appId, {})).toMatchObject({
      redirectUris: ["https://app.example.com/a"],
      grantTypes: ["authorization_code"],
      refreshTokenIdleLifetimeSecs: 3_600,
    });
    expect(await createApplication({ name: "x", redirectUris: ["http://evil.example/cb"] })).toMatchObject({
      __typename: "InvalidInputError",
      field: "redirectUris",
    });
  });

  it("deletes an application with its sessions; unknown and foreign applications are 404", async () => {
    const created = await createApplication({ name: "Short-lived" });
    const appId = (created.application as { appId: string }).appId;
    expect((await signInThrough(appId)).__typename).toBe("SignInSuccess");
    const application = await gateway.db.application.findUniqueOrThrow({ where: { appId } });
    expect(await gateway.db.session.count({ where: { applicationId: application.id } })).toBe(1);
    expect((await run(`mutation { deleteApplication(appId: "${appId}") { __typename } }`)).deleteApplication).toEqual({
      __typename: "Success",
    });
    expect(await gateway.db.session.count({ where: { applicationId: application.id } })).toBe(0);
    expect((await signInThrough(appId)).__typename).toBe("UnknownApplicationError");

    const foreignPool = await gateway.identity.pools.createUserPool({ name: "foreign" });
    const foreign = await gateway.identity.applications.createApplication(foreignPool.id, { name: "theirs" });
    for (const id of [appId, foreign.application.appId]) {
      const result = await run(`{ application(appId: "${id}") { __typename ${errorFields} } }`);
      expect(result.application).toMatchObject({
        __typename: "ResourceNotFoundError",
        statusCode: 404,
        apiCode: 2404,
        resource: "application",
      });
    }
    expect(
      (await run(`mutation { deleteApplication(appId: "${foreign.application.appId}") { __typename } }`))
        .deleteApplication,
    ).toEqual({ __typename: "ResourceNotFoundError" });
    expect(await gateway.db.application.count({ where: { appId: foreign.application.appId } })).toBe(1);
  });
});
