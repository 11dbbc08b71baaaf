// Development delivery: messages are written to the OutboxMessage table and logged, so `npm start` works with no
// mail server or SMS vendor, and the devOutbox query can read them back.
import type { Db } from "../db/index.ts";
import type { EmailMessage, SmsMessage } from "../identity/passcodes/delivery.ts";
import type { Logger } from "../logger.ts";

export function createOutbox(db: Db, log: Logger) {
  return {
    async sendEmail(message: EmailMessage) {
      const row = await db.outboxMessage.create({
        data: {
          userPoolId: message.userPoolId,
          transport: "EMAIL",
          recipient: message.to,
          channel: message.channel,
          subject: message.subject,
          text: message.text,
          html: message.html,
        },
      });
      log.info({ outboxId: row.id, to: message.to, text: message.text }, "development outbox: email");
    },
    async sendSms(message: SmsMessage) {
      const recipient = `${message.phoneCountryCode} ${message.phoneNumber}`;
      const row = await db.outboxMessage.create({
        data: {
          userPoolId: message.userPoolId,
          transport: "SMS",
          recipient,
          channel: message.channel,
          text: message.text,
        },
      });
      log.info({ outboxId: row.id, to: recipient, text: message.text }, "development outbox: sms");
    },
  };
}
