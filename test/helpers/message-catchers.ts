// Real carriers for tests: an SMTP server (smtp-server) and an HTTP SMS webhook receiver on loopback ports, whose
// received messages the tests read passcodes from.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createDelivery } from "../../src/delivery/index.ts";
import { signWebhookBody } from "../../src/delivery/sms-webhook.ts";
import type { Db } from "../../src/db/index.ts";
import { silentLog } from "./gateway.ts";

export interface ReceivedEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface ReceivedSms {
  body: Record<string, string>;
  signatureValid: boolean;
}

export const webhookSecret = "test-webhook-secret-0123456789";

export class MessageCatchers {
  readonly emails: ReceivedEmail[] = [];
  readonly sms: ReceivedSms[] = [];
  /** Make the carriers refuse: SMTP answers 550 to RCPT, the webhook answers 500. */
  failing = false;

  private constructor(
    private readonly smtp: SMTPServer,
    private readonly http: Server,
  ) {}

  static async start(): Promise<MessageCatchers> {
    let catchers: MessageCatchers | undefined;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (catchers?.failing) return callback(new Error("mailbox unavailable"));
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text;
            catchers!.emails.push({
              to: to ?? "",
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: String(mail.html || ""),
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const http = createServer((request, response) => {
      let raw = "";
      request.on("data", (chunk) => (raw += chunk));
      request.on("end", () => {
        if (catchers!.failing) {
          response.writeHead(500).end();
          return;
        }
        const header = String(request.headers["x-gateway-signature"] ?? "");
        const timestamp = Number(/t=(\d+)/.exec(header)?.[1]);
        const signature = /v1=([0-9a-f]+)/.exec(header)?.[1];
        catchers!.sms.push({
          body: JSON.parse(raw),
          signatureValid: signature === signWebhookBody(webhookSecret, timestamp, raw),
        });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    catchers = new MessageCatchers(smtp, http);
    return catchers;
  }

  delivery(db: Db) {
    return createDelivery(
      {
        production: false,
        smtp: {
          host: "127.0.0.1",
          port: (this.smtp.server.address() as AddressInfo).port,
          secure: false,
          requireTls: false,
          from: "Gateway Tests <no-reply@gateway.test>",
        },
        smsWebhook: {
          url: `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/sms`,
          secret: webhookSecret,
          timeoutMs: 3000,
        },
      },
      db,
      silentLog,
    );
  }

  /** The code in the latest email to `to`. */
  emailCode(to: string): string {
    const mail = this.emails.filter((email) => email.to === to).at(-1);
    const code = mail && /\b(\d{6})\b/.exec(mail.text)?.[1];
    if (!code) throw new Error(`no passcode email to ${to}`);
    return code;
  }

  /** The code in the latest text to the number. */
  smsCode(phoneNumber: string): string {
    const sms = this.sms.filter((message) => message.body.phoneNumber === phoneNumber).at(-1);
    if (!sms) throw new Error(`no passcode text to ${phoneNumber}`);
    return sms.body.code!;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.smtp.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}
