import { catalogues, defaultLanguage, type Language, type MessageKey } from "./messages.ts";
import type { MessageParams } from "../errors.ts";

const languages = Object.keys(catalogues) as Language[];

/**
 * Picks a supported language from an explicit choice (x-authing-lang) or an Accept-Language header, by exact tag
 * first, then by primary subtag (zh-Hans -> zh-CN, en-GB -> en-US).
 */
export function negotiateLanguage(explicit?: string | null, acceptLanguage?: string | null): Language {
  const candidates = [
    ...(explicit ? [explicit] : []),
    ...(acceptLanguage ?? "")
      .split(",")
      .map((part) => {
        const [tag = "", ...params] = part.trim().split(";");
        const q = params.find((p) => p.trim().startsWith("q="));
        return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .filter((entry) => entry.tag && entry.q > 0)
      .sort((a, b) => b.q - a.q)
      .map((entry) => entry.tag),
  ];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    // Traditional Chinese, however it is tagged (zh-Hant, zh-HK, zh-MO), reads the zh-TW catalogue.
    if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return "zh-TW";
    const exact = languages.find((lang) => lang.toLowerCase() === lower);
    if (exact) return exact;
    const primary = lower.split("-")[0];
    const byPrimary = languages.find((lang) => lang.toLowerCase().split("-")[0] === primary);
    if (byPrimary) return byPrimary;
  }
  return defaultLanguage;
}

export function localize(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template: string = catalogues[language][key] ?? catalogues[defaultLanguage][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
