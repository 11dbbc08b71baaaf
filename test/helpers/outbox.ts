// Passcodes as a user reads them: the newest message the development outbox holds for a recipient.
import type { TestGateway } from "./gateway.ts";

/** The six-digit passcode of the newest outbox message to this recipient in the gateway's pool. */
export async function latestPasscode(gateway: TestGateway, recipient: string): Promise<string> {
  const message = await gateway.db.outboxMessage.findFirst({
    where: { userPoolId: gateway.pool.id, recipient: { contains: recipient } },
    orderBy: { createdAt: "desc" },
  });
  const passCode = /\b(\d{6})\b/.exec(message?.text ?? "")?.[1];
  if (!passCode) throw new Error(`no passcode for ${recipient}`);
  return passCode;
}
