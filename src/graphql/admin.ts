// Shared by every administrator field: the acting access key (for audit entries) and the errors each may answer.
import { ForbiddenError, InvalidInputError, NotAuthenticatedError } from "../identity/errors.ts";
import type { AdminActor } from "../identity/management/audit-log.ts";
import { adminActor } from "../identity/caller.ts";
import type { GraphQLContext } from "./context.ts";

/** Refusals (by authScopes) and bad input: the union members every admin field declares. */
export const adminErrors = [ForbiddenError, NotAuthenticatedError, InvalidInputError];

/** The administrator behind the request; authScopes has refused anyone else before a resolver runs. */
export function actorOf(context: GraphQLContext): AdminActor {
  return adminActor(context);
}
