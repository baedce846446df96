/**
 * Picks the text to show from a localised text (CONTRACT §3): the requested language, then its
 * base language (`en-GB` → `en`), then `en`, then `nl`, then the first language present.
 * Language tags match case-insensitively, as BCP 47 says they should.
 */
import type {LocalizedText} from './model.js';

/**
 * The language key of `text` that `resolveText` uses for `lang`, so the UI can put `lang` on the
 * element that shows it. Undefined for a plain string (its language is unknown) or no text.
 */
export function textLanguage(text: LocalizedText | undefined, lang: string): string | undefined {
  if (typeof text !== 'object' || text === null) return undefined;
  // only keys whose values are strings are usable
  const keys = Object.keys(text).filter((key) => typeof (text as Readonly<Record<string, unknown>>)[key] === 'string');
  const requested = typeof lang === 'string' ? lang.trim().toLowerCase() : '';
  // the fallback chain, most wanted first; `_` is not BCP 47, but `en_GB` is a common slip
  for (const wanted of [requested, requested.split(/[-_]/)[0], 'en', 'nl']) {
    const key = wanted ? keys.find((candidate) => candidate.toLowerCase() === wanted) : undefined;
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
