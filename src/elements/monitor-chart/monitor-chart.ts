import {html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {renderTooltip} from '../../chart/tooltip.js';
import {PlotElement} from '../../base/plot-element.js';
import type {MonitorModel, View} from '../../data/model.js';
import {selectView} from '../../data/view.js';
import {parseFilter} from '../../data/filter.js';
import {resolveText} from '../../data/localized-text.js';
import {resolveChartType, type ChartType, type DrawnType} from '../../chart/chart-type.js';
import {computeGeometry, DENSE_POINTS, markBox, type Geometry, type Mark} from '../../chart/geometry.js';
import {categoryText, describeView, pointLabel, seriesText} from '../../chart/describe.js';
import type {Cursor} from '../../chart/keyboard.js';
import {sideAnchor, sideLabelX} from '../../chart/side-labels.js';
import {lazyModule} from '../../base/lazy.js';
import {adoptLateStyles} from '../../base/adopt-styles.js';
import {textDirection} from '../../i18n/direction.js';
import {truncateLabel, type MeasureText} from '../../chart/truncate.js';
import {labelMeasure, warmMeasure} from '../../chart/measure.js';
import {markerPath} from '../../chart/markers.js';
import {linePath} from '../../chart/line-path.js';
import {drawMarks, type MarkShape} from '../../chart/draw-marks.js';
import {patternFill, renderPatternDefs} from '../../chart/patterns.js';
import {FigureActions, figureExtras, renderCaption} from '../../chart/figure-parts.js';
import {formatValue, tickFormatter, warmFormats} from '../../i18n/format.js';
import {msg} from '../../i18n/localization.js';
import {tokenStyles} from '../../styles/tokens.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {figureStyles} from '../../styles/figure.styles.js';
import {chartStyles} from './monitor-chart.styles.js';

const SERIES_CLASSES = 8;
/** Above this many categories the help text points to the larger keyboard steps. */
const DENSE_CATEGORIES = 40;
// loaded only by the charts that need them: right-to-left pages, and lines too long to draw point by point
const mirrorCode = lazyModule(() => import('../../chart/mirror.js'));
const decimateCode = lazyModule(() => import('../../chart/decimate.js'));
const notesCode = lazyModule(() => import('../../chart/notes.js'));
// the keys of the plot, loaded when it first gets focus
const keyboardCode = lazyModule(() => import('../../chart/keyboard.js'));
/** Keys the plot answers (chart/keyboard.ts); one pressed before that code is here waits for it. */
const PLOT_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down))$/;

/** Long axes are sized from this many evenly spread labels instead of formatting every one. */
const LABEL_SAMPLE = 200;
/** Font size of the plot's labels, as set on svg.plot in monitor-chart.styles.ts. */
const PLOT_FONT_PX = 12;
/** Gap between a mark and its focus ring, so the ring contrasts with the page, not the mark. */
const RING_GAP = 3;

/**
 * One indicator of a Leiden monitor as an accessible SVG chart, with its data as a table. The
 * shared tokens (`--leiden-font-*`, `--leiden-color-text` …) and the `status` and `error` parts
 * come from LeidenElement.
 *
 * @summary A bar, column or line chart (or a table) of one monitor indicator.
 *
 * @customElement leiden-monitor-chart
 * @tagname leiden-monitor-chart
 *
 * @fires monitor-load - The data is loaded and rendered. `detail: {indicator?: string}`
 * @fires monitor-error - The chart cannot show what was asked. `detail: {code, message}`
 *
 * @slot - Fallback content (e.g. a link to Leiden in Cijfers) for readers without JavaScript;
 *   hidden once the element renders.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart caption - The `<figcaption>` with the title.
 * @csspart plot - The SVG chart.
 * @csspart legend - The series legend.
 * @csspart tooltip - The tooltip of the hovered or focused point.
 * @csspart source - The line with period, source and update date.
 * @csspart toggle - The button that shows or hides the table.
 * @csspart download - The button that shows the download options.
 * @csspart download-option - Each download option: data (CSV), picture (SVG, PNG).
 * @csspart table - The data table.
 * @csspart notes - The list of breaks in the series (format extension `notes`).
 * @cssprop --leiden-color-series-1 - Colour of series 1.
 * @cssprop --leiden-color-series-2 - Colour of series 2.
 * @cssprop --leiden-color-series-3 - Colour of series 3.
 * @cssprop --leiden-color-series-4 - Colour of series 4.
 * @cssprop --leiden-color-series-5 - Colour of series 5.
 * @cssprop --leiden-color-series-6 - Colour of series 6.
 * @cssprop --leiden-color-series-7 - Colour of series 7.
 * @cssprop --leiden-color-series-8 - Colour of series 8.
 */
