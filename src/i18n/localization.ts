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
import type {msg as litMsg} from '@lit/localize';
import type {LocaleModule} from '@lit/localize';
// runtimeMsg is the lookup lit's own runtime and reentrant modes use; pinned with @lit/localize.
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import * as en from '../generated/locales/en.js';

/** The UI languages we ship (the source locale first). */
export const UI_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

// One line per target locale: catalogues are small, so they are imported statically (no extra
// request, no dynamic import that a CMS page or CSP could block).
const catalogues: Record<string, LocaleModule> = {en};

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

/** Same contract as @lit/localize's `msg()`, resolved in the locale set by `withLocale()`. */
export const msg: Msg = ((template: Parameters<Msg>[0], options?: Parameters<Msg>[1]) => {
  const templates = activeUiLocale === sourceLocale ? undefined : catalogues[activeUiLocale]?.templates;
  return runtimeMsg(templates, template as never, options);
}) as Msg;

export {str} from '@lit/localize';
