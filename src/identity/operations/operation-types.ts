// Shapes every operations module speaks in.

/** An optional input as adapters hand it over: GraphQL and JSON say "absent" as null or undefined alike. */
export type Nullable<T> = T | null | undefined;

/** A caller-scoped list: the adapter reads it with its own selection (Pothos's `...query`, a DTO's columns). */
export interface ListSpec<Where, OrderBy> {
  where: Where;
  orderBy: OrderBy[];
}
