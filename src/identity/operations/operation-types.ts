// Shapes every operations module speaks in.
import type { Prisma } from "../../generated/prisma/client.ts";

/** An optional input as adapters hand it over: GraphQL and JSON say "absent" as null or undefined alike. */
export type Nullable<T> = T | null | undefined;

/** A caller-scoped list: the adapter reads it with its own selection (Pothos's `...query`, a DTO's columns). */
export interface ListSpec<Where, OrderBy> {
  where: Where;
  orderBy: OrderBy[];
}

/** A caller-scoped list of users (a role's, a group's or a department's members). */
export type MemberSpec = ListSpec<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput>;
