// Verification tickets: the single-use proof handed out by verifyXxxRequest and spent by the second step.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { Prisma, UserPool } from "../../generated/prisma/client.ts";
import type { TicketPurpose } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";
import { VerificationTicketError } from "../errors.ts";
import { hashOpaqueToken } from "../tokens/token-service.ts";

export interface IssuedTicket {
  token: string;
  expiresIn: number;
}

export function createTicketService({ db, clock }: { db: Db; clock: Clock }) {
  async function issueTicket(
    pool: UserPool,
    userId: string,
    purpose: TicketPurpose,
    data?: Prisma.InputJsonValue,
  ): Promise<IssuedTicket> {
    const token = randomBytes(32).toString("base64url");
    const now = clock.now();
    await db.verificationTicket.create({
      data: {
        userPoolId: pool.id,
        userId,
        purpose,
        tokenHash: hashOpaqueToken(token),
        data,
        createdAt: now,
        expiresAt: new Date(now.getTime() + pool.verificationTicketTtlSecs * 1000),
      },
    });
    return { token, expiresIn: pool.verificationTicketTtlSecs };
  }

  /** Reads a live ticket without spending it, so input can be validated first; unusable ones are all one error. */
  async function peekTicket(token: string, purpose: TicketPurpose, userId?: string) {
    const ticket = await db.verificationTicket.findUnique({ where: { tokenHash: hashOpaqueToken(token.trim()) } });
    if (!ticket || ticket.purpose !== purpose || ticket.consumedAt || ticket.expiresAt <= clock.now()) {
      throw new VerificationTicketError();
    }
    if (userId && ticket.userId !== userId) throw new VerificationTicketError();
    return ticket;
  }

  /**
   * Spends a ticket of the given purpose (and, when `userId` is given, of that user). Unknown, spent, expired
   * and wrong-purpose tickets are all the same error.
   */
  async function consumeTicket(token: string, purpose: TicketPurpose, userId?: string) {
    const ticket = await peekTicket(token, purpose, userId);
    const { count } = await db.verificationTicket.updateMany({
      where: { id: ticket.id, consumedAt: null },
      data: { consumedAt: clock.now() },
    });
    if (count === 0) throw new VerificationTicketError();
    return ticket;
  }

  return { issueTicket, peekTicket, consumeTicket };
}

export type TicketService = ReturnType<typeof createTicketService>;
