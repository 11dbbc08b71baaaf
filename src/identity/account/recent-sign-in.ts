// The fresh proof that changes which make a theft permanent need (binding an address, a first password, a second
// factor enrolled or removed): the caller's session must have signed in within the pool's
// reauthenticationMaxAgeSecs, so a stolen long-lived session cannot make them.
import type { Db } from "../../db/index.ts";
import type { UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { ReauthenticationRequiredError } from "../errors.ts";

export function createRecentSignInCheck({ db, clock }: { db: Db; clock: Clock }) {
  return async function assertRecentSignIn(pool: UserPool, sessionId: string | null | undefined): Promise<void> {
    const session = sessionId
      ? await db.session.findUnique({ where: { id: sessionId }, select: { createdAt: true } })
      : null;
    const age = session ? clock.now().getTime() - session.createdAt.getTime() : Number.POSITIVE_INFINITY;
    if (age > pool.reauthenticationMaxAgeSecs * 1000)
      throw new ReauthenticationRequiredError(pool.reauthenticationMaxAgeSecs);
  };
}
