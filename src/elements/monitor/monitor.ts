import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {LeidenElement} from '../../base/leiden-element.js';
import type {Indicator, IndicatorView, MonitorModel} from '../../data/model.js';
import {resolveText} from '../../data/localized-text.js';
import {renderSource} from '../../chart/source-line.js';
import {renderHeading} from '../../chart/heading.js';
import {noteText} from '../../chart/notes.js';
import {formatDate} from '../../i18n/format.js';
import {msg, str} from '../../i18n/localization.js';
import {tokenStyles} from '../../styles/tokens.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {monitorStyles} from './monitor.styles.js';
import {chooseView} from './choose-view.js';
import {stopWatching, whenNearViewport} from '../../base/viewport.js';

/**
 * A whole monitor from one `src` (or `data`): its title, source and update date, a navigation to
 * its themes, each theme as a `<section>`, and each indicator as a chart, map or KPI, chosen from
 * the data's shape (see choose-view.ts) unless the indicator's `view` says otherwise. Descriptions
 * and notes of an indicator are in a "Toelichting" (notes) disclosure under it.
 *
 * Fast with many indicators: each starts as a placeholder (its title) and becomes its element
 * only when it comes within 1000px of the viewport (all of them before printing; the same watch
 * as every element's, src/base/viewport.ts); the code of the chart, map and KPI is imported the
 * first time one is needed, so `monitor.js` itself loads none of it. Every child gets the
 * monitor's model as `.data` (a model stands for its document), so the document is fetched once
 * and its model built once.
 * Children take the monitor's language. `indicator` and `filter` do not apply to the monitor.
 *
 * Headings: the title is an `<hN>` (`heading-level`, default 2), themes `<hN+1>`, indicators
 * `<hN+2>` (at most `<h6>`). Navigation links move focus to the theme's heading (fragment links
 * cannot reach into shadow DOM). `monitor-load` fires once the monitor's own structure is shown;
 * the children's `monitor-load`/`monitor-error` events stay inside (they show their own errors).
 *
 * @summary A whole monitor: themes with navigation, each indicator as a chart, map or KPI.
 *
 * @customElement leiden-monitor
 * @tagname leiden-monitor
 *
 * @fires monitor-load - The document is loaded and the monitor's structure rendered. `detail: {}`
 * @fires monitor-error - The monitor cannot be shown. `detail: {code, message}`
 *
 * @slot - Fallback content (e.g. a link to Leiden in Cijfers) for readers without JavaScript;
 *   hidden once the element renders.
 *
 * @csspart monitor - The element's content.
 * @csspart meta - The line with source and update date.
 * @csspart nav - The navigation between themes.
 * @csspart theme - A theme's `<section>`.
 * @csspart indicator - One indicator (its element or placeholder, and its notes).
 * @csspart placeholder - An indicator not rendered yet.
 * @csspart notes - An indicator's description and notes (`<details>`).
 */
