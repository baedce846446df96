/**
 * What a chart and a map share around their plot: the caption (title as heading, fixed dimensions,
 * description, sample-data badge) and, under the plot, the source line with the table toggle, the
 * download options and the table itself. One implementation, so both behave and read alike.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {MonitorModel, View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';
import {formatPeriod} from '../i18n/format.js';
import {msg} from '../i18n/localization.js';
import {lazyModule} from '../base/lazy.js';
import {adoptLateStyles} from '../base/adopt-styles.js';
import {errorMessage} from '../base/state-views.js';
import type {DownloadFormat} from './download-menu.js';
import {renderHeading} from './heading.js';
import {renderSourceLine} from './source-line.js';

/** The table and the download options (figure-extras.ts), loaded on first use. */
export const figureExtras = lazyModule(() => import('./figure-extras.js'));

/** The figcaption: title (a heading at `headingLevel`), fixed dimensions, description, sample badge. */
export function renderCaption(headingLevel: number | null | undefined, title: string, view: View, lang: string): TemplateResult {
  const {indicator} = view;
  const fixed = view.fixed.map(({dimension, category}) =>
    dimension.role === 'time' ? formatPeriod(category.id, lang) : resolveText(category.label, lang),
  );
  return html`<figcaption part="caption">
    ${renderHeading(headingLevel, 'title', title)}
    ${fixed.length ? html`<p class="subtitle">${fixed.join(' · ')}</p>` : nothing}
    ${indicator.description ? html`<p class="description">${resolveText(indicator.description, lang)}</p>` : nothing}
    ${indicator.sample ? html`<p class="sample-badge">voorbeelddata / sample data</p>` : nothing}
  </figcaption>`;
}

interface ActionsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Makes the host's `updateComplete` wait for `work` too (code on its way for what was asked). */
  whileLoading(work: Promise<unknown>): void;
}

/**
 * The table toggle and the download options of a figure, with their state. `current` gives the
 * view and language shown now (undefined while there is none).
 */
export class FigureActions implements ReactiveController {
  /** The table is shown. */
  tableOpen = false;
  /** The download options are shown. */
  downloadsOpen = false;
  /** The table and download code could not be loaded. */
  #extrasFailed = false;
  readonly #host: ActionsHost;
  readonly #current: () => {view: View; lang: string} | undefined;

  constructor(host: ActionsHost, current: () => {view: View; lang: string} | undefined) {
    this.#host = host;
    this.#current = current;
    host.addController(this);
  }

  /** Once the table's code is here, so are its styles. */
  hostUpdated(): void {
    const extras = figureExtras.get();
    if (extras) adoptLateStyles(this.#host.renderRoot, extras.tableStyles);
  }

  /**
   * Source line, table toggle and downloads, then the table. With `tableOnly` (a chart of type
   * `table`) the table is already the figure's content: no toggle, and only the data to download.
   */
  render(model: MonitorModel, view: View, lang: string, tableOnly = false): TemplateResult {
    const extras = figureExtras.get();
    const label = msg('Downloaden', {id: 'download.menu'});
    return html`<div class="meta">
        ${renderSourceLine(model, view, lang)}
        <span class="actions">
          ${tableOnly
            ? nothing
            : html`<button type="button" part="toggle" aria-expanded=${this.tableOpen} aria-controls="table-wrap" @click=${this.#toggleTable}>
                ${this.tableOpen ? msg('Verberg tabel', {id: 'table.hide'}) : msg('Toon als tabel', {id: 'table.show'})}
              </button>`}
          <span class="downloads" @keydown=${this.#closeDownloadsOnEscape}>
            <button type="button" part="download" aria-expanded=${this.downloadsOpen} aria-controls="download-options" @click=${this.#toggleDownloads}>${label}</button>
            <span id="download-options" class="download-options" role="group" aria-label=${label} ?hidden=${!this.downloadsOpen}
              >${this.downloadsOpen ? (extras?.renderDownloadOptions(!tableOnly, this.#download) ?? this.#extrasMissing()) : nothing}</span
            >
          </span>
        </span>
      </div>
      ${tableOnly
        ? nothing
        : html`<div id="table-wrap" class="table-wrap" ?hidden=${!this.tableOpen}>${this.tableOpen ? (extras?.renderDataTable(view, lang, 'data-table') ?? this.#extrasMissing()) : nothing}</div>`}`;
  }

  /** Starts loading the table and download code the first time it is asked for. */
  #loadExtras(): void {
    if (figureExtras.get()) return;
    this.#extrasFailed = false; // asked again: try again
    this.#host.whileLoading(
      figureExtras
        .load()
        .catch(() => (this.#extrasFailed = true))
        .then(() => this.#host.requestUpdate()),
    );
  }

  /** While that code loads, nothing; if it could not be loaded, say so. */
  #extrasMissing(): TemplateResult | typeof nothing {
    return this.#extrasFailed
      ? html`<p class="error-message" role="alert">${errorMessage('network')}</p>`
      : nothing;
  }

  #toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    this.#loadExtras();
    this.#host.requestUpdate();
  };

  #toggleDownloads = (): void => {
    this.downloadsOpen = !this.downloadsOpen;
    this.#loadExtras();
    this.#host.requestUpdate();
  };

  /** Escape closes the open download options and returns focus to their button. */
  #closeDownloadsOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.downloadsOpen) return;
    event.stopPropagation();
    this.#toggleDownloads();
    ((event.currentTarget as HTMLElement).querySelector('button') as HTMLButtonElement).focus();
  };

  #download = async (format: DownloadFormat): Promise<void> => {
    const shown = this.#current();
    const extras = figureExtras.get();
    if (!shown || !extras) return;
    const {view, lang} = shown;
    await extras.download(format, view, this.#host.renderRoot, lang, resolveText(view.indicator.label, lang));
    this.downloadsOpen = false;
    this.#host.requestUpdate();
  };
}