export class LeidenMonitorChart extends PlotElement {
  static override styles = [tokenStyles, sharedStyles, figureStyles, chartStyles];
  static override properties: PropertyDeclarations = {
    type: {},
    stacked: {type: Boolean},
    series: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    cursor: {state: true},
    tip: {state: true},
    plotFocused: {state: true},
  };

  /**
   * Sets up the label measure (canvas and font) before a first render, while the data is being
   * fetched: called by defineElement.
   * @internal
   */
  static warmUp(): void {
    warmFormats();
    warmMeasure(PLOT_FONT_PX);
  }

  /** `auto` (from the data's shape) · `bar` (horizontal) · `column` · `line` · `table`. */
  type: ChartType = 'auto';

  /** Stack the series (bar and column) instead of grouping them. */
  stacked = false;

  /** Dimension id that forms the series (default: the one free non-time dimension). */
  series?: string | null;

  /** `1`–`6`: render the title as a heading of that level; absent: caption text only. */
  headingLevel?: number | null;

  private cursor: Cursor = {s: 0, c: 0};
  /** The point whose tooltip is shown. */
  private tip?: Cursor;
  /** Focus is inside the plot: draw the focus ring around the cursor's mark. */
  private plotFocused = false;

  #view?: View;
  readonly #actions = new FigureActions(this, () => (this.#view ? {view: this.#view, lang: this.locale.lang} : undefined));
  /** The notes code, when this indicator has notes (loaded on demand). */
  #notes?: typeof import('../../chart/notes.js');
  #drawn: DrawnType = 'table';
  #geometry?: Geometry;
  /** Label widths in this render's font and spacing. */
  #measure?: MeasureText;
  /** The label measure for the first drawing, made (the host's style read) in measureLayout. */
  #firstMeasure?: MeasureText;
  #viewKey?: unknown[];
  /** The marks of the last render, written into its (empty) `g.marks` after it by drawMarks. */
  #marks: MarkShape[] = [];

  protected override measureLayout(): void {
    super.measureLayout();
    this.#firstMeasure = labelMeasure(this, PLOT_FONT_PX);
  }

