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
import {renderDataTable} from './data-table.js';
import {download, renderDownloadMenu, type DownloadFormat} from './download-menu.js';
import {renderHeading} from './heading.js';
import {renderSourceLine} from './source-line.js';

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
  private readonly host: ActionsHost;
  private readonly current: () => {view: View; lang: string} | undefined;

  constructor(host: ActionsHost, current: () => {view: View; lang: string} | undefined) {
    this.host = host;
    this.current = current;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Source line, table toggle and downloads, then the table. With `tableOnly` (a chart of type
   * `table`) the table is already the figure's content: no toggle, and only the data to download.
   */
  render(model: MonitorModel, view: View, lang: string, tableOnly = false): TemplateResult {
    return html`<div class="meta">
        ${renderSourceLine(model, view, lang)}
        <span class="actions">
          ${tableOnly
            ? nothing
            : html`<button type="button" part="toggle" aria-expanded=${String(this.tableOpen)} aria-controls="table-wrap" @click=${this.toggleTable}>
                ${this.tableOpen ? msg('Verberg tabel', {id: 'table.hide'}) : msg('Toon als tabel', {id: 'table.show'})}
              </button>`}
          ${renderDownloadMenu(this.downloadsOpen, !tableOnly, this.toggleDownloads, this.download)}
        </span>
      </div>
      ${tableOnly
        ? nothing
        : html`<div id="table-wrap" class="table-wrap" ?hidden=${!this.tableOpen}>${this.tableOpen ? renderDataTable(view, lang, 'data-table') : nothing}</div>`}`;
  }

  private toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    this.host.requestUpdate();
  };

  private toggleDownloads = (): void => {
    this.downloadsOpen = !this.downloadsOpen;
    this.host.requestUpdate();
  };

  private download = async (format: DownloadFormat): Promise<void> => {
    const shown = this.current();
    if (!shown) return;
    const {view, lang} = shown;
    await download(format, view, this.host.renderRoot, lang, resolveText(view.indicator.label, lang));
    this.downloadsOpen = false;
    this.host.requestUpdate();
  };
}
