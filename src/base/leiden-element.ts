import {LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import type {MonitorModel} from '../data/model.js';
import {MonitorError, asMonitorError} from '../data/errors.js';
import {DataController} from './data-controller.js';
import {announceState} from './events.js';
import {checkNearViewport, stopWatching, whenNearViewport} from './viewport.js';
import type {LazyModule} from './lazy.js';
import {errorView, loadingView} from './state-views.js';
import {LocaleController} from '../i18n/locale-controller.js';
import {msg, str, withLocale} from '../i18n/localization.js';
import {formatDateTime} from '../i18n/format.js';

export type ElementState = 'loading' | 'ready' | 'error';

/**
 * What every monitor element shares: `src`/`data` loading, `indicator`/`filter`, the language,
 * the `state` attribute, the loading and error views, and the `monitor-load`/`monitor-error`
 * events. Subclasses derive what they show in `prepare()` and draw it in `renderReady()`.
 *
 * @attr {string} lang - BCP 47 language of UI text, numbers and data labels. Absent: the nearest
 *   ancestor's `lang`, then `<html lang>`, then `nl`. Changing it re-renders.
 * @attr {'loading' | 'ready' | 'error'} state - Reflected, read-only: where the element is.
 *
 * @cssprop --leiden-font-family - Font of all text.
 * @cssprop --leiden-font-size - Base font size (1rem).
 * @cssprop --leiden-color-text - Text colour.
 * @cssprop --leiden-color-text-muted - Secondary text: axes, source, notes.
 * @cssprop --leiden-color-background - Background colour.
 * @cssprop --leiden-color-surface - Background of the error box and hovered buttons.
 * @cssprop --leiden-color-border - Borders and the zero line.
 * @cssprop --leiden-color-grid - Grid lines and the loading spinner's track.
 * @cssprop --leiden-color-accent - Accent (spinner, sample-data badge).
 * @cssprop --leiden-color-focus - Focus ring.
 * @cssprop --leiden-color-error - Error marker.
 *
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart stale - The notice above data kept from an earlier visit, shown when fetching failed.
 */
export abstract class LeidenElement extends LitElement {
  // static properties rather than decorators: no decorator helper in every element's module
  static override properties: PropertyDeclarations = {
    src: {},
    data: {attribute: false},
    indicator: {},
    filter: {},
    timeout: {type: Number},
  };

  /** URL of a monitor JSON document or JSON-stat 2.0 dataset, resolved against the page URL. */
  src?: string | null;

  /** The document as a JS object (or its model from `toModel`); wins over `src`, and nothing is
   *  fetched. */
  data?: unknown;

  /** Id of the indicator to show; may be left out when the document holds exactly one. */
  indicator?: string | null;

  /** Fixes dimensions that are not plotted: `dim=value;dim=value1,value2`. */
  filter?: string | null;

  /**
   * Extension: milliseconds one request attempt may take before it counts as a network error
   * (default 15000). Requests are shared per URL, so the first element's value applies.
   */
  timeout?: number | null;

  protected readonly locale = new LocaleController(this);
  protected readonly loader = new DataController(this);

  /**
   * The element is near the viewport (or was once): until then it loads its data but does not
   * draw it, so pages with many elements paint the visible ones first.
   */
  #nearViewport = false;

  /** Code that `prepare()` asked for and that is still loading (see `need()`). */
  readonly #codeLoading = new Set<Promise<unknown>>();

  /** Code for something the reader asked for (a table, downloads) that is on its way. */
  readonly #extrasLoading = new Set<Promise<unknown>>();

  /** An error from `prepare()` (not-found, empty, …); undefined when the data is shown. */
  #prepareError?: MonitorError;
  #lastEmitted?: unknown;

  /** `loading` · `ready` · `error`, reflected to the `state` attribute. Read-only. */
  get state(): ElementState {
    if (!this.locale.ready) return 'loading'; // its language's texts are on their way
    if (!this.#nearViewport && this.loader.status === 'ready') return 'loading'; // drawn when scrolled near
    if (this.#codeLoading.size > 0 && this.loader.status === 'ready') return 'loading'; // code it needs is on its way
    if (this.loader.status === 'error' || this.#prepareError) return 'error';
    if (this.loader.status === 'ready') return 'ready';
    return 'loading';
  }

  /** The current error (code and message), if any. */
  get error(): MonitorError | undefined {
    return this.loader.error ?? this.#prepareError;
  }

  /**
   * Derives what to show from the model (view, scales, …). Runs in `willUpdate` whenever the
   * model, the language or a property changed; throw a MonitorError to show the error state.
   */
  protected abstract prepare(model: MonitorModel, changed: PropertyValues): void;

  /** The ready view. */
  protected abstract renderReady(): TemplateResult;

  /** Indicator id for `monitor-load`'s detail: none by default; an element that shows one
   *  indicator names the one it shows (read only in the ready state, when that is known). */
  protected get loadedIndicator(): string | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#nearViewport) {
      whenNearViewport(this, () => {
        this.#nearViewport = true;
        this.measureLayout();
        this.requestUpdate();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopWatching(this);
  }

  /**
   * Reads what the first drawing needs from layout and style. Called as the element comes near
   * the viewport, together with every other element that does, after one measure of them all and
   * before any of them draws: a read here costs nothing, while the same read in a render, after the
   * element before it drew, makes the browser lay out that element's drawing first (50 charts
   * given their data at once spent about a fifth of their time in those layouts).
   */
  protected measureLayout(): void {}

  /**
   * For `prepare()`: the module if it is here; otherwise starts loading it, keeps the element in
   * its loading state and prepares again when it arrives. Returns undefined meanwhile.
   */
  protected need<T>(code: LazyModule<T>): T | undefined {
    const module = code.get();
    if (module) return module;
    const loading = code.load();
    if (!this.#codeLoading.has(loading)) {
      this.#codeLoading.add(loading);
      loading.then(
        () => {
          this.#codeLoading.delete(loading);
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#codeLoading.delete(loading);
          this.#prepareError = new MonitorError('network', `part of the widget could not be loaded: ${String(error)}`);
          this.requestUpdate();
        },
      );
    }
    return undefined;
  }

  /**
   * `updateComplete` also waits for `work`: code loading for what the reader asked for (the
   * element stays as it is meanwhile, unlike `need()`). Used by FigureActions; not public API.
   * @internal
   */
  whileLoading(work: Promise<unknown>): void {
    this.#extrasLoading.add(work);
    const done = () => this.#extrasLoading.delete(work);
    work.then(done, done); // a failure is shown where the code was wanted, not thrown here
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#extrasLoading.size > 0) {
      await Promise.allSettled([...this.#extrasLoading]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.loader.sync();
    this.#prepareError = undefined;
    const model = this.loader.model;
    if (this.loader.status !== 'ready' || !model) return;
    if (!this.#nearViewport) checkNearViewport(); // the data is here: is the element on screen?
    if (!this.#nearViewport) return;
    try {
      withLocale(this.locale.uiLocale, () => this.prepare(model, changed));
    } catch (error) {
      this.#prepareError = asMonitorError(error, 'schema');
    }
  }

  protected override update(changed: PropertyValues): void {
    // msg() inside render resolves in this element's language
    withLocale(this.locale.uiLocale, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    switch (this.state) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(this.error!);
      default:
        return this.loader.staleSince === undefined ? this.renderReady() : html`${this.renderStale(this.loader.staleSince)}${this.renderReady()}`;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.state;
    const outcome = state === 'error' ? this.error : this.readyOutcome();
    this.#lastEmitted = announceState(this, state, outcome, this.#lastEmitted, {indicator: this.loadedIndicator});
  }

  /** An object identifying what the ready view shows; a new one fires `monitor-load` again. */
  protected abstract readyOutcome(): unknown;

  /** Above data that is a kept copy because the latest fetch failed (stale-if-error). */
  protected renderStale(savedAt: string): TemplateResult {
    const when = formatDateTime(savedAt, this.locale.lang);
    return html`<p class="stale" role="status" part="stale">
      ${msg(str`Opgeslagen gegevens van ${when}: de nieuwste gegevens konden niet worden geladen. We proberen het later opnieuw.`, {id: 'state.stale'})}
    </p>`;
  }

  protected renderLoading(): TemplateResult {
    return loadingView(this.locale);
  }

  protected renderError(error: MonitorError): TemplateResult {
    return errorView(this.locale, error, () => this.retry());
  }

  /**
   * What the error view's "try again" button does: load the data again (failed loads leave the
   * shared cache, so this fetches). Subclasses that load more (the map's `geo`) extend it.
   */
  protected retry(): void {
    this.loader.reload();
  }
}
