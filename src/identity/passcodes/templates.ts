// Passcode messages per channel and language, as plain text and HTML.
import type { Language } from "../i18n/messages.ts";
import type { PasscodeChannel } from "./channels.ts";

type Purposes = Record<PasscodeChannel, string>;

const purposes: Record<Language, Purposes> = {
  "en-US": {
    CHANNEL_LOGIN: "sign in",
    CHANNEL_REGISTER: "create your account",
    CHANNEL_RESET_PASSWORD: "reset your password",
    CHANNEL_BIND_PHONE: "add this phone number to your account",
    CHANNEL_BIND_EMAIL: "add this email address to your account",
    CHANNEL_UNBIND_PHONE: "remove this phone number from your account",
    CHANNEL_UNBIND_EMAIL: "remove this email address from your account",
    CHANNEL_UPDATE_PHONE: "change your phone number",
    CHANNEL_UPDATE_EMAIL: "change your email address",
    CHANNEL_VERIFY_MFA: "confirm your sign-in",
    CHANNEL_DELETE_ACCOUNT: "delete your account",
  },
  "zh-CN": {
    CHANNEL_LOGIN: "登录",
    CHANNEL_REGISTER: "注册账号",
    CHANNEL_RESET_PASSWORD: "重置密码",
    CHANNEL_BIND_PHONE: "绑定手机号",
    CHANNEL_BIND_EMAIL: "绑定邮箱",
    CHANNEL_UNBIND_PHONE: "解绑手机号",
    CHANNEL_UNBIND_EMAIL: "解绑邮箱",
    CHANNEL_UPDATE_PHONE: "修改手机号",
    CHANNEL_UPDATE_EMAIL: "修改邮箱",
    CHANNEL_VERIFY_MFA: "进行多因素认证",
    CHANNEL_DELETE_ACCOUNT: "注销账号",
  },
  "zh-TW": {
    CHANNEL_LOGIN: "登入",
    CHANNEL_REGISTER: "註冊帳號",
    CHANNEL_RESET_PASSWORD: "重設密碼",
    CHANNEL_BIND_PHONE: "綁定手機號碼",
    CHANNEL_BIND_EMAIL: "綁定電子郵件",
    CHANNEL_UNBIND_PHONE: "解除綁定手機號碼",
    CHANNEL_UNBIND_EMAIL: "解除綁定電子郵件",
    CHANNEL_UPDATE_PHONE: "修改手機號碼",
    CHANNEL_UPDATE_EMAIL: "修改電子郵件",
    CHANNEL_VERIFY_MFA: "進行多因素驗證",
    CHANNEL_DELETE_ACCOUNT: "刪除帳號",
  },
  "ja-JP": {
    CHANNEL_LOGIN: "ログイン",
    CHANNEL_REGISTER: "アカウント登録",
    CHANNEL_RESET_PASSWORD: "パスワードの再設定",
    CHANNEL_BIND_PHONE: "電話番号の登録",
    CHANNEL_BIND_EMAIL: "メールアドレスの登録",
    CHANNEL_UNBIND_PHONE: "電話番号の削除",
    CHANNEL_UNBIND_EMAIL: "メールアドレスの削除",
    CHANNEL_UPDATE_PHONE: "電話番号の変更",
    CHANNEL_UPDATE_EMAIL: "メールアドレスの変更",
    CHANNEL_VERIFY_MFA: "多要素認証",
    CHANNEL_DELETE_ACCOUNT: "アカウントの削除",
  },
};

export interface PasscodeMessage {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderPasscodeMessage(
  language: Language,
  channel: PasscodeChannel,
  code: string,
  ttlSeconds: number,
): PasscodeMessage {
  const purpose = purposes[language][channel];
  if (language === "zh-CN") {
    const text = `您正在${purpose}，验证码为 ${code}，${ttlSeconds} 秒内有效。如非本人操作，请忽略本消息。`;
    return { subject: `${purpose}验证码：${code}`, text, html: htmlOf(text, code, "zh-CN") };
  }
  if (language === "zh-TW") {
    const text = `您正在${purpose}，驗證碼為 ${code}，${ttlSeconds} 秒內有效。如非本人操作，請忽略本訊息。`;
    return { subject: `${purpose}驗證碼：${code}`, text, html: htmlOf(text, code, "zh-TW") };
  }
  if (language === "ja-JP") {
    const text = `${purpose}の認証コードは ${code} です。有効期限は ${ttlSeconds} 秒です。心当たりがない場合は、このメッセージを無視してください。`;
    return { subject: `${purpose}の認証コード：${code}`, text, html: htmlOf(text, code, "ja") };
  }
  const text = `Your code to ${purpose} is ${code}. It expires in ${ttlSeconds} seconds. If this wasn't you, ignore this message.`;
  return { subject: `Your code to ${purpose}: ${code}`, text, html: htmlOf(text, code, "en") };
}

function htmlOf(text: string, code: string, lang: string): string {
  const body = escapeHtml(text).replace(
    escapeHtml(code),
    `<strong style="font-size:1.4em;letter-spacing:0.2em">${escapeHtml(code)}</strong>`,
  );
  return `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif"><p>${body}</p></body></html>`;
}
