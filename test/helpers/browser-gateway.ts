// A gateway for a real browser: on a real port whose origin is its public URL (so the tokens' issuer and every
// page's links are what the browser sees), two applications, and a relying party on its own port registered
// with both (redirect and post-logout URIs).
import { randomBytes } from "node:crypto";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { TestGateway, type TestGatewayOptions } from "./gateway.ts";
import { latestPasscode } from "./outbox.ts";
import { startRelyingParty } from "./relying-party-server.ts";
import { createUser } from "./users.ts";

/**
 * `hostName: "localhost"` for WebAuthn, which takes no IP address as a relying party's id (the server still
 * listens on 127.0.0.1, where Chromium takes localhost).
 */
export async function startBrowserGateway(options: TestGatewayOptions & { hostName?: "localhost" } = {}) {
  const { hostName = "127.0.0.1", ...gatewayOptions } = options;
  // The port comes first: the gateway's issuer is the origin it will be reached at.
  let handler: RequestListener = (_request, response) => response.writeHead(503).end();
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://${hostName}:${(server.address() as AddressInfo).port}`;
  const gateway = await TestGateway.start({
    secretsKey: randomBytes(32),
    issuer: `${origin}/oidc`,
    appConfig: { publicUrl: origin },
    ...gatewayOptions,
  });
  handler = gateway.app.nodeListener;
  const second = await gateway.identity.applications.createApplication(gateway.pool.id, { name: "Second app" });
  await gateway.db.application.update({ where: { id: gateway.application.id }, data: { name: "First app" } });
  const rp = await startRelyingParty(`${origin}/oidc`, {
    first: { appId: gateway.application.appId, appSecret: gateway.applicationSecret },
    second: { appId: second.application.appId, appSecret: second.secret },
  });
  await gateway.db.application.updateMany({
    where: { id: { in: [gateway.application.id, second.application.id] } },
    data: { redirectUris: [rp.redirectUri], postLogoutRedirectUris: [rp.postLogoutRedirectUri] },
  });
  return {
    gateway,
    origin,
    rp,
    createUser: (fields: Parameters<typeof createUser>[1]) => createUser(gateway, fields),
    latestPasscode: (recipient: string) => latestPasscode(gateway, recipient),
    async close() {
      await rp.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.close();
    },
  };
}

export type BrowserGateway = Awaited<ReturnType<typeof startBrowserGateway>>;