export class LeidenMonitor extends LeidenElement {
  static override styles = [tokenStyles, sharedStyles, monitorStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /** `1`–`6`: level of the monitor's title; themes one below, indicators two below. Default 2. */
  headingLevel?: number | null;

  /** How each indicator is shown. */
  #kinds = new Map<string, IndicatorView>();
  /** Indicators near the viewport (or once near): rendered as elements. */
  #near = new Set<string>();
  /** The element code asked for: `kpi`, `map`, `chart`. */
  #loaded = new Set<string>();
  #kindsOf?: MonitorModel;

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // watch the placeholders again after a move
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const placeholder of this.renderRoot.querySelectorAll('.placeholder')) stopWatching(placeholder);
  }

  protected override prepare(model: MonitorModel): void {
    if (this.#kindsOf !== model) {
      this.#kinds = new Map(model.indicators.map((i) => [i.id, chooseView(model, i)]));
      this.#kindsOf = model;
    }
  }

  protected override readyOutcome(): unknown {
    return this.loader.model;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // the shared viewport watch (src/base/viewport.ts): near the viewport, or before printing
    for (const placeholder of this.renderRoot.querySelectorAll<HTMLElement>('.placeholder')) {
      const id = placeholder.dataset.id as string;
      if (!this.#near.has(id)) whenNearViewport(placeholder, () => this.#reveal(id));
    }
  }

  protected override renderReady(): TemplateResult {
    const model = this.loader.model!;
    const lang = this.locale.lang;
    const level = Math.min(Math.max(Math.trunc(this.headingLevel ?? 2) || 2, 1), 6);
    const themes = model.themes.filter((t) => model.indicators.some((i) => i.theme === t.id));
    const loose = model.indicators.filter((i) => !themes.some((t) => t.id === i.theme));
    const below = (n: number) => Math.min(level + n, 6);
    const {source} = model;
    const name = resolveText(source?.name, lang);
    const updated = model.updated && formatDate(model.updated, lang);
    return html`<div part="monitor" lang=${this.locale.textLang} dir=${this.locale.dir} @monitor-load=${stopInner} @monitor-error=${stopInner}>
      ${renderHeading(level, 'title', resolveText(model.title ?? model.id ?? '', lang))}
      ${name || updated
        ? html`<p class="meta" part="meta">
            ${renderSource(source, lang)}
            ${updated ? html`${name ? ' · ' : ''}<span>${msg(str`Bijgewerkt: ${updated}`, {id: 'meta.updated'})}</span>` : nothing}
          </p>`
        : nothing}
      ${themes.length > 1
        ? html`<nav part="nav" aria-label=${msg("Thema's", {id: 'monitor.nav'})} @click=${this.#onNav}>
            <ul>${themes.map((t, i) => html`<li><a href="#theme-${i}">${resolveText(t.label, lang)}</a></li>`)}</ul>
          </nav>`
        : nothing}
      ${loose.map((i) => this.#renderIndicator(model, i, below(themes.length ? 2 : 1), lang))}
      ${themes.map(
        (t, n) => html`<section part="theme" aria-labelledby="theme-${n}">
          ${renderHeading(below(1), `theme-${n}`, resolveText(t.label, lang))}
          ${model.indicators.filter((i) => i.theme === t.id).map((i) => this.#renderIndicator(model, i, below(2), lang))}
        </section>`,
      )}
    </div>`;
  }

  #renderIndicator(model: MonitorModel, indicator: Indicator, level: number, lang: string): TemplateResult {
    const {id, description} = indicator;
    const title = resolveText(indicator.label, lang);
    const notes = indicator.notes ?? [];
    const kind = this.#kinds.get(id) ?? 'chart';
    return html`<div class="indicator" part="indicator">
      ${!this.#near.has(id)
        ? html`<div class="placeholder" part="placeholder" data-id=${id}>${renderHeading(level, `i-${model.indicators.indexOf(indicator)}`, title)}</div>`
        : kind === 'kpi'
          ? html`<leiden-monitor-kpi .data=${model} indicator=${id} lang=${lang} heading-level=${level}></leiden-monitor-kpi>`
          : kind === 'map'
            ? html`<leiden-monitor-map .data=${model} indicator=${id} lang=${lang} heading-level=${level}></leiden-monitor-map>`
            : html`<leiden-monitor-chart .data=${model} indicator=${id} lang=${lang} heading-level=${level} type=${kind === 'table' ? kind : 'auto'}></leiden-monitor-chart>`}
      ${description || notes.length
        ? html`<details part="notes">
            <summary>${msg('Toelichting', {id: 'monitor.notes'})}<span class="visually-hidden"> ${title}</span></summary>
            ${description ? html`<p>${resolveText(description, lang)}</p>` : nothing}
            ${notes.length ? html`<ul>${notes.map((note) => html`<li>${noteText(note, lang)}</li>`)}</ul>` : nothing}
          </details>`
        : nothing}
    </div>`;
  }

  /** Turns the placeholder of `id` into its element, importing that kind's code on first need. */
  #reveal(id: string): void {
    this.#near.add(id);
    // the element code, on first need: a monitor of KPIs never loads the chart or the map
    const kind = this.#kinds.get(id);
    const entryPoint = kind === 'kpi' || kind === 'map' ? kind : 'chart';
    if (!this.#loaded.has(entryPoint)) {
      this.#loaded.add(entryPoint);
      (entryPoint === 'kpi' ? import('../../kpi.js') : entryPoint === 'map' ? import('../../map.js') : import('../../chart.js')).catch((error: unknown) =>
        console.warn(`leiden-monitor: could not load the ${entryPoint} element`, error),
      );
    }
    this.requestUpdate();
  }

  /** In-page links: fragments do not reach into shadow DOM, so move focus to the heading here. */
  #onNav = (event: MouseEvent): void => {
    const link = (event.target as Element).closest('a');
    const heading = link && (this.renderRoot as ShadowRoot).getElementById(link.hash.slice(1));
    if (!heading) return;
    event.preventDefault();
    heading.tabIndex = -1;
    heading.scrollIntoView();
    heading.focus({preventScroll: true});
  };
}

/** The children's own events are theirs: the monitor reports only on the monitor. */
function stopInner(event: Event): void {
  event.stopPropagation();
}

declare global {
  interface HTMLElementTagNameMap {
    'leiden-monitor': LeidenMonitor;
  }
}
