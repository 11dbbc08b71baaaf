// GenAuth's passcode channels: a code is only ever accepted by the flow it was sent for.
export const passcodeChannels = [
  "CHANNEL_LOGIN",
  "CHANNEL_REGISTER",
  "CHANNEL_RESET_PASSWORD",
  "CHANNEL_BIND_PHONE",
  "CHANNEL_BIND_EMAIL",
  "CHANNEL_UNBIND_PHONE",
  "CHANNEL_UNBIND_EMAIL",
  "CHANNEL_UPDATE_PHONE",
  "CHANNEL_UPDATE_EMAIL",
  "CHANNEL_VERIFY_MFA",
  "CHANNEL_DELETE_ACCOUNT",
] as const;

export type PasscodeChannel = (typeof passcodeChannels)[number];
export type Transport = "email" | "sms";

const phoneOnly: PasscodeChannel[] = ["CHANNEL_BIND_PHONE", "CHANNEL_UNBIND_PHONE", "CHANNEL_UPDATE_PHONE"];
const emailOnly: PasscodeChannel[] = ["CHANNEL_BIND_EMAIL", "CHANNEL_UNBIND_EMAIL", "CHANNEL_UPDATE_EMAIL"];

export function channelAllowsTransport(channel: PasscodeChannel, transport: Transport): boolean {
  return transport === "email" ? !phoneOnly.includes(channel) : !emailOnly.includes(channel);
}
