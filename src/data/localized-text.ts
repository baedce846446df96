/**
 * Picks the text to show from a localised text (CONTRACT §3): the requested language, then its
 * base language (`en-GB` → `en`), then `en`, then `nl`, then the first language present.
 * Language tags match case-insensitively, as BCP 47 says they should.
 */
import type {LocalizedText} from './model.js';

/** The fallback chain for `lang`, most wanted first, lower-cased, without duplicates. */
function wantedLanguages(lang: unknown): string[] {
  const requested = typeof lang === 'string' ? lang.trim().toLowerCase() : '';
  // `_` is not BCP 47, but `en_GB` is a common slip and costs nothing to accept
  const base = requested.split(/[-_]/)[0] ?? '';
  return [...new Set([requested, base, 'en', 'nl'])].filter((tag) => tag !== '');
}

/** The own keys of a text object whose values are strings (the only usable ones). */
function textKeys(text: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(text).filter((key) => typeof text[key] === 'string');
}

/**
 * The language key of `text` that `resolveText` uses for `lang`, so the UI can put `lang` on the
 * element that shows it. Undefined for a plain string (its language is unknown) or no text.
 */
export function textLanguage(text: LocalizedText | undefined, lang: string): string | undefined {
  if (typeof text !== 'object' || text === null) return undefined;
  const keys = textKeys(text);
  for (const wanted of wantedLanguages(lang)) {
    const key = keys.find((candidate) => candidate.toLowerCase() === wanted);
    if (key !== undefined) return key;
  }
  return keys[0];
}

/** The text to show for `lang`; '' when there is none. Never throws on odd input. */
export function resolveText(text: LocalizedText | undefined, lang: string): string {
  if (typeof text === 'string') return text;
  const key = textLanguage(text, lang);
  return key === undefined ? '' : (text as Readonly<Record<string, string>>)[key] ?? '';
}
