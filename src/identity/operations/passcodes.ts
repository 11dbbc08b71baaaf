// Passcodes, captchas and the pool's password-encryption keys as (caller, input) operations: each for the
// caller's application's pool, counted against the caller's address and answered in the caller's language.
import type { Caller } from "../caller.ts";
import type { CaptchaService } from "../credentials/captcha.ts";
import type { CaptchaAnswer } from "../credentials/password-attempts.ts";
import type { PasswordTransport } from "../credentials/password-transport.ts";
import type { PasscodeChannel } from "../passcodes/channels.ts";
import type { PasscodeService } from "../passcodes/passcode-service.ts";
import type { Nullable } from "./operation-types.ts";

export function createPasscodeOperations(deps: {
  passcodes: PasscodeService;
  captchas: CaptchaService;
  passwords: PasswordTransport;
}) {
  const { passcodes, captchas, passwords } = deps;

  async function sendSms(
    caller: Caller,
    input: { channel: PasscodeChannel; phoneNumber: string; phoneCountryCode?: Nullable<string> } & CaptchaAnswer,
  ) {
    const { pool } = await caller.application();
    const recipient = { transport: "sms" as const, phone: input.phoneNumber, phoneCountryCode: input.phoneCountryCode };
    return passcodes.sendPasscode(pool, input.channel, recipient, caller.language, { ip: caller.ip, captcha: input });
  }

  async function sendEmail(caller: Caller, input: { channel: PasscodeChannel; email: string } & CaptchaAnswer) {
    const { pool } = await caller.application();
    const recipient = { transport: "email" as const, email: input.email };
    return passcodes.sendPasscode(pool, input.channel, recipient, caller.language, { ip: caller.ip, captcha: input });
  }

  async function issueCaptcha(caller: Caller) {
    const { pool } = await caller.application();
    return captchas.issueCaptcha(pool);
  }

  /** The pool's public keys for passwordEncryptType rsa and sm2. */
  async function systemInfo(caller: Caller) {
    const { pool } = await caller.application();
    return passwords.publicKeys(pool);
  }

  return { sendSms, sendEmail, issueCaptcha, systemInfo };
}

export type PasscodeOperations = ReturnType<typeof createPasscodeOperations>;
