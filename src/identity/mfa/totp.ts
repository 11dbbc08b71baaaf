// TOTP (RFC 6238) through otpauth: SHA-1, 6 digits, 30-second steps, the step before and after accepted for
// clock drift. The step a code matched is returned so the caller can refuse it the second time.
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

export const totpPeriodSecs = 30;

function totpOf(secret: string, label = "", issuer = "") {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: totpPeriodSecs, secret });
}

/** 160 random bits, base32 (what authenticator apps take when typed in). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI and the same as an SVG QR code, for authenticator apps. */
export async function totpEnrolment(secret: string, account: string, issuer: string) {
  const uri = totpOf(secret, account, issuer).toString();
  return { uri, qrCodeSvg: await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 }) };
}

/** The time step `code` matches at `now` (±1 step), or null. */
export function matchingTotpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / totpPeriodSecs) + delta;
}

/** The code of `now`'s step (for tests and for authenticator simulations). */
export function totpCodeAt(secret: string, now: Date): string {
  return totpOf(secret).generate({ timestamp: now.getTime() });
}
