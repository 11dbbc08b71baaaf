// A resolver that already holds a whole row (just created or written) can answer a selection of plain columns
// without reading it again; relations still need the read.
import type { User } from "../generated/prisma/client.ts";
import type { GraphQLContext } from "./context.ts";

/** True when a Pothos Prisma query selects columns only (no relation), so a complete row satisfies it. */
export function selectsColumnsOnly(query: {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}): boolean {
  if (query.include && Object.keys(query.include).length > 0) return false;
  return Object.values(query.select ?? {}).every((selected) => selected === true);
}

/**
 * Answers the user this request just proved to be (signed up or in): their own record, which the User type's
 * authorization then lets through without an access token.
 */
export function answerProvenUser(
  context: GraphQLContext,
  query: { select?: Record<string, unknown>; include?: Record<string, unknown> },
  user: User,
): User | Promise<User> {
  context.provenUserIds.add(user.id);
  if (selectsColumnsOnly(query)) return user;
  return context.identity.db.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
}

/**
 * A list behind a result wrapper (`{ roles }` of MyRoles) gets an empty selection when the client asks only for
 * the wrapper's __typename, and Prisma refuses an empty select: read the keys then.
 */
export function selectingAtLeastKey<Q extends { select?: Record<string, unknown> }>(query: Q): Q {
  return query.select && Object.keys(query.select).length === 0 ? { ...query, select: { id: true } } : query;
}
