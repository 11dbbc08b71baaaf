// The hosted pages' words in the four languages the gateway speaks. Error messages come from the core's
// catalogue (the one error mapping); these are the pages' own labels.
import type { Language } from "../../identity/i18n/messages.ts";

const enUS = {
  signInTitle: "Sign in",
  signInTo: "to continue to {app}",
  account: "Username, email or phone",
  password: "Password",
  captcha: "Characters in the image",
  submit: "Sign in",
  errorTitle: "This sign-in link cannot be used",
  errorHint: "Go back to the application and try again. If it keeps happening, tell the application's support.",
  redirecting: "Returning to the application…",
  continue: "Continue",
  signOutTitle: "Sign out",
  signOutQuestion: "Sign out of every application in this browser?",
  signOutButton: "Sign out",
  signedOut: "You are signed out.",
};
type PageTexts = typeof enUS;

const zhCN: PageTexts = {
  signInTitle: "登录",
  signInTo: "以继续使用 {app}",
  account: "用户名、邮箱或手机号",
  password: "密码",
  captcha: "图片中的字符",
  submit: "登录",
  errorTitle: "此登录链接无法使用",
  errorHint: "请返回应用重试。如果问题持续，请联系该应用的支持人员。",
  redirecting: "正在返回应用…",
  continue: "继续",
  signOutTitle: "退出登录",
  signOutQuestion: "要在此浏览器中退出所有应用吗？",
  signOutButton: "退出登录",
  signedOut: "你已退出登录。",
};

const zhTW: PageTexts = {
  signInTitle: "登入",
  signInTo: "以繼續使用 {app}",
  account: "使用者名稱、電子郵件或手機號碼",
  password: "密碼",
  captcha: "圖片中的字元",
  submit: "登入",
  errorTitle: "此登入連結無法使用",
  errorHint: "請返回應用程式重試。若問題持續，請聯絡該應用程式的支援人員。",
  redirecting: "正在返回應用程式…",
  continue: "繼續",
  signOutTitle: "登出",
  signOutQuestion: "要在此瀏覽器中登出所有應用程式嗎？",
  signOutButton: "登出",
  signedOut: "你已登出。",
};

const jaJP: PageTexts = {
  signInTitle: "サインイン",
  signInTo: "{app} を続行するには",
  account: "ユーザー名、メールアドレスまたは電話番号",
  password: "パスワード",
  captcha: "画像の文字",
  submit: "サインイン",
  errorTitle: "このサインインリンクは使用できません",
  errorHint:
    "アプリケーションに戻ってもう一度お試しください。繰り返し発生する場合は、アプリケーションのサポートにお問い合わせください。",
  redirecting: "アプリケーションに戻っています…",
  continue: "続行",
  signOutTitle: "サインアウト",
  signOutQuestion: "このブラウザーのすべてのアプリケーションからサインアウトしますか？",
  signOutButton: "サインアウト",
  signedOut: "サインアウトしました。",
};

const texts: Record<Language, PageTexts> = { "en-US": enUS, "zh-CN": zhCN, "zh-TW": zhTW, "ja-JP": jaJP };

export function pageTexts(language: Language): PageTexts {
  return texts[language];
}
