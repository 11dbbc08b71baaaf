// Picks each transport from configuration: SMTP when SMTP_HOST is set, the SMS webhook when SMS_WEBHOOK_URL is
// set, the development outbox otherwise, but never in production: there a transport without a carrier refuses
// to send, since a live passcode in a log line or a table is a passcode anyone with log access can use.
import type { Config } from "../config.ts";
import type { Db } from "../db/index.ts";
import type { MessageDelivery } from "../identity/passcodes/delivery.ts";
import type { Logger } from "../logger.ts";
import { createOutbox } from "./outbox.ts";
import { createSmsWebhookSender } from "./sms-webhook.ts";
import { createSmtpEmailSender } from "./smtp.ts";

export interface ConfiguredDelivery extends MessageDelivery {
  /** Which transports write to the development outbox (and so may be read back by devOutbox). */
  usesOutbox: { email: boolean; sms: boolean };
  configured: { email: boolean; sms: boolean };
  close(): void;
}

export function createDelivery(
  config: Pick<Config, "smtp" | "smsWebhook" | "production">,
  db: Db,
  log: Logger,
): ConfiguredDelivery {
  const outbox = createOutbox(db, log);
  const smtp = config.smtp ? createSmtpEmailSender(config.smtp) : null;
  const sms = config.smsWebhook ? createSmsWebhookSender(config.smsWebhook) : null;
  return {
    sendEmail: smtp ? (message) => smtp.sendEmail(message) : outbox.sendEmail,
    sendSms: sms ? (message) => sms.sendSms(message) : outbox.sendSms,
    usesOutbox: { email: !smtp && !config.production, sms: !sms && !config.production },
    configured: { email: Boolean(smtp) || !config.production, sms: Boolean(sms) || !config.production },
    close: () => smtp?.close(),
  };
}
