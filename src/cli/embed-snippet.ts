/**
 * The HTML an `embed` prints: the script tag and the element, whose light-DOM children are a
 * pre-rendered table of the same view the chart draws (caption, header cells with `scope`, the
 * source), so readers without JavaScript, and search engines, get the numbers too (CONTRACT §2:
 * light-DOM children are the fallback, hidden once the element renders).
 */
import {resolveText} from '../data/localized-text.js';
import type {MonitorModel, View} from '../data/model.js';
import {attribute, escapeHtml} from './html.js';

export interface SnippetOptions {
  readonly src: string;
  readonly indicator: string;
  readonly lang: string;
  /** The drop-in bundle's URL; undefined: no script tag. */
  readonly script?: string;
  readonly filter?: string;
  readonly type?: string;
}

const WORDS = {
  nl: {source: 'Bron', missing: 'geen waarde', updated: 'bijgewerkt'},
  en: {source: 'Source', missing: 'no value', updated: 'updated'},
} as const;

const wordsFor = (lang: string) => (lang.toLowerCase().startsWith('en') ? WORDS.en : WORDS.nl);

/** A value as the chart shows it: Intl in `lang`, percent as points, counts without decimals. */
export function formatNumber(value: number, unit: string | undefined, decimals: number | undefined, lang: string): string {
  const digits = decimals === undefined ? {maximumFractionDigits: unit === 'count' ? 0 : 2} : {minimumFractionDigits: decimals, maximumFractionDigits: decimals};
  if (unit === 'percent') return new Intl.NumberFormat(lang, {style: 'percent', ...digits}).format(value / 100);
  if (unit === 'currency-eur') return new Intl.NumberFormat(lang, {style: 'currency', currency: 'EUR', ...digits}).format(value);
  const number = new Intl.NumberFormat(lang, digits).format(value);
  if (unit === 'per-1000') return `${number} ${lang.toLowerCase().startsWith('en') ? 'per 1,000' : 'per 1.000'}`;
  return number;
}

function renderTable(model: MonitorModel, view: View, lang: string): string {
  const words = wordsFor(lang);
  const {indicator} = view;
  const text = (value: Parameters<typeof resolveText>[0]) => escapeHtml(resolveText(value, lang));
  // what the view holds fixed (an area, a year) belongs in the caption, unless the title says it
  const title = resolveText(indicator.label, lang);
  const fixed = view.fixed.map(({category}) => resolveText(category.label, lang)).filter((label) => label !== '' && !title.includes(label)).map(escapeHtml);
  const caption = `${text(indicator.label)}${fixed.length > 0 ? ` (${fixed.join(', ')})` : ''}`;
  const seriesHeads = view.seriesDimension
    ? view.series.map((series) => `<th scope="col">${text(series.label)}</th>`)
    : [`<th scope="col">${text(indicator.label)}</th>`];
  const rows = view.categories.map((category, c) => {
    const cells = view.series.map((_, s) => {
      const value = view.values[s]?.[c] ?? null;
      const status = view.statuses[s]?.[c];
      if (value === null) return `<td>${escapeHtml(words.missing)}${status ? ` (${escapeHtml(status)})` : ''}</td>`;
      return `<td>${escapeHtml(formatNumber(value, indicator.unit, indicator.decimals, lang))}</td>`;
    });
    return `      <tr><th scope="row">${text(category.label)}</th>${cells.join('')}</tr>`;
  });
  const source = indicator.source ?? model.source;
  const sourceName = source ? text(source.name) : '';
  const sourceLine = source
    ? `  <p>${escapeHtml(words.source)}: ${source.url ? `<a${attribute('href', source.url)}>${sourceName}</a>` : sourceName}${model.updated ? `, ${escapeHtml(words.updated)} ${escapeHtml(model.updated)}` : ''}</p>\n`
    : '';
  return [
    '  <table>',
    `    <caption>${caption}</caption>`,
    `    <thead><tr><th scope="col">${text(view.categoryDimension.label)}</th>${seriesHeads.join('')}</tr></thead>`,
    '    <tbody>',
    ...rows,
    '    </tbody>',
    '  </table>',
  ].join('\n') + `\n${sourceLine}`;
}

export function renderSnippet(model: MonitorModel, view: View, options: SnippetOptions): string {
  const script = options.script ? `<script type="module"${attribute('src', options.script)}></script>\n\n` : '';
  const attributes = [
    attribute('src', options.src),
    attribute('indicator', options.indicator),
    attribute('lang', options.lang),
    ...(options.filter ? [attribute('filter', options.filter)] : []),
    ...(options.type ? [attribute('type', options.type)] : []),
  ].join('');
  return `${script}<leiden-monitor-chart${attributes}>\n${renderTable(model, view, options.lang)}</leiden-monitor-chart>\n`;
}
