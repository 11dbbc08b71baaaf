// POST get-management-token: the access key pair buys a management token, sent afterwards as `Bearer` (with
// `x-authing-userpool-id`, which the pool inside the token overrides). GenAuth's Python SDK authenticates so; it
// decodes the token itself and reads `scoped_userpool_id` from it.
import { z } from "@hono/zod-openapi";
import type { Identity } from "../../identity/index.ts";
import type { routeRegistrar } from "../route-schemas.ts";

export function registerManagementTokenRoute(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  route.post(
    "/get-management-token",
    z.object({ accessKeyId: z.string(), accessKeySecret: z.string() }),
    (_caller, body) => identity.management.issueManagementToken(body.accessKeyId, body.accessKeySecret),
  );
}
