import { isIP } from "node:net";
import type { RequestContext } from "../identity/authentication.ts";
import { InvalidInputError } from "../identity/errors.ts";
import type { GraphQLContext } from "./context.ts";

/** The application, its pool and the end user's address for a sign-up or sign-in. */
export async function requestContextFor(context: GraphQLContext, clientIp?: string | null): Promise<RequestContext> {
  const { application, pool } = await context.application();
  if (clientIp != null && isIP(clientIp.trim()) === 0) {
    throw new InvalidInputError("clientIp", "input.invalidIp");
  }
  return { application, pool, ip: clientIp?.trim() || context.ip, userAgent: context.userAgent };
}
