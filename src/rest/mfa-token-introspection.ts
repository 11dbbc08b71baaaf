// GenAuth's POST /mfa/token/introspection: whether an mfaToken (a sign-in waiting for its second factor) is live,
// for the application the request names; RFC 7662's shape ({ active, ... }), the token in a form or JSON body.
import { Hono } from "hono";
import type { ResolveCaller } from "../http/caller.ts";
import { IdentityError } from "../identity/errors.ts";
import type { Identity } from "../identity/index.ts";
import type { RestEnv } from "./rest-app.ts";

export function createMfaTokenIntrospection({
  identity,
  resolveCaller,
}: {
  identity: Identity;
  resolveCaller: ResolveCaller;
}) {
  const app = new Hono<RestEnv>();
  app.post("/token/introspection", async (c) => {
    const text = (await c.req.text()).slice(0, 16 * 1024);
    let token = new URLSearchParams(text).get("token");
    if (!token && text.trimStart().startsWith("{")) {
      try {
        token = (JSON.parse(text) as { token?: unknown }).token?.toString() ?? null;
      } catch {
        token = null;
      }
    }
    const caller = await resolveCaller(c.req.raw, { remoteAddress: c.env?.incoming?.socket?.remoteAddress ?? null });
    try {
      return c.json(await identity.mfa.introspectMfaToken(caller, { mfaToken: token ?? "" }));
    } catch (error) {
      // No application named, or an unknown one: nothing is active for it.
      if (error instanceof IdentityError) return c.json({ active: false });
      throw error;
    }
  });
  return app;
}
