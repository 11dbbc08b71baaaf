// Development only: what the outbox holds for a recipient of the caller's pool, newest first, so a developer can
// read the passcodes the gateway "sent" without a mail server. The transport decides whether it may answer.
import type { Db } from "../../db/index.ts";
import type { OutboxMessage } from "../../generated/prisma/client.ts";
import type { Caller } from "../caller.ts";

export function createDevOutbox({ db }: { db: Db }) {
  async function latestMessages(
    caller: Caller,
    input: { recipient: string; last?: number | null },
  ): Promise<OutboxMessage[]> {
    const { pool } = await caller.application();
    return db.outboxMessage.findMany({
      where: { userPoolId: pool.id, recipient: input.recipient.trim().toLowerCase() },
      orderBy: { createdAt: "desc" },
      take: Math.min(Math.max(input.last ?? 10, 1), 50),
    });
  }

  return { latestMessages };
}
