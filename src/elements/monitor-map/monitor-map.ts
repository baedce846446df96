import {html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {renderTooltip} from '../../chart/tooltip.js';
import type {ElementState} from '../../base/leiden-element.js';
import {PlotElement} from '../../base/plot-element.js';
import type {MonitorModel} from '../../data/model.js';
import {parseFilter} from '../../data/filter.js';
import {elementTimeout, loadDocument} from '../../data/load.js';
import {asMonitorError, isMonitorError, type MonitorError} from '../../data/errors.js';
import {resolveText} from '../../data/localized-text.js';
import {FigureActions, renderCaption} from '../../chart/figure-parts.js';
import {formatPeriod, formatValue} from '../../i18n/format.js';
import {msg} from '../../i18n/localization.js';
import {readGeometry, type MapGeometry} from '../../map/geo.js';
import {matchAreas, featureName, type AreaMatch} from '../../map/match.js';
import {quantileClasses, type Classes} from '../../map/classes.js';
import {layoutMap, type MapLayout} from '../../map/layout.js';
import {selectMapView, type MapView} from '../../map/map-view.js';
import {areaOrder, moveArea, type AreaOrder} from '../../map/keyboard.js';
import {areaLabel, classText, describeMap, type MapArea} from '../../map/describe.js';
import {tokenStyles} from '../../styles/tokens.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {figureStyles} from '../../styles/figure.styles.js';
import {mapStyles} from './monitor-map.styles.js';

/** The map's height at most (px); its loading view holds the same room (monitor-map.styles.ts). */
const MAX_HEIGHT = 520;
/**
 * Dot radius of the forced-colours patterns of classes 2–4, on a 4 px grid: about 11, 31 and 60 %
 * ink, between class 1 (empty) and class 5 (solid); see monitor-map.styles.ts.
 */
const DOT_RADII = [0.75, 1.25, 1.75];

/** What the map draws for the current view and geometry (not the width). */
interface Choropleth {
  readonly mapView: MapView;
  readonly geometry: MapGeometry;
  readonly match: AreaMatch;
  readonly classes: Classes;
}

/** The shipped districts, imported (once per page) only when a map has no `geo`. */
const loadLeidenWijken = () => import('../../geo/leiden-wijken.js').then((m) => m.leidenWijken2023);

/**
 * A choropleth of one monitor indicator by area for one period, with a legend and its data as a
 * table.
 *
 * @summary A map of Leiden's districts (or any GeoJSON/TopoJSON areas) coloured by an indicator.
 *
 * @customElement leiden-monitor-map
 * @tagname leiden-monitor-map
 *
 * @fires monitor-load - The data and the geometry are loaded and the map is drawn. `detail: {indicator?: string}`
 * @fires monitor-error - The map cannot show what was asked (also for a `geo` that fails to load or
 *   is not GeoJSON/TopoJSON, and an indicator without an area dimension). `detail: {code, message}`
 *
 * @slot - Fallback content (e.g. a link to Leiden in Cijfers) for readers without JavaScript;
 *   hidden once the element renders.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart caption - The `<figcaption>` with the title.
 * @csspart plot - The SVG map.
 * @csspart legend - The legend of the colour classes and "no data".
 * @csspart tooltip - The tooltip of the hovered or focused area.
 * @csspart download - The button that shows the download options.
 * @csspart download-option - Each download option: data (CSV), picture (SVG, PNG).
 * @csspart source - The line with period, source and update date.
 * @csspart toggle - The button that shows or hides the table.
 * @csspart table - The data table.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 *
 * @cssprop --leiden-map-color-1 - Fill of the lowest class (light).
 * @cssprop --leiden-map-color-2 - Fill of the second class.
 * @cssprop --leiden-map-color-3 - Fill of the middle class.
 * @cssprop --leiden-map-color-4 - Fill of the fourth class.
 * @cssprop --leiden-map-color-5 - Fill of the highest class (dark).
 * @cssprop --leiden-map-outline - Outline of the areas.
 * @cssprop --leiden-map-no-data - Hatching of areas without data.
 * @cssprop --leiden-font-family - Font of all text.
 * @cssprop --leiden-font-size - Base font size (1rem).
 * @cssprop --leiden-color-text - Text colour; outline of the hovered area.
 * @cssprop --leiden-color-text-muted - Secondary text: subtitle, source.
 * @cssprop --leiden-color-background - Background; ground of the no-data hatching.
 * @cssprop --leiden-color-surface - Background of the error box and hovered buttons.
 * @cssprop --leiden-color-border - Borders.
 * @cssprop --leiden-color-grid - Table rules.
 * @cssprop --leiden-color-accent - Accent (spinner, sample-data badge).
 * @cssprop --leiden-color-focus - Outline of the focused area.
 * @cssprop --leiden-color-error - Error marker.
 */
export class LeidenMonitorMap extends PlotElement {
  static override styles = [tokenStyles, sharedStyles, figureStyles, mapStyles];
  static override properties: PropertyDeclarations = {
    period: {},
    geo: {},
    geoObject: {attribute: 'geo-object'},
    headingLevel: {attribute: 'heading-level', type: Number},
    cursor: {state: true},
    tip: {state: true},
    focused: {state: true},
  };

  /** Period id to show (e.g. `2017`); default: the latest period with data. */
  period?: string | null;

  /**
   * URL of a GeoJSON or TopoJSON document with the areas, resolved against the page URL; absent:
   * Leiden's ten districts (wijken, CBS 2023), shipped with the library.
   */
  geo?: string | null;

  /** Extension: the TopoJSON object to draw (default: the topology's first object). */
  geoObject?: string | null;

  /** `1`–`6`: render the title as a heading of that level; absent: caption text only. */
  headingLevel?: number | null;

  /** The area with the keyboard's Tab stop (feature index). */
  private cursor = 0;
  /** The area whose tooltip is shown. */
  private tip?: number;
  /** The area that has focus, outlined even when its tooltip is closed. */
  private focused?: number;

  /** The areas; the error when they could not be read; undefined while they load. */
  #geo?: MapGeometry | MonitorError;
  #geoKey?: string;
  #geoRun?: AbortController;

  #mapView?: MapView;
  #mapViewKey?: unknown[];
  #choropleth?: Choropleth;
  readonly #actions = new FigureActions(this, () =>
    this.#choropleth ? {view: this.#choropleth.mapView.view, lang: this.locale.lang} : undefined,
  );
  #layout?: MapLayout & {readonly geometry: MapGeometry; readonly order: AreaOrder};

  get #geoError(): MonitorError | undefined {
    return isMonitorError(this.#geo) ? this.#geo : undefined;
  }

  /** "Try again" fetches a failed `geo` again too. */
  protected override retry(): void {
    if (this.#geoError) this.#geoKey = undefined;
    super.retry();
  }

  /** `loading` until both the data and the geometry are in; `error` when either failed. */
  override get state(): ElementState {
    const base = super.state;
    if (base === 'error' || this.#geoError) return 'error';
    return base === 'ready' && this.#geo ? 'ready' : 'loading';
  }

  override get error(): MonitorError | undefined {
    return super.error ?? this.#geoError;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // a disconnect aborted the geometry's request: ask again
    if (!this.#geo && this.#geoKey !== undefined) this.#startGeo();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#geoRun?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const key = `${this.geo ?? ''}\n${this.geoObject ?? ''}`;
    if (key !== this.#geoKey) {
      this.#geoKey = key;
      this.#startGeo();
    }
    super.willUpdate(changed);
  }

  /** Loads `geo` (shared cache, abortable) or the shipped districts, then reads the areas. */
  #startGeo(): void {
    this.#geoRun?.abort();
    const run = new AbortController();
    this.#geoRun = run;
    this.#geo = undefined;
    const {geo, geoObject} = this;
    const doc = geo ? loadDocument(geo, {signal: run.signal, timeoutMs: elementTimeout(this.timeout)}) : loadLeidenWijken();
    doc
      .then((d) => readGeometry(d, geoObject))
      .catch((error: unknown) => asMonitorError(error, 'network', 'geo: '))
      .then((geo) => {
        // not when stale, or aborted by a disconnect
        if (run === this.#geoRun && !run.signal.aborted) {
          this.#geo = geo;
          this.requestUpdate();
        }
      });
  }

  protected override prepare(model: MonitorModel): void {
    const key = [model, this.indicator, this.filter, this.period];
    if (key.some((k, i) => k !== this.#mapViewKey?.[i])) {
      this.#mapView = selectMapView(model, {indicator: this.indicator, filter: parseFilter(this.filter), period: this.period});
      this.#mapViewKey = key;
    }
    const geometry = this.#geo;
    if (!geometry || isMonitorError(geometry)) return;
    const width = this.plotWidth();
    if (this.#layout?.geometry !== geometry || this.#layout.width !== width) {
      const layout = layoutMap(geometry.features, {width, maxHeight: Math.min(MAX_HEIGHT, Math.max(200, width)), projected: geometry.projected});
      this.#layout = {...layout, geometry, order: areaOrder(layout.centroids)};
    }
    const mapView = this.#mapView!;
    if (this.#choropleth?.mapView !== mapView || this.#choropleth.geometry !== geometry) {
      const {view} = mapView;
      const match = matchAreas(geometry.features, view.categories.map((c) => c.id));
      if (match.unmatched.length) {
        console.warn(`<leiden-monitor-map>: ${match.unmatched.length} area(s) in the data have no shape in the geometry: ${match.unmatched.join(', ')}`);
      }
      this.#choropleth = {mapView, geometry, match, classes: quantileClasses(match.dataIndex.map((c) => (c < 0 ? null : view.values[0][c])))};
      this.tip = undefined;
      // the Tab stop starts at the westernmost area, like Home
      this.cursor = this.#layout.order.byX[0] ?? 0;
    }
  }

  protected override readyOutcome(): unknown {
    return this.#choropleth;
  }

  protected override get loadedIndicator(): string | undefined {
    return this.#mapView?.view.indicator.id;
  }

  protected override renderReady(): TemplateResult {
    const {mapView, geometry, match, classes} = this.#choropleth!;
    const {view} = mapView;
    const {indicator} = view;
    const {paths, centroids, width, height} = this.#layout!;
    const lang = this.locale.lang;
    const title = resolveText(indicator.label, lang);
    // the areas as the map shows them: name (the data's label, else the feature's), value, status
    const areas = geometry.features.map((feature, i): MapArea => {
      const c = match.dataIndex[i];
      const name = c >= 0 ? resolveText(view.categories[c].label, lang) : (featureName(feature) ?? match.codes[i]);
      const status = c < 0 ? undefined : view.statuses[0][c];
      return {name: name || msg('Onbekend gebied', {id: 'map.area.unknown'}), value: c < 0 ? null : view.values[0][c], ...(status ? {status} : {})};
    });
    // ids of the view's own categories
    const unmatched = match.unmatched.map((id) => resolveText(view.categoryDimension.categoryById.get(id)!.label, lang));
    const period = mapView.period ? formatPeriod(mapView.period.id, lang) : '';
    const noData = msg('geen gegevens', {id: 'table.missing'});
    const help = msg('Gebruik de pijltoetsen om van gebied naar gebied te gaan (links en rechts: west en oost, omhoog en omlaag: noord en zuid); Home en End springen naar het westelijkste en het oostelijkste gebied.', {id: 'map.help'});
    const ring = (i: number | undefined, cls: string) => (paths[i!] ? svg`<path class="ring ${cls}" d=${paths[i!]}></path>` : nothing);
    const swatch = (cls: string, fill?: string) =>
      html`<svg aria-hidden="true" viewBox="0 0 28 14"><rect class=${cls} x="4.5" y="0.5" width="19" height="13" fill=${fill ?? nothing}></rect></svg>`;
    const tip = areas[this.tip!];
    // the listeners sit on the plot's wrapper: Chromium makes an SVG element with focus listeners a
    // Tab stop. lit calls them with the element as `this`.
    return html`<figure part="figure" lang=${this.locale.textLang} dir=${this.locale.dir} aria-labelledby="title" aria-describedby="summary">
      ${renderCaption(this.headingLevel, title, view, lang)}
      <p id="summary" class="visually-hidden">${describeMap(title, period, areas, unmatched, indicator, lang)}</p>
      <p id="plot-help" class="visually-hidden">${help}</p>
      <div class="plot-wrap" @pointerleave=${this.#hideTip} @keydown=${this.#onKeydown} @focusin=${this.#onFocusin} @focusout=${this.#onFocusout} @pointerover=${this.#onPointerover}>
        <svg class="plot" part="plot" role="group" aria-label=${title} aria-describedby="plot-help" viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
          <defs>
            <pattern id="no-data" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect class="no-data-bg" width="6" height="6"></rect>
              <line class="no-data-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
            ${DOT_RADII.map(
              (r, k) => svg`<pattern id="class-${k + 2}" patternUnits="userSpaceOnUse" width="4" height="4">
                <rect class="dots-bg" width="4" height="4"></rect><circle class="dot" cx="2" cy="2" r=${r}></circle>
              </pattern>`,
            )}
          </defs>
          <g class="areas">
            ${areas.map((area, i) => {
              const k = area.value === null ? undefined : classes.classOf(area.value);
              const cls = k === undefined ? 'area no-data' : `area c${classes.classes[k].color}`;
              return svg`<path class=${cls} d=${paths[i]} fill=${k === undefined ? 'url(#no-data)' : nothing}
                role="img" aria-label=${areaLabel(area, indicator, lang)} tabindex=${i === this.cursor ? 0 : -1} data-i=${i}></path>`;
            })}
          </g>
          ${this.tip !== this.focused ? ring(this.tip, 'hover') : nothing} ${ring(this.focused, 'focus')}
        </svg>
        ${tip
          ? // at the area's centroid: the SVG is drawn at the width it is shown, so its units are CSS px
            renderTooltip(...centroids[this.tip!], html`<strong>${tip.name}</strong>${tip.value === null ? noData : formatValue(tip.value, indicator.unit, indicator.decimals, lang)}`)
          : nothing}
      </div>
      <ul class="legend" part="legend" aria-label=${msg('Legenda', {id: 'legend.label'})}>
        ${classes.classes.map((range) => html`<li>${swatch(`c${range.color}`)}${classText(range, indicator, lang)}</li>`)}
        <li>${swatch('no-data', 'url(#no-data)')}${noData}</li>
      </ul>
      ${this.#actions.render(this.loader.model!, view, lang)}
    </figure>`;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.tip !== undefined) {
        this.tip = undefined;
        event.stopPropagation();
      }
      return;
    }
    if (!this.#layout) return;
    const next = moveArea(this.cursor, event.key, this.#layout.order, event.ctrlKey || event.altKey || event.metaKey);
    if (next === undefined) return;
    event.preventDefault();
    // set everything focusing it will set, so focusin after the render changes nothing
    this.cursor = this.tip = this.focused = next;
    this.focusAfterRender();
  }

  #onFocusin(event: FocusEvent): void {
    const i = areaOf(event.target);
    // reactive properties: setting the value they have changes nothing
    if (i !== undefined) this.cursor = this.focused = this.tip = i;
  }

  #onFocusout(event: FocusEvent): void {
    if (areaOf(event.relatedTarget) === undefined) {
      this.focused = undefined;
      this.tip = undefined;
    }
  }

  #onPointerover(event: PointerEvent): void {
    const i = areaOf(event.target);
    if (i !== undefined) this.tip = i;
  }

  #hideTip(): void {
    // keep the tooltip of the focused area; drop the one that only followed the pointer
    this.tip = this.focused;
  }
}

function areaOf(target: EventTarget | null): number | undefined {
  if (!(target instanceof SVGElement) || !target.classList.contains('area')) return undefined;
  return Number(target.dataset.i);
}

declare global {
  interface HTMLElementTagNameMap {
    'leiden-monitor-map': LeidenMonitorMap;
  }
}
