/**
 * Writing direction: of a language (for `dir` on an element's content) and of a piece of text
 * whose language is unknown (data labels in SVG, where there is no `dir="auto"`).
 */
export type Direction = 'ltr' | 'rtl';

type TextInfo = {direction?: string};
type LocaleWithTextInfo = Intl.Locale & {getTextInfo?(): TextInfo; textInfo?: TextInfo};

// For engines without Intl.Locale text info: right-to-left scripts, and languages written in one
// by default.
const RTL_SCRIPT = /-(arab|hebr|syrc|thaa|nkoo|adlm|rohg)(-|$)/i;
const ANY_SCRIPT = /-[a-z]{4}(-|$)/i;
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|syr|ug|ur|yi)(-|$)/i;

/** `rtl` for Arabic, Hebrew, Persian, Urdu… (`ar`, `he-IL`, `az-Arab`), else `ltr`. */
export function languageDirection(tag: string): Direction {
  try {
    const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // malformed tag: the fallback below
  }
  if (RTL_SCRIPT.test(tag)) return 'rtl';
  return !ANY_SCRIPT.test(tag) && RTL_LANGUAGE.test(tag) ? 'rtl' : 'ltr';
}

/**
 * Every character of the scripts below can match (Hebrew to N'Ko, their presentation forms, any
 * astral character): text without one is `ltr` without building the Unicode-property expression,
 * which costs a page's first call ~1 ms in Chromium.
 */
const MAYBE_RTL = /[\u0590-\u08ff\ufb1d-\ufeff\ud800-\udbff]/;

/** The direction of `text` from its first letter, like `dir="auto"`: Dutch `ltr`, Arabic `rtl`. */
export function textDirection(text: string): Direction {
  return MAYBE_RTL.test(text) && /^\P{L}*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u.test(text) ? 'rtl' : 'ltr';
}
