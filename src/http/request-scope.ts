// The request a piece of code runs for, carried by AsyncLocalStorage: the logger stamps every line with its
// requestId, including lines written by libraries (yoga) that know nothing of our context.
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestScope {
  requestId: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The requestId of the request the caller runs for, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
