// What the passcode service needs from a carrier. Implementations live in src/delivery (SMTP, SMS webhook,
// development outbox); a failure must throw, so the service can withdraw the undelivered code.

export interface EmailMessage {
  userPoolId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  channel: string;
}

export interface SmsMessage {
  userPoolId: string;
  phoneNumber: string;
  phoneCountryCode: string;
  text: string;
  code: string;
  channel: string;
  language: string;
}

export interface MessageDelivery {
  sendEmail(message: EmailMessage): Promise<void>;
  sendSms(message: SmsMessage): Promise<void>;
  /** Whether a transport has a carrier at all; absent means both do. */
  configured?: { email: boolean; sms: boolean };
}
