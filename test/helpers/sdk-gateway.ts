// A test gateway on a real port with an access key, for the official GenAuth SDKs (they speak HTTP through axios):
// `management()` is a ManagementClient that signs with that key, `authentication()` an AuthenticationClient of
// the demo application, `adminGraphql` the pool's GraphQL as an administrator.
import { randomBytes } from "node:crypto";
import { AuthenticationClient, ManagementClient } from "authing-node-sdk";
import { adminHeaders, runQuery } from "./admin.ts";
import { TestGateway, type TestGatewayOptions } from "./gateway.ts";
import { listenOnPort } from "./listening-gateway.ts";
import { latestPasscode } from "./outbox.ts";

export async function startSdkGateway(options: TestGatewayOptions = {}) {
  const gateway = await TestGateway.start({ secretsKey: randomBytes(32), ...options });
  const created = await gateway.identity.accessKeys.createAccessKey({
    userPoolId: gateway.pool.id,
    accessKeyId: "setup",
    requestId: "setup",
  });
  const key = { accessKeyId: created.accessKey.accessKeyId, accessKeySecret: created.accessKeySecret };
  const listening = await listenOnPort(gateway);
  const { origin } = listening;
  const admin = await adminHeaders(gateway);
  const management = (secret = key.accessKeySecret) =>
    new ManagementClient({ accessKeyId: key.accessKeyId, accessKeySecret: secret, host: origin });
  return {
    gateway,
    origin,
    key,
    management,
    authentication: () =>
      new AuthenticationClient({
        appId: gateway.application.appId,
        appSecret: gateway.applicationSecret,
        appHost: origin,
      }),
    /** The same pool's GraphQL as an administrator, for contract tests (data, or a thrown error). */
    adminGraphql: (query: string, variables: Record<string, unknown> = {}) =>
      runQuery(gateway, query, variables, { authorization: admin.authorization }),
    /** New users with these usernames and one password, created through ManagementClient; their ids. */
    async createUsers(password: string, ...usernames: string[]): Promise<string[]> {
      const created = await management().createUsersBatch({
        list: usernames.map((username) => ({ username, password })),
      } as never);
      if (created.statusCode !== 200) throw new Error(JSON.stringify(created));
      return created.data.map((user) => user.userId);
    },
    /** The six-digit passcode of the newest message the development outbox holds for this recipient. */
    latestPasscode: (recipient: string) => latestPasscode(gateway, recipient),
    async close() {
      await listening.close();
      await gateway.close();
    },
  };
}

export type SdkGateway = Awaited<ReturnType<typeof startSdkGateway>>;
