import {html, nothing, type TemplateResult} from 'lit';
import type {MonitorModel, Source, View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';
import {formatDate, formatPeriod} from '../i18n/format.js';
import {msg, str} from '../i18n/localization.js';
import {isHttpUrl} from '../data/url.js';

/** The period a view covers: "2012–2023", or the one fixed period. */
export function periodText(view: View, lang: string): string {
  if (view.categoryDimension.role === 'time') {
    const first = view.categories[0];
    const last = view.categories[view.categories.length - 1];
    return first === last ? formatPeriod(first.id, lang) : `${formatPeriod(first.id, lang)}–${formatPeriod(last.id, lang)}`;
  }
  const fixedTime = view.fixed.find((f) => f.dimension.role === 'time');
  if (fixedTime) return formatPeriod(fixedTime.category.id, lang);
  const seriesTime = view.seriesDimension?.role === 'time' ? view.series : undefined;
  if (seriesTime?.length) return `${formatPeriod(seriesTime[0].id, lang)}–${formatPeriod(seriesTime[seriesTime.length - 1].id, lang)}`;
  return '';
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
