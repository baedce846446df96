import {html, nothing, type TemplateResult, type PropertyDeclarations} from 'lit';
import {LeidenElement} from '../../base/leiden-element.js';
import type {MonitorModel, View} from '../../data/model.js';
import {selectView} from '../../data/view.js';
import {parseFilter} from '../../data/filter.js';
import {resolveText} from '../../data/localized-text.js';
import {categoryText, trend} from '../../chart/describe.js';
import {renderHeading} from '../../chart/heading.js';
import {renderDataTable} from '../../chart/data-table.js';
import {download} from '../../chart/download-menu.js';
import {renderSourceLine} from '../../chart/source-line.js';
import {formatPeriod, formatValue, shownDecimals} from '../../i18n/format.js';
import {msg, str} from '../../i18n/localization.js';
import {tokenStyles} from '../../styles/tokens.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {figureStyles} from '../../styles/figure.styles.js';
import {tableStyles} from '../../styles/table.styles.js';
import {kpiStyles} from './monitor-kpi.styles.js';
import {keyFigure, type KeyFigure} from './key-figure.js';
import {renderSparkline} from './sparkline.js';

/** `tile` (default): a block with title, value, change, trend line and source. `inline`: a phrase. */
export type KpiVariant = 'tile' | 'inline';

const SYMBOLS = {up: '▲', down: '▼', same: '='} as const;

/**
 * One key figure of a Leiden monitor: the latest value of an indicator, its period, the change
 * against the period before, and a small trend line with a text alternative.
 *
 * The KPI follows one time series. When `filter` leaves several series (e.g. arrivals and
 * departures), it shows the first in the document's order and names it under the title; pick
 * another with `filter` (`flow=departure`). When one period is left (fixed by `filter`, or the
 * indicator has only one), it shows that one value with its period, without change or trend line.
 * When a change is shown, it is against the latest earlier period that has a value, and names it.
 * Under the trend line, a button (`aria-expanded`) shows every value of the trend as a table.
 *
 * @summary The latest value of a monitor indicator, with its change and trend.
 *
 * @customElement leiden-monitor-kpi
 * @tagname leiden-monitor-kpi
 *
 * @fires monitor-load - The data is loaded and rendered. `detail: {indicator?: string}`
 * @fires monitor-error - The KPI cannot show what was asked. `detail: {code, message}`
 *
 * @slot - Fallback content (e.g. the figure as text, or a link to Leiden in Cijfers) for readers
 *   without JavaScript; hidden once the element renders.
 *
 * @csspart kpi - The tile (or, inline, the phrase) around everything.
 * @csspart title - The indicator title (tile only).
 * @csspart value - The latest value.
 * @csspart period - The period of the latest value.
 * @csspart change - The change against the previous period, with its direction in words and symbol.
 * @csspart sparkline - The trend line (SVG).
 * @csspart toggle - The button that shows or hides the table of the trend line's values (tile only).
 * @csspart table - The table of the trend line's values.
 * @csspart download - The button that downloads the trend line's values as CSV (tile only).
 * @csspart source - The line with period, source and update date (tile only).
 * @csspart status - The loading message.
 * @csspart error - The error message.
 *
 * @cssprop --leiden-font-family - Font of all text.
 * @cssprop --leiden-font-size - Base font size (1rem).
 * @cssprop --leiden-color-text - Text colour.
 * @cssprop --leiden-color-text-muted - Secondary text: period, change, source.
 * @cssprop --leiden-color-background - Background colour.
 * @cssprop --leiden-color-surface - Background of the tile and the error box.
 * @cssprop --leiden-color-border - Border of the tile and the table button.
 * @cssprop --leiden-color-grid - Table rules.
 * @cssprop --leiden-color-accent - Accent (spinner, sample-data badge).
 * @cssprop --leiden-color-focus - Focus ring.
 * @cssprop --leiden-color-error - Error marker.
 * @cssprop --leiden-color-series-1 - Colour of the trend line.
 */
export class LeidenMonitorKpi extends LeidenElement {
  static override styles = [tokenStyles, sharedStyles, figureStyles, tableStyles, kpiStyles];
  static override properties: PropertyDeclarations = {
    variant: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    tableOpen: {state: true},
  };

