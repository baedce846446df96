import {LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {errorView, loadingView} from '../../base/state-views.js';
import type {ElementState} from '../../base/leiden-element.js';
import {DataController} from '../../base/data-controller.js';
import {announceState} from '../../base/events.js';
import type {MonitorError} from '../../data/errors.js';
import {resolveText, textLanguage} from '../../data/localized-text.js';
import {renderHeading} from '../../chart/heading.js';
import {renderSource} from '../../chart/source-line.js';
import {LocaleController} from '../../i18n/locale-controller.js';
import {formatDate} from '../../i18n/format.js';
import {msg, str, withLocale} from '../../i18n/localization.js';
import {tokenStyles} from '../../styles/tokens.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {visionStyles} from './vision-goals.styles.js';
import {LEIDEN_VISION} from './vision.js';
import type {LocalizedText} from '../../data/model.js';
import {validateVision, type VisionDocument} from './vision-format.js';

/**
 * The goals of Leiden's internationalisation vision (council decision of 17 September 2020) as an
 * ordered list, with the policy domains each goal touches. With no `src` it shows the built-in
 * vision text (Dutch and English); `src` (or `data`) may give another vision document of the same
 * shape (`"format": "leiden-vision"`, see the README and `schema/vision.schema.json`).
 *
 * Headings: with `heading-level="N"` the vision's title is an `<hN>` and each goal's title an
 * `<hN+1>` (at most `<h6>`); without it nothing is a heading, so the element never breaks the
 * outline of the page around it (as for the chart).
 *
 * With `monitor-src`, each goal that lists `indicators` shows them as `<leiden-monitor-kpi>`
 * tiles, all sharing one request for the monitor document. The KPI code is imported on demand
 * the first time it is needed (the `vision-goals.js` entry alone does not load it). The tiles
 * show their own errors; their `monitor-load`/`monitor-error` events stay inside this element.
 *
 * @summary The goals of Leiden's internationalisation vision, with their policy domains.
 *
 * @customElement vision-goals
 * @tagname vision-goals
 *
 * @attr {string} lang - BCP 47 language of the texts. Absent: the nearest ancestor's `lang`, then
 *   `<html lang>`, then `nl`. Changing it re-renders.
 * @attr {'loading' | 'ready' | 'error'} state - Reflected, read-only: where the element is.
 *
 * @fires monitor-load - The vision is loaded (or the built-in one is used) and rendered. `detail: {}`
 * @fires monitor-error - The vision document could not be shown. `detail: {code, message}`
 *
 * @slot - Fallback content for readers without JavaScript; hidden once the element renders.
 *
 * @csspart vision - The `<section>` around everything.
 * @csspart title - The vision's title.
 * @csspart adopted - The line saying when and by whom the vision was adopted.
 * @csspart goals - The ordered list of goals.
 * @csspart goal - One goal (`<li>`).
 * @csspart goal-title - A goal's title.
 * @csspart domains - A goal's list of policy domains.
 * @csspart kpis - A goal's KPI tiles (with `monitor-src`).
 * @csspart source - The source line.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 *
 * @cssprop --leiden-font-family - Font of all text.
 * @cssprop --leiden-font-size - Base font size (1rem).
 * @cssprop --leiden-color-text - Text colour.
 * @cssprop --leiden-color-text-muted - Secondary text: adoption date, domains label, source.
 * @cssprop --leiden-color-background - Background colour.
 * @cssprop --leiden-color-surface - Background of the domain tags and the error box.
 * @cssprop --leiden-color-border - Borders.
 * @cssprop --leiden-color-grid - Track of the loading spinner.
 * @cssprop --leiden-color-accent - Accent (goal numbers, spinner).
 * @cssprop --leiden-color-focus - Focus ring.
 * @cssprop --leiden-color-error - Error marker.
 */
export class VisionGoals extends LitElement {
  static override styles = [tokenStyles, sharedStyles, visionStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    data: {attribute: false},
    headingLevel: {attribute: 'heading-level', type: Number},
    monitorSrc: {attribute: 'monitor-src'},
    timeout: {type: Number},
  };

  /** URL of a vision JSON document (`"format": "leiden-vision"`); absent: the built-in vision. */
  src?: string | null;

  /** A vision document as a JS object; wins over `src`, and nothing is fetched. */
  data?: unknown;

  /** `1`–`6`: the title becomes that heading and the goal titles the level below; absent: no headings. */
  headingLevel?: number | null;

  /** URL of a monitor document: goals that list `indicators` show them as KPI tiles. */
  monitorSrc?: string | null;

  /** Extension: milliseconds one request attempt may take (default 15000). */
  timeout?: number | null;

  protected readonly locale = new LocaleController(this);
  /** `src`/`data` as a checked vision document, through the loader the monitor elements use. */
  readonly #loader = new DataController<VisionDocument>(this, validateVision);
  #lastEmitted?: unknown;
  #kpiRequested = false;

  /** Neither `src` nor `data`: the built-in vision (the loader stays idle). */
  get #builtIn(): boolean {
    return this.#loader.status === 'idle' && !this.src && this.data == null;
  }

  /** `loading` · `ready` · `error`, reflected to the `state` attribute. Read-only. */
  get state(): ElementState {
    if (!this.locale.ready) return 'loading'; // its language's texts are on their way
    const status = this.#loader.status;
    // idle with `src`/`data`: set, but not looked at before the next update
    return status === 'idle' ? (this.#builtIn ? 'ready' : 'loading') : status;
  }

  /** The current error (code and message), if any. */
  get error(): MonitorError | undefined {
    return this.#loader.error;
  }

  /** The vision shown (the built-in one without `src`/`data`); undefined while loading or failed. */
  get vision(): VisionDocument | undefined {
    return this.#builtIn ? LEIDEN_VISION : this.#loader.model;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#loader.sync();
    if (this.monitorSrc && !this.#kpiRequested && this.vision?.goals.some((g) => g.indicators?.length)) {
      this.#kpiRequested = true;
      // on demand: pages without monitor-src never load the KPI (or the monitor data layer)
      import('../../kpi.js').catch((error: unknown) => console.warn('vision-goals: could not load the KPI element', error));
    }
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale.uiLocale, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const error = this.error!;
    return state === 'loading'
      ? loadingView(this.locale)
      : state === 'error'
        ? errorView(this.locale, error, () => this.#loader.reload())
        : this.#renderVision(this.vision!);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.state;
    this.#lastEmitted = announceState(this, state, state === 'error' ? this.error : this.vision, this.#lastEmitted, {});
  }

  #renderVision(vision: VisionDocument): TemplateResult {
    const lang = this.locale.lang;
    const uiLang = this.locale.textLang;
    // an invalid level (0, 7, 2.5) is no heading, for the goals either (renderHeading's default)
    const level = this.headingLevel;
    const goalLevel = Number.isInteger(level) && level! >= 1 && level! <= 6 ? Math.min(level! + 1, 6) : undefined;
    const kpiLevel = goalLevel && Math.min(goalLevel + 1, 6);
    const domains = new Map(vision.domains.map((d) => [d.id, d.label]));
    const {adopted, adoptedBy, source} = vision;
    const date = adopted && formatDate(adopted, lang);
    const by = resolveText(adoptedBy, lang);
    const name = resolveText(source?.name, lang);
    return html`<section part="vision" aria-labelledby="vision-title" lang=${uiLang} dir=${this.locale.dir}>
      <div part="title">${inLanguage(renderHeading(goalLevel && level, 'vision-title', resolveText(vision.title, lang)), vision.title, lang, uiLang)}</div>
      ${date
        ? html`<p class="adopted" part="adopted">
            ${by ? msg(str`Vastgesteld door ${by} op ${date}.`, {id: 'vision.adopted-by'}) : msg(str`Vastgesteld op ${date}.`, {id: 'vision.adopted'})}
          </p>`
        : nothing}
      <ol class="goals" part="goals">
        ${vision.goals.map((goal, i) => {
          const domainsId = `goal-${i}-domains`;
          const kpis = this.monitorSrc && goal.indicators?.length ? goal.indicators : undefined;
          return html`<li class="goal" part="goal">
            <div class="goal-title" part="goal-title">${inLanguage(renderHeading(goalLevel, `goal-${i}`, resolveText(goal.title, lang)), goal.title, lang, uiLang)}</div>
            ${goal.description ? html`<p class="description" lang=${textLanguage(goal.description, lang) ?? nothing}>${resolveText(goal.description, lang)}</p>` : nothing}
            ${goal.domains.length
              ? html`<p class="domains-label" id=${domainsId}>${msg('Beleidsterreinen:', {id: 'vision.domains'})}</p>
                  <ul class="domains" part="domains" aria-labelledby=${domainsId}>
                    ${goal.domains.map((id) => html`<li lang=${textLanguage(domains.get(id), lang) ?? nothing}>${resolveText(domains.get(id), lang)}</li>`)}
                  </ul>`
              : nothing}
            ${kpis
              ? html`<div class="kpis" part="kpis" @monitor-load=${stopInner} @monitor-error=${stopInner}>
                  ${kpis.map(
                    (ref) => html`<leiden-monitor-kpi
                      src=${this.monitorSrc!}
                      lang=${lang}
                      indicator=${ref.id}
                      filter=${ref.filter ?? nothing}
                      heading-level=${kpiLevel ?? nothing}
                      timeout=${this.timeout ?? nothing}
                    ></leiden-monitor-kpi>`,
                  )}
                </div>`
              : nothing}
          </li>`;
        })}
      </ol>
      ${name ? html`<p class="source" part="source">${renderSource(source, lang)}</p>` : nothing}
    </section>`;
  }
}

/** Wraps data text in the `lang` it is actually in when that is not the UI's (`ar` page, English goal). */
function inLanguage(content: TemplateResult, text: LocalizedText, lang: string, uiLang: string): TemplateResult {
  const actual = textLanguage(text, lang);
  const ui = uiLang.toLowerCase();
  const key = actual?.toLowerCase();
  return key && key !== ui && key !== ui.split('-')[0] ? html`<div lang=${actual} dir="auto">${content}</div>` : content;
}

/** The KPI tiles' own events are theirs: the vision reports only on the vision. */
function stopInner(event: Event): void {
  event.stopPropagation();
}

declare global {
  interface HTMLElementTagNameMap {
    'vision-goals': VisionGoals;
  }
}