  protected override prepare(model: MonitorModel): void {
    const key = [model, this.indicator, this.filter, this.series];
    let view = this.#view;
    if (!view || !this.#viewKey || key.some((k, i) => k !== this.#viewKey![i])) {
      view = this.#view = selectView(model, {indicator: this.indicator, filter: parseFilter(this.filter), series: this.series});
      this.#viewKey = key;
      this.cursor = {s: 0, c: 0};
      this.tip = undefined;
    }
    this.#drawn = resolveChartType(this.type, view);
    // notes (format extension): breaks in the series are drawn, summarised and listed
    const hasNotes = Boolean(view.indicator.notes?.length);
    this.#notes = hasNotes ? this.need(notesCode) : undefined;
    if (hasNotes && !this.#notes) return; // prepared again when that code is here
    if (this.#drawn === 'table') {
      this.#geometry = undefined;
      this.need(figureExtras); // the table's code; prepared again when it is here
      return;
    }
    const mirror = this.#rtl ? this.need(mirrorCode) : undefined;
    const dense = this.#drawn === 'line' && view.categories.length > DENSE_POINTS;
    const thin = dense ? this.need(decimateCode)?.decimate : undefined;
    if ((this.#rtl && !mirror) || (dense && !thin)) return; // prepared again when that code is here
    const lang = this.locale.lang;
    const categoryLabels = sampleIndexes(view.categories.length, LABEL_SAMPLE).map((c) => categoryText(view, c, lang));
    const width = this.plotWidth();
    const measure = (this.#measure = this.#firstMeasure ?? labelMeasure(this, PLOT_FONT_PX));
    this.#firstMeasure = undefined; // later drawings read the style afresh (a reader may add spacing)
    const geometry = computeGeometry(view, {
      type: this.#drawn,
      width,
      stacked: this.stacked,
      categoryLabels,
      decimate: thin,
      measure,
      formatTicks: (ticks) => tickFormatter(view.indicator.unit, ticks, lang),
    });
    this.#geometry = mirror ? mirror.mirrorGeometry(geometry, thin) : geometry;
  }

  protected override readyOutcome(): unknown {
    return this.#view;
  }

  protected override get loadedIndicator(): string | undefined {
    return this.#view?.indicator.id;
  }

  protected override updated(changed: PropertyValues): void {
    // the marks first: the base class then focuses the one a key moved to
    drawMarks(this.renderRoot.querySelector('g.marks'), this.#marks);
    this.#marks = []; // written: the page keeps them, the element need not (names are long strings)
    super.updated(changed);
    if (this.#notes) adoptLateStyles(this.renderRoot, this.#notes.notesStyles);
  }

  protected override renderReady(): TemplateResult {
    const view = this.#view!;
    const lang = this.locale.lang;
    const {indicator} = view;
    const title = resolveText(indicator.label, lang);
    const model = this.loader.model!;
    const isTable = this.#drawn === 'table';
    const kind = chartKindText(this.#drawn);
    return html`<figure part="figure" lang=${this.locale.textLang} dir=${this.locale.dir} aria-labelledby="title" aria-describedby="summary">
      ${renderCaption(this.headingLevel, title, view, lang)}
      <p id="summary" class="visually-hidden">${describeView(view, kind, lang)}${this.#notes?.breaksSummary(view, lang) ?? ''}</p>
      ${isTable ? nothing : this.#renderPlot(view, this.#geometry!, lang)}
      ${this.#notes?.renderBreakNotes(view, lang) ?? nothing}
      ${isTable ? figureExtras.get()!.renderDataTable(view, lang, 'data-table') : nothing}
      ${this.#actions.render(model, view, lang, isTable)}
    </figure>`;
  }

  #renderPlot(view: View, g: Geometry, lang: string): TemplateResult {
    const help = msg('Gebruik de pijltoetsen om langs de waarden te gaan; Home en End springen naar het begin en het einde.', {id: 'plot.help'});
    const denseHelp =
      (view.categories.length > DENSE_CATEGORIES
        ? ' ' + msg('Page Up en Page Down springen telkens een tiende van de reeks verder.', {id: 'plot.help-dense'})
        : '') +
      (g.dense
        ? ' ' + msg('Deze lijn heeft veel punten: een pijltoets springt een honderdste van de reeks verder; de tabel bevat alle waarden.', {id: 'plot.help-line-dense'})
        : '');
    const patterned = g.type !== 'line' && view.series.length > 1;
    // all the marks, or for a dense line only the focused (and hovered) point: the path shows the
    // shape, the keyboard walks the values, the table lists them all
    const {tip, cursor} = this;
    const h = g.horizontal;
    const rtl = this.#rtl;
    // while the plot has focus, a ring a few pixels outside the focused mark: visible against the
    // page whatever the mark's colour (a circle round a line's marker, a rectangle round a bar)
    const ring = this.plotFocused ? g.markAt(cursor.s, cursor.c) : undefined;
    const ringBox = ring && (g.type !== 'line' || ring.value === null) ? markBox(g, ring, rtl) : undefined;
    this.#marks = (g.dense
      ? [g.markAt(cursor.s, cursor.c), tip && !sameCursor(tip, cursor) ? g.markAt(tip.s, tip.c) : undefined].filter((m): m is Mark => m !== undefined)
      : g.marks
    ).map((m) => this.#markShape(view, g, m, lang, patterned));
    // the listeners sit on the wrapper: Chromium makes an SVG element with focus listeners a Tab stop
    return html`<p id="plot-help" class="visually-hidden">${help}${denseHelp}</p>
      <div
        class="plot-wrap"
        @pointerleave=${this.#hideTip}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusin}
        @focusout=${this.#onFocusout}
        @pointerover=${this.#onPointerover}
        @pointermove=${g.dense ? this.#onDensePointermove : nothing}
      >
        <svg
          class="plot"
          part="plot"
          role="group"
          aria-label=${resolveText(view.indicator.label, lang)}
          aria-describedby="plot-help"
          viewBox="0 0 ${g.width} ${g.height}"
          width=${g.width}
          height=${g.height}
        >
          ${patterned ? renderPatternDefs(view.series.length) : nothing}
          <g transform="translate(${g.margins.left} ${g.margins.top})">
            <g class="value-axis" aria-hidden="true">
              ${g.valueTicks.map((t) =>
                h
                  ? svg`<line class="grid-line" x1=${t.position} x2=${t.position} y1="0" y2=${g.innerHeight}></line>
                      <text class="tick-label" x=${t.position} y=${g.innerHeight + 16} text-anchor="middle">${g.formatTick(t.value)}</text>`
                  : svg`<line class="grid-line" x1="0" x2=${g.innerWidth} y1=${t.position} y2=${t.position}></line>
                      <text class="tick-label" x=${sideLabelX(g, rtl, 6)} y=${t.position} dy="0.32em" text-anchor="end">${g.formatTick(t.value)}</text>`,
              )}
              ${h
                ? svg`<line class="zero-line" x1=${g.zero} x2=${g.zero} y1="0" y2=${g.innerHeight}></line>`
                : svg`<line class="zero-line" x1="0" x2=${g.innerWidth} y1=${g.zero} y2=${g.zero}></line>`}
            </g>
            ${g.type === 'line'
              ? svg`<g class="lines" aria-hidden="true">${g.paths.map((d, s) => (d ? svg`<path class="series-line s${s % SERIES_CLASSES}" d=${d}></path>` : nothing))}</g>`
              : nothing}
            <g class="marks"></g>
            ${ringBox
              ? svg`<rect class="focus-ring" x=${ringBox.x - RING_GAP} y=${ringBox.y - RING_GAP}
                  width=${ringBox.width + 2 * RING_GAP} height=${ringBox.height + 2 * RING_GAP} rx="2"></rect>`
              : ring
                ? svg`<circle class="focus-ring" cx=${ring.x} cy=${ring.y} r=${6 + RING_GAP}></circle>`
                : nothing}
            <g class="category-axis" aria-hidden="true">
              ${g.categoryLabels.map(({c, position, room}) => {
                const text = truncateLabel(categoryText(view, c, lang), room, this.#measure);
                // data labels: each in its own direction (isolated), aligned on the side of the plot
                const dir = textDirection(text);
                return h
                  ? svg`<text class="category-label" x=${sideLabelX(g, rtl, 8)} y=${position} dy="0.32em" direction=${dir} text-anchor=${sideAnchor(rtl, dir)}>${text}</text>`
                  : svg`<text class="category-label" x=${position} y=${g.innerHeight + 18} direction=${dir} text-anchor="middle">${text}</text>`;
              })}
            </g>
            ${this.#notes?.renderBreakRules(view, g) ?? nothing}
          </g>
        </svg>
        ${this.#renderTooltip(view, g, lang)}
      </div>
      ${view.series.length > 1
        ? html`<ul class="legend" part="legend" aria-label=${msg('Legenda', {id: 'legend.label'})}>
            ${view.series.map((_, s) => {
              const cls = `s${s % SERIES_CLASSES}`;
              const fill = patterned ? patternFill(s) : undefined;
              const swatch =
                g.type === 'line'
                  ? svg`<line class="series-line ${cls}" x1="0" x2="28" y1="7" y2="7"></line>
                      <path class=${cls} d=${markerPath(s, 8, 14, 7)}></path>`
                  : svg`<rect class=${fill ? 'patterned' : cls} fill=${fill ?? nothing} x="4" y="0" width="20" height="14"></rect>`;
              return html`<li><svg aria-hidden="true" viewBox="0 0 28 14">${swatch}</svg><bdi>${seriesText(view, s, lang)}</bdi></li>`;
            })}
          </ul>`
        : nothing}`;
  }

  /** A mark's path: class, role and name, Tab stop, shape (a line's marker or a bar), a patterned bar's pattern. */
  #markShape(view: View, g: Geometry, m: Mark, lang: string, patterned: boolean): MarkShape {
    const active = this.tip && this.tip.s === m.s && this.tip.c === m.c ? ' active' : '';
    // a patterned mark takes its colour from its pattern (a class's CSS fill would win over it);
    // a missing value is a gap, not a zero: an outlined placeholder (bars) or an invisible hit area (lines)
    const fill = patterned && m.value !== null ? patternFill(m.s) : undefined;
    const kind = m.value === null ? (g.type === 'line' ? 'hit' : 'missing') : fill ? 'patterned' : `s${m.s % SERIES_CLASSES}`;
    const box = markBox(g, m, this.#rtl);
    return [
      m,
      {
        class: `mark ${kind}${active}`,
        role: 'img',
        'aria-label': pointLabel(view, m.s, m.c, lang),
        tabindex: m.s === this.cursor.s && m.c === this.cursor.c ? '0' : '-1',
        fill,
        d:
          g.type === 'line' && m.value !== null
            ? markerPath(m.s, 9, m.x, m.y)
            : linePath([[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]]) + 'Z',
      },
    ];
  }

  #renderTooltip(view: View, g: Geometry, lang: string): TemplateResult | typeof nothing {
    const tip = this.tip;
    if (!tip) return nothing;
    const mark = g.markAt(tip.s, tip.c);
    if (!mark) return nothing;
    const value = view.values[tip.s][tip.c];
    // anchor at the end of the bar (or the marker), in CSS px of the rendered SVG
    const scale = this.width > 0 ? Math.min(1, this.width / g.width) : 1;
    const x = g.margins.left + (g.horizontal ? mark.x + (this.#rtl ? 0 : mark.width) : mark.x + mark.width / 2);
    const y = g.margins.top + (g.horizontal ? mark.y : value !== null && value < 0 && g.type !== 'line' ? mark.y + mark.height : mark.y);
    const series = seriesText(view, tip.s, lang);
    // aria-hidden: the focused point's own name already says all of this
    return renderTooltip(x * scale, y * scale, html`<strong><bdi>${categoryText(view, tip.c, lang)}</bdi></strong>
      ${series ? html`<span><bdi>${series}</bdi>: </span>` : nothing}${value === null
        ? msg('geen gegevens', {id: 'table.missing'})
        : formatValue(value, view.indicator.unit, view.indicator.decimals, lang)}`);
  }

  /** The content runs right to left (Arabic): mirrored geometry, keys and side labels. */
  get #rtl(): boolean {
    return this.locale.dir === 'rtl';
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.tip) {
        this.tip = undefined;
        event.stopPropagation();
      }
      return;
    }
    const view = this.#view;
    if (!view || !this.#geometry) return;
    const keyboard = keyboardCode.get();
    if (!keyboard) {
      if (PLOT_KEYS.test(event.key) && !(event.ctrlKey || event.altKey || event.metaKey)) {
        event.preventDefault();
        this.whileLoading(keyboardCode.load().then(() => this.#onKeydown(event)));
      }
      return;
    }
    const next = keyboard.moveCursor(this.cursor, event.key, {
      nSeries: view.series.length,
      nCategories: view.categories.length,
      horizontal: this.#geometry.horizontal,
      // dense lines: a hundredth of the series per arrow key, so each press moves visibly
      step: this.#geometry.dense ? Math.round(view.categories.length / 100) : 1,
      rtl: this.#rtl,
    }, event.ctrlKey || event.altKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    this.cursor = next;
    this.tip = next;
    this.focusAfterRender();
  }

  #onFocusin(event: FocusEvent): void {
    const point = markOf(event.target);
    if (!point) return;
    keyboardCode.load().catch(() => undefined); // a key pressed later tries again
    if (!this.plotFocused) this.plotFocused = true;
    // compare first: a new object would schedule another update even for the same point
    if (!sameCursor(point, this.cursor)) this.cursor = point;
    if (!this.tip || !sameCursor(point, this.tip)) this.tip = point;
  }

  #onFocusout(event: FocusEvent): void {
    // focus moving between marks stays inside; only leaving the plot hides the ring
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !(event.currentTarget as Node).contains(next)) this.plotFocused = false;
  }

  #onPointerover(event: PointerEvent): void {
    const point = markOf(event.target);
    if (point) this.tip = point;
  }

  /** Dense lines draw no mark per point: the pointer's position picks the nearest value. */
  #onDensePointermove(event: PointerEvent): void {
    const g = this.#geometry;
    const view = this.#view;
    if (!g || !view) return;
    const plot = (event.currentTarget as HTMLElement).querySelector('svg.plot');
    if (!plot) return;
    const box = plot.getBoundingClientRect();
    const x = ((event.clientX - box.left) * g.width) / Math.max(box.width, 1) - g.margins.left;
    const share = this.#rtl ? 1 - x / g.innerWidth : x / g.innerWidth;
    const c = Math.max(0, Math.min(view.categories.length - 1, Math.round(share * (view.categories.length - 1))));
    if (!this.tip || this.tip.c !== c) this.tip = {s: this.tip?.s ?? this.cursor.s, c};
  }

  #hideTip(): void {
    // keep the tooltip of the focused point; drop the one that only followed the pointer
    this.tip = markOf((this.renderRoot as ShadowRoot).activeElement);
  }
}

/** Up to `max` indexes spread evenly over 0…n-1, always with the first and the last. */
function sampleIndexes(n: number, max: number): number[] {
  return Array.from({length: Math.min(n, max)}, (_, i) => (n > max ? Math.round((i * (n - 1)) / (max - 1)) : i));
}

function sameCursor(a: Cursor, b: Cursor): boolean {
  return a.s === b.s && a.c === b.c;
}

/** The point a mark element draws (a property, not data-* attributes: setting two attributes on
 *  every mark cost more than the rest of its update). Anything else has none. */
function markOf(target: EventTarget | null): Cursor | undefined {
  return (target as {mark?: Mark} | null)?.mark;
}

function chartKindText(type: DrawnType): string {
  switch (type) {
    case 'bar':
      return msg('Staafdiagram', {id: 'kind.bar'});
    case 'column':
      return msg('Kolomdiagram', {id: 'kind.column'});
    case 'line':
      return msg('Lijndiagram', {id: 'kind.line'});
    default:
      return msg('Tabel', {id: 'kind.table'});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leiden-monitor-chart': LeidenMonitorChart;
  }
}
