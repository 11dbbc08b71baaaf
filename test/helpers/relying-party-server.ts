// A relying party on a real port, as an application behind the hosted login would be: /start/<client> sends the
// browser to the gateway's authorization endpoint (openid-client, PKCE S256, state and nonce), /callback redeems
// the code and shows who signed in, /logout sends the browser to RP-Initiated Logout with the id_token. Its pages
// are plain HTML with ids for a browser test to read.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as oidc from "openid-client";

export interface RelyingPartyClient {
  appId: string;
  appSecret: string;
}

interface Pending {
  client: string;
  verifier: string;
  nonce: string;
  state: string;
}

/** An authorization URL with PKCE S256, state and nonce, and the checks to verify its answer with. */
export async function authorizationUrl(
  config: oidc.Configuration,
  redirectUri: string,
  extra: Record<string, string> = {},
) {
  const verifier = oidc.randomPKCECodeVerifier();
  const checks = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid profile email",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: checks.state,
    nonce: checks.nonce,
    ...extra,
  });
  return { url, checks };
}

const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>RP</title></head><body>${body}</body></html>`;

export async function startRelyingParty(issuer: string, clients: Record<string, RelyingPartyClient>) {
  const configs = new Map<string, oidc.Configuration>();
  const pending = new Map<string, Pending>();
  const signedIn = new Map<string, oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers>();
  let origin = "";

  async function configOf(name: string) {
    let config = configs.get(name);
    if (!config) {
      const client = clients[name];
      if (!client) throw new Error(`no client ${name}`);
      config = await oidc.discovery(new URL(issuer), client.appId, client.appSecret, undefined, {
        execute: [oidc.allowInsecureRequests],
      });
      configs.set(name, config);
    }
    return config;
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", origin);
    const send = (status: number, html: string, headers: Record<string, string> = {}) =>
      response.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers }).end(html);
    try {
      const start = /^\/start\/([\w-]+)$/.exec(url.pathname);
      if (start) {
        const name = start[1]!;
        const { url: target, checks } = await authorizationUrl(
          await configOf(name),
          `${origin}/callback`,
          Object.fromEntries(url.searchParams),
        );
        pending.set(checks.state, { client: name, ...checks });
        return send(302, "", { location: target.href });
      }
      if (url.pathname === "/callback") {
        const state = url.searchParams.get("state") ?? "";
        const checks = pending.get(state);
        if (url.searchParams.get("error"))
          return send(200, page(`<h1 id="error">${escapeText(url.searchParams.get("error")!)}</h1>`));
        if (!checks) return send(400, page(`<h1 id="error">unknown state</h1>`));
        pending.delete(state);
        const config = await configOf(checks.client);
        const tokens = await oidc.authorizationCodeGrant(config, url, {
          pkceCodeVerifier: checks.verifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        signedIn.set(checks.client, tokens);
        const claims = tokens.claims()!;
        return send(
          200,
          page(
            `<h1 id="signed-in">Signed in to ${escapeText(checks.client)} as <span id="sub">${escapeText(claims.sub)}</span></h1>
<p id="refresh">${tokens.refresh_token ? "with a refresh token" : "without a refresh token"}</p>
<p id="amr">${escapeText(((claims.amr as string[] | undefined) ?? []).join(" "))}</p>`,
          ),
        );
      }
      const logout = /^\/logout\/([\w-]+)$/.exec(url.pathname);
      if (logout) {
        const tokens = signedIn.get(logout[1]!);
        const target = oidc.buildEndSessionUrl(await configOf(logout[1]!), {
          ...(tokens?.id_token ? { id_token_hint: tokens.id_token } : {}),
          post_logout_redirect_uri: `${origin}/signed-out`,
        });
        return send(302, "", { location: target.href });
      }
      if (url.pathname === "/signed-out") return send(200, page(`<h1 id="signed-out">Signed out</h1>`));
      return send(404, page("not found"));
    } catch (error) {
      return send(500, page(`<h1 id="failure">${escapeText(String(error))}</h1>`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    redirectUri: `${origin}/callback`,
    postLogoutRedirectUri: `${origin}/signed-out`,
    /** The token response the last callback of this client redeemed. */
    tokensOf: (client: string) => signedIn.get(client),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type RelyingParty = Awaited<ReturnType<typeof startRelyingParty>>;
