import type { OutboxMessage } from "../../generated/prisma/client.ts";
import { passcodeChannels } from "../../identity/passcodes/channels.ts";
import { builder } from "../builder.ts";

export const PasscodeChannelEnum = builder.enumType("PasscodeChannel", { values: passcodeChannels });

export const PasscodeSentType = builder.objectRef<{ expiresIn: number }>("PasscodeSent").implement({
  fields: (t) => ({
    expiresIn: t.exposeInt("expiresIn", { description: "Seconds the code stays valid." }),
  }),
});

export const SuccessType = builder.objectRef<{ success: true }>("Success").implement({
  fields: (t) => ({ success: t.exposeBoolean("success") }),
});

export const OutboxMessageType = builder.objectRef<OutboxMessage>("OutboxMessage").implement({
  description: "A message the development outbox holds instead of sending it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    transport: t.exposeString("transport"),
    recipient: t.exposeString("recipient"),
    channel: t.exposeString("channel", { nullable: true }),
    subject: t.exposeString("subject", { nullable: true }),
    text: t.exposeString("text"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const DevOutboxType = builder.objectRef<{ messages: OutboxMessage[] }>("DevOutbox").implement({
  fields: (t) => ({ messages: t.field({ type: [OutboxMessageType], resolve: (outbox) => outbox.messages }) }),
});

function ticketType(name: string, tokenField: string) {
  return builder.objectRef<{ token: string; expiresIn: number }>(name).implement({
    fields: (t) => ({
      [tokenField]: t.exposeString("token", { description: "Single use; spend it in the second step." }),
      tokenExpiresIn: t.exposeInt("expiresIn", { description: "Seconds until the token expires." }),
    }),
  });
}

export const PasswordResetTicketType = ticketType("PasswordResetTicket", "passwordResetToken");
export const UpdateEmailTicketType = ticketType("UpdateEmailTicket", "updateEmailToken");
export const UpdatePhoneTicketType = ticketType("UpdatePhoneTicket", "updatePhoneToken");
export const DeleteAccountTicketType = ticketType("DeleteAccountTicket", "deleteAccountToken");

export const VerifyMethodEnum = builder.enumType("VerifyMethod", {
  values: ["EMAIL_PASSCODE", "PHONE_PASSCODE", "PASSWORD"] as const,
});
export const ResetPasswordVerifyMethodEnum = builder.enumType("ResetPasswordVerifyMethod", {
  values: ["EMAIL_PASSCODE", "PHONE_PASSCODE"] as const,
});
export const SignUpConnectionEnum = builder.enumType("SignUpConnection", { values: ["PASSWORD", "PASSCODE"] as const });
