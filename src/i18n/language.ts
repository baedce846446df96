/**
 * Which language an element speaks (CONTRACT §2 `lang`): its own `lang`, the nearest ancestor's
 * (across shadow roots), `<html lang>`, then `nl`. Tags are checked with Intl; a malformed tag
 * falls back with one console warning, never an exception.
 */
import {UI_LOCALES} from './localization.js';

export const DEFAULT_LANGUAGE = 'nl';
/** UI text for languages we have no catalogue for: most international readers read English. */
const FALLBACK_UI_LOCALE = 'en';

/** The `lang` in force for `el`: the nearest `[lang]` in the composed tree, else `nl`. */
export function declaredLanguage(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANGUAGE;
}

const warned = new Set<string>();

/** A canonical BCP 47 tag, or `nl` (with one warning per tag) when the tag is malformed. */
export function canonicalLanguage(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // RangeError: malformed tag, handled below
  }
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(`leiden-monitor-widgets: lang="${tag}" is not a valid BCP 47 tag; using "${DEFAULT_LANGUAGE}".`);
  }
  return DEFAULT_LANGUAGE;
}

/** The UI catalogue for a canonical tag: itself, its base language, else English. */
export function uiLocaleFor(canonical: string): string {
  const lower = canonical.toLowerCase();
  const base = lower.split('-')[0];
  return UI_LOCALES.find((l) => l.toLowerCase() === lower) ?? UI_LOCALES.find((l) => l === base) ?? FALLBACK_UI_LOCALE;
}
