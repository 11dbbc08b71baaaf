// Email over SMTP with nodemailer.
import nodemailer from "nodemailer";
import type { EmailMessage } from "../identity/passcodes/delivery.ts";

export interface SmtpSettings {
  host: string;
  port: number;
  /** Implicit TLS (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  /** Refuse to send unless STARTTLS succeeds. */
  requireTls: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Accept self-signed certificates (development servers only). */
  allowInvalidCertificates?: boolean;
}

export function createSmtpEmailSender(settings: SmtpSettings) {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTls,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    tls: settings.allowInvalidCertificates ? { rejectUnauthorized: false } : undefined,
  });
  return {
    async sendEmail(message: EmailMessage) {
      await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { "X-Passcode-Channel": message.channel },
      });
    },
    close: () => transport.close(),
  };
}
