import {html, nothing, type TemplateResult} from 'lit';
import type {Category, MonitorModel, Source, View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';
import {formatDate, formatPeriod} from '../i18n/format.js';
import {msg, str} from '../i18n/localization.js';
import {isHttpUrl} from '../data/url.js';

/** The period a view covers: "2012–2023", or the one fixed period. */
export function periodText(view: View, lang: string): string {
  // from the first to the last period of an axis ("2023" when they are one)
  const span = (periods: readonly Category[]) => {
    const first = periods[0];
    const last = periods[periods.length - 1];
    return first === last ? formatPeriod(first.id, lang) : `${formatPeriod(first.id, lang)}–${formatPeriod(last.id, lang)}`;
  };
  if (view.categoryDimension.role === 'time') return span(view.categories);
  const fixedTime = view.fixed.find((f) => f.dimension.role === 'time');
  if (fixedTime) return formatPeriod(fixedTime.category.id, lang);
  // (a series dimension is a free one, with two categories or more: see view.ts)
  return view.seriesDimension?.role === 'time' ? span(view.series) : '';
}

/** "Bron: CBS", the name a link when the source has an http(s) URL; nothing without a name. */
export function renderSource(source: Source | undefined, lang: string): TemplateResult | typeof nothing {
  const name = resolveText(source?.name, lang);
  return name ? html`<span>${msg('Bron:', {id: 'meta.source'})} ${isHttpUrl(source!.url) ? html`<a href=${source!.url} rel="noopener">${name}</a>` : name}</span>` : nothing;
}

/** "Periode: 2012–2023 · Bron: CBS · Bijgewerkt: 1 juni 2024" under a chart. */
export function renderSourceLine(model: MonitorModel, view: View, lang: string): TemplateResult {
  const source = view.indicator.source ?? model.source;
  const period = periodText(view, lang);
  const name = resolveText(source?.name, lang);
  const updated = model.updated ? formatDate(model.updated, lang) : '';
  return html`<p class="source" part="source">
    ${period ? html`<span>${msg(str`Periode: ${period}`, {id: 'meta.period'})}</span>` : nothing}
    ${name ? html`${period ? ' · ' : ''}${renderSource(source, lang)}` : nothing}
    ${updated ? html` · <span>${msg(str`Bijgewerkt: ${updated}`, {id: 'meta.updated'})}</span>` : nothing}
  </p>`;
}
