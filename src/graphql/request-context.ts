import { isIP } from "node:net";
import type { RequestContext } from "../identity/authentication.ts";
import { InvalidInputError } from "../identity/errors.ts";
import type { GraphQLContext } from "./context.ts";

/**
 * The application, its pool and the end user's address for a sign-up or sign-in. A `clientIp` option is believed
 * only from a confidential application's backend that authenticates with its secret: from anyone else (public
 * clients included) it would let a caller pick the address that per-IP limits count.
 */
export async function requestContextFor(context: GraphQLContext, clientIp?: string | null): Promise<RequestContext> {
  const { application, pool } = await context.application();
  let ip = context.ip;
  if (clientIp != null) {
    if (isIP(clientIp.trim()) === 0) throw new InvalidInputError("clientIp", "input.invalidIp");
    if (!context.presentsClientSecret) throw new InvalidInputError("clientIp", "input.clientIpNeedsSecret");
    // A public client has no secret, so anything it "presents" proves nothing: it cannot vouch for an address.
    const client = await context.authenticatedClient();
    if (client.tokenEndpointAuthMethod === "none") throw new InvalidInputError("clientIp", "input.clientIpNeedsSecret");
    ip = clientIp.trim();
  }
  return { application, pool, ip, userAgent: context.userAgent };
}
