// SMS through any vendor: a JSON POST to a configured URL, the body signed with HMAC-SHA256 so the receiver can
// check it came from this gateway and is fresh:
//   x-gateway-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
import { createHmac } from "node:crypto";
import type { SmsMessage } from "../identity/passcodes/delivery.ts";

export interface SmsWebhookSettings {
  url: string;
  secret: string;
  timeoutMs: number;
}

export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function createSmsWebhookSender(settings: SmsWebhookSettings, now: () => Date = () => new Date()) {
  return {
    async sendSms(message: SmsMessage) {
      const body = JSON.stringify({
        type: "passcode",
        phoneNumber: message.phoneNumber,
        phoneCountryCode: message.phoneCountryCode,
        text: message.text,
        code: message.code,
        channel: message.channel,
        language: message.language,
        userPoolId: message.userPoolId,
      });
      const timestamp = Math.floor(now().getTime() / 1000);
      const response = await fetch(settings.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-gateway-signature": `t=${timestamp},v1=${signWebhookBody(settings.secret, timestamp, body)}`,
        },
        body,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      // Drain the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`SMS webhook answered ${response.status}`);
    },
  };
}
