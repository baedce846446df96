/**
 * Per-element localisation on top of @lit/localize's message format.
 *
 * @lit/localize installs ONE page-global `msg()` implementation and throws when configured twice,
 * so a library that calls `configureLocalization` breaks host apps that use it too (and a second
 * copy of this library). We never install anything: our own `msg` has the same type as
 * @lit/localize's (lit-localize extract/build recognise it by that type), and looks templates up
 * in the catalogue of the locale that the rendering element set with `withLocale()`.
 * See docs/decisions/2026-11-26_per-element-localisation.md.
 */
import type {msg as litMsg, LocaleModule, StrResult} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

/** The UI languages we ship (the source locale first). */
export const UI_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

// One line per target locale. Catalogues load on first use: every catalogue holds every element's
// strings, and a Dutch page should not download the English and Arabic ones. The drop-in bundle
// inlines them; npm users' bundlers split them off. `import()` of a same-origin module is allowed
// under `script-src 'self'`.
const loaders: Record<string, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  en: () => import('../generated/locales/en.js'),
};

type Templates = LocaleModule['templates'];
/** The drop-in's catalogues are functions (scripts/compact-messages.mjs): built on first use. */
type Catalogue = Templates | (() => Templates);

const catalogues: Record<string, Templates> = {};
const loading = new Map<string, Promise<void>>();

/**
 * Starts loading the catalogue of `uiLocale`. Returns a promise while it loads, `undefined` when
 * nothing needs loading (the source locale, an unknown one, or one already here). A catalogue that
 * fails to load leaves the source text in place.
 */
export function loadCatalogue(uiLocale: string): Promise<void> | undefined {
  if (catalogues[uiLocale] || !Object.hasOwn(loaders, uiLocale)) return undefined;
  let promise = loading.get(uiLocale);
  if (!promise) {
    promise = loaders[uiLocale]().then(
      (module) => {
        const templates = module.templates as Catalogue;
        catalogues[uiLocale] = typeof templates === 'function' ? templates() : templates;
      },
      () => {
        loading.delete(uiLocale);
      },
    );
    loading.set(uiLocale, promise);
  }
  return promise;
}

let activeUiLocale: string = sourceLocale;

/**
 * Runs `fn` with `uiLocale` as the language of every `msg()` call inside it. Elements wrap their
 * synchronous render in it; nesting restores the outer locale.
 */
export function withLocale<T>(uiLocale: string, fn: () => T): T {
  const previous = activeUiLocale;
  activeUiLocale = uiLocale;
  try {
    return fn();
  } finally {
    activeUiLocale = previous;
  }
}

/** The locale `msg()` uses right now. */
export function currentUiLocale(): string {
  return activeUiLocale;
}

type Msg = typeof litMsg;

/**
 * Same contract as @lit/localize's `msg()` for strings and `str` templates, resolved in the locale
 * set by `withLocale()`. Every call names its `id` (checked by scripts/check-translations.mjs),
 * so no hashing of the source text is needed at run time.
 */
export const msg: Msg = ((template: string | StrResult, options?: {id?: string} | number) => {
  const templates = activeUiLocale === sourceLocale ? undefined : catalogues[activeUiLocale];
  // the drop-in passes the id alone, as an index into catalogues that are arrays (scripts/compact-messages.mjs)
  const id = typeof options === 'number' ? options : options?.id;
  const localized = id !== undefined ? templates?.[id] : undefined;
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  // a translated str template keeps the source's values, possibly reordered (`localized.values`)
  const target = localized && typeof localized !== 'string' && 'strTag' in localized ? localized : undefined;
  const strings = target ? target.strings : template.strings;
  let text = strings[0];
  for (let i = 1; i < strings.length; i++) {
    text += String(template.values[target ? (target.values[i - 1] as number) : i - 1]) + strings[i];
  }
  return text;
}) as Msg;

// from its own module: the package index would also bring lit's runtime-mode code (hashing,
// setLocale) into every bundle, none of which we use
export {str} from '@lit/localize/internal/str-tag.js';