  /** `tile` (default) or `inline` (a phrase that flows in running text: value, period, change). */
  variant: KpiVariant = 'tile';

  /** `1`–`6`: render the title as a heading of that level (tile only); absent: plain text. */
  headingLevel?: number | null;

  /** The table of the trend line's values is shown. */
  private tableOpen = false;

  #view?: View;
  #figure?: KeyFigure;
  #key?: unknown[];

  protected override prepare(model: MonitorModel): void {
    const key = [model, this.indicator, this.filter];
    if (this.#view && key.every((k, i) => k === this.#key![i])) return;
    this.#view = undefined; // until the new one is made: a failure leaves none
    const view = selectView(model, {indicator: this.indicator, filter: parseFilter(this.filter)});
    this.#figure = keyFigure(view);
    this.#view = view;
    this.#key = key;
  }

  protected override readyOutcome(): unknown {
    return this.#view;
  }

  protected override get loadedIndicator(): string | undefined {
    return this.#view?.indicator.id;
  }

  protected override renderReady(): TemplateResult {
    const view = this.#view!;
    const fig = this.#figure!;
    const {lang, textLang, dir} = this.locale;
    const value = html`<span class="value" part="value">${valueText(view, fig.latest.value, lang)}</span>`;
    const period = periodOf(view, fig, lang);
    const missing = missingText(view, fig, lang);
    const change = fig.previous && changeText(view, fig, lang);
    const symbol = html`<span class="symbol" aria-hidden="true">${SYMBOLS[fig.direction!]}</span> ${change}`;
    const sample = view.indicator.sample ? 'voorbeelddata / sample data' : '';
    if (this.variant === 'inline') {
      // "13,1% (2023; ▲ 1,5 procentpunt hoger dan in 2022)"
      return html`<span class="kpi inline" part="kpi" lang=${textLang} dir=${dir}
        >${value}${period || change || missing
          ? html` <span class="detail">(${period ? html`<span part="period">${period}</span>` : nothing}${missing ? html`${period ? '; ' : ''}${missing}` : nothing}${change
              ? html`${period || missing ? '; ' : ''}<span class="change ${fig.direction}" part="change">${symbol}</span>`
              : nothing})</span>`
          : nothing}${sample ? html` <span class="sample-badge">${sample}</span>` : nothing}</span
      >`;
    }
    const context = contextText(view, fig, lang);
    const row = view.values[0];
    const t = fig.overTime && trend(row);
    const open = this.tableOpen;
    // the trend line's values, as the chart's table of this one series (the first)
    const one: View = {...view, series: [view.series[0]], values: [row], statuses: [view.statuses[0]], ...(view.notes && {notes: [view.notes[0]]})};
    return html`<div class="kpi tile" part="kpi" role="group" aria-labelledby="title" lang=${textLang} dir=${dir}>
      <div part="title">${renderHeading(this.headingLevel, 'title', resolveText(view.indicator.label, lang))}</div>
      ${context ? html`<p class="subtitle">${context}</p>` : nothing}
      ${sample ? html`<p class="sample-badge">${sample}</p>` : nothing}
      ${missing ? html`<p class="note">${missing}</p>` : nothing}
      <p class="figure">${value} ${period ? html`<span class="period" part="period">${period}</span>` : nothing}</p>
      ${fig.overTime
        ? html`<p class="change ${change ? fig.direction : 'none'}" part="change">
            ${change ? symbol : msg('Geen eerdere periode om mee te vergelijken.', {id: 'kpi.change.none'})}
          </p>`
        : nothing}
      ${t
        ? html`${renderSparkline(row, trendText(view, t, lang))}
            <span class="actions">
              <button type="button" part="toggle" aria-expanded=${open} aria-controls="table-wrap" @click=${() => (this.tableOpen = !open)}>
                ${open ? msg('Verberg tabel', {id: 'table.hide'}) : msg('Toon als tabel', {id: 'table.show'})}
              </button>
              <button type="button" part="download" @click=${() => download('csv', one, this.renderRoot, lang, resolveText(view.indicator.label, lang))}>
                ${msg('Downloaden (CSV)', {id: 'kpi.download-csv'})}
              </button>
            </span>
            <div id="table-wrap" class="table-wrap" ?hidden=${!open}>${open ? renderDataTable(one, lang, 'data-table') : nothing}</div>`
        : nothing}
      ${renderSourceLine(this.loader.model!, view, lang)}
    </div>`;
  }

}

/** "geen gegevens voor 2023" when the latest period has no value; '' otherwise. */
function missingText(view: View, fig: KeyFigure, lang: string): string {
  if (!fig.overTime || fig.lastC === fig.latest.c) return '';
  const period = categoryText(view, fig.lastC, lang);
  return msg(str`geen gegevens voor ${period}`, {id: 'kpi.missing-latest'});
}

/** The trend line's text alternative: "Trendlijn 2020–2023: van 10,5% in 2020 naar 13,1% in 2023." */
function trendText(view: View, t: NonNullable<ReturnType<typeof trend>>, lang: string): string {
  const from = categoryText(view, t.firstC, lang);
  const to = categoryText(view, t.lastC, lang);
  const first = valueText(view, t.first, lang);
  const last = valueText(view, t.last, lang);
  return msg(str`Trendlijn ${from}–${to}: van ${first} in ${from} naar ${last} in ${to}.`, {id: 'kpi.sparkline'});
}

function valueText(view: View, value: number, lang: string): string {
  return formatValue(value, view.indicator.unit, view.indicator.decimals, lang);
}

/** The change in words: "1,5 procentpunt hoger dan in 2022" / "up 1.5 percentage points on 2022". */
function changeText(view: View, fig: KeyFigure, lang: string): string {
  const previous = categoryText(view, fig.previous!.c, lang);
  if (fig.direction === 'same') return msg(str`gelijk aan ${previous}`, {id: 'kpi.change.same'});
  const {unit, decimals} = view.indicator;
  const size = Math.abs(fig.change!);
  let amount = formatValue(size, unit, decimals, lang);
  if (unit === 'percent') {
    const shown = shownDecimals(unit, decimals);
    const points = formatValue(size, undefined, shown, lang);
    amount =
      new Intl.PluralRules(lang).select(Number(size.toFixed(shown))) === 'one'
        ? msg(str`${points} procentpunt`, {id: 'kpi.points.one'})
        : msg(str`${points} procentpunt`, {id: 'kpi.points.other'});
  }
  const up = fig.direction === 'up';
  if (fig.relative !== undefined) {
    const relative = `${fig.relative > 0 ? '+' : '−'}${formatValue(Math.abs(fig.relative), 'percent', 1, lang)}`;
    return up
      ? msg(str`${amount} meer dan in ${previous}, ${relative}`, {id: 'kpi.change.up-count'})
      : msg(str`${amount} minder dan in ${previous}, ${relative}`, {id: 'kpi.change.down-count'});
  }
  return up ? msg(str`${amount} hoger dan in ${previous}`, {id: 'kpi.change.up'}) : msg(str`${amount} lager dan in ${previous}`, {id: 'kpi.change.down'});
}

/** The period of the value shown: the latest present one, or the period the filter fixed. */
function periodOf(view: View, fig: KeyFigure, lang: string): string {
  if (view.categoryDimension.role === 'time') return categoryText(view, fig.latest.c, lang);
  const time = view.fixed.find((f) => f.dimension.role === 'time');
  return time ? formatPeriod(time.category.id, lang) : '';
}

/** What else the figure is about: the fixed categories, the series and, off the time axis, the category. */
function contextText(view: View, fig: KeyFigure, lang: string): string {
  const parts = view.fixed.filter(({dimension}) => dimension.role !== 'time').map(({category}) => resolveText(category.label, lang));
  if (view.seriesDimension) parts.push(resolveText(view.series[0].label, lang));
  if (view.categoryDimension.role !== 'time') parts.push(categoryText(view, fig.latest.c, lang));
  return parts.filter(Boolean).join(' · ');
}

declare global {
  interface HTMLElementTagNameMap {
    'leiden-monitor-kpi': LeidenMonitorKpi;
  }
}
