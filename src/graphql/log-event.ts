import { IdentityError } from "../identity/errors.ts";
import type { GraphQLContext } from "./context.ts";

/**
 * Logs and counts an authentication event with its outcome and the request id. Only ids and codes are logged:
 * never the account typed, a password or a token.
 */
export async function withEventLog<T extends { id?: string; user?: { id: string } }>(
  context: GraphQLContext,
  event: "sign_up" | "sign_in",
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    context.metrics?.observeAuthEvent(event, "success");
    context.log.info({ event, outcome: "success", userId: result.user?.id ?? result.id, ip: context.ip }, event);
    return result;
  } catch (error) {
    if (error instanceof IdentityError) {
      context.metrics?.observeAuthEvent(event, "failure", error.apiCode);
      context.log.info({ event, outcome: "failure", apiCode: error.apiCode, error: error.name, ip: context.ip }, event);
    }
    throw error;
  }
}
