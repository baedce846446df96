import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {canonicalLanguage, declaredLanguage, uiLocaleFor} from './language.js';
import {languageDirection, type Direction} from './direction.js';
import {loadCatalogue} from './localization.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps `lang` (for Intl and data labels) and `uiLocale` (for `msg()`) of one element current,
 * and asks for an update when a `lang` attribute changes on the element, an ancestor or `<html>`.
 * One MutationObserver on the document serves every element.
 */
export class LocaleController implements ReactiveController {
  /** Canonical BCP 47 tag for numbers, dates and data labels. */
  lang = 'nl';
  /** The UI catalogue in use (`nl`, `en`, …). */
  uiLocale = 'nl';
  /**
   * The language the UI text is in, for `lang` on the element's content: `lang` itself when its
   * catalogue serves it (`en-GB`), else the catalogue's (`fr` → `en`), so voices match the text.
   */
  textLang = 'nl';
  /** Direction of the UI text, for `dir` on the content: `rtl` for Arabic. */
  dir: Direction = 'ltr';
  /** False while the UI catalogue loads: the element shows its loading state meanwhile. */
  ready = true;
  readonly #host: Host;
  #ownObserver?: MutationObserver;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchDocument(this);
    // The document observer does not see inside shadow roots; the element's own attribute is
    // watched separately so it also works nested in another component.
    this.#ownObserver = new MutationObserver(() => this.refresh());
    this.#ownObserver.observe(this.#host, {attributes: true, attributeFilter: ['lang']});
    this.#resolve();
  }

  hostDisconnected(): void {
    unwatchDocument(this);
    this.#ownObserver?.disconnect();
  }

  /** Re-resolves the language; requests an update when it changed. */
  refresh(): void {
    const before = this.lang;
    this.#resolve();
    if (this.lang !== before) this.#host.requestUpdate();
  }

  #resolve(): void {
    this.lang = canonicalLanguage(declaredLanguage(this.#host));
    this.uiLocale = uiLocaleFor(this.lang);
    this.textLang = this.lang.split('-')[0].toLowerCase() === this.uiLocale ? this.lang : this.uiLocale;
    // from the text's language, not the tag's: English text (lang="he", no catalogue) stays ltr
    this.dir = languageDirection(this.textLang);
    const catalogue = loadCatalogue(this.uiLocale);
    this.ready = !catalogue;
    if (catalogue) {
      const uiLocale = this.uiLocale;
      void catalogue.then(() => {
        if (this.uiLocale !== uiLocale) return; // the language changed again meanwhile
        this.ready = true;
        this.#host.requestUpdate();
      });
    }
  }
}

const watchers = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;

function watchDocument(controller: LocaleController): void {
  watchers.add(controller);
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => watchers.forEach((w) => w.refresh()));
  documentObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

function unwatchDocument(controller: LocaleController): void {
  watchers.delete(controller);
  if (watchers.size === 0) {
    documentObserver?.disconnect();
    documentObserver = undefined;
  }
}
