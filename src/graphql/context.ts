// The per-request context: the Caller (resolved once, in src/http/caller.ts) and what the GraphQL layer adds.
import type { Caller } from "../identity/caller.ts";
import type { Identity } from "../identity/index.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../telemetry/metrics.ts";

export interface GraphQLContext extends Caller {
  identity: Identity;
  log: Logger;
  /** Counts authentication outcomes, when the gateway serves metrics. */
  metrics: Pick<Metrics, "observeAuthEvent"> | null;
  /** Users this request proved to be by signing up or in: their own record may be answered without a token. */
  provenUserIds: Set<string>;
  /** Whether the development-only devOutbox query may answer. */
  devOutboxQuery: boolean;
}
