/**
 * The generated text description of a chart: what it shows, the period covered, the lowest,
 * highest and latest value and the trend, computed from the data.
 */
import type {View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';
import {formatPeriod, formatValue, valueLabel} from '../i18n/format.js';
import {msg, str} from '../i18n/localization.js';

export interface Extremes {
  min: {value: number; s: number; c: number};
  max: {value: number; s: number; c: number};
}

/** Lowest and highest present value (first occurrence); undefined when all are missing. */
export function extremes(view: View): Extremes | undefined {
  let result: Extremes | undefined;
  view.values.forEach((row, s) =>
    row.forEach((value, c) => {
      if (value === null) return;
      if (!result) result = {min: {value, s, c}, max: {value, s, c}};
      else {
        if (value < result.min.value) result.min = {value, s, c};
        if (value > result.max.value) result.max = {value, s, c};
      }
    }),
  );
  return result;
}

export type Trend = 'up' | 'down' | 'flat';

/** Direction from the first to the last present value of one series (flat within 1%). */
export function trend(row: readonly (number | null)[]): {first: number; last: number; firstC: number; lastC: number; direction: Trend} | undefined {
  const present = row.map((v, c) => [v, c] as const).filter(([v]) => v !== null) as [number, number][];
  if (present.length < 2) return undefined;
  const [first, firstC] = present[0];
  const [last, lastC] = present[present.length - 1];
  const span = Math.max(Math.abs(first), Math.abs(last), 1e-9);
  const direction: Trend = Math.abs(last - first) / span < 0.01 ? 'flat' : last > first ? 'up' : 'down';
  return {first, last, firstC, lastC, direction};
}

/** Label of category `c` in `lang` (periods formatted for people). */
export function categoryText(view: View, c: number, lang: string): string {
  const category = view.categories[c];
  return view.categoryDimension.role === 'time' ? formatPeriod(category.id, lang) : resolveText(category.label, lang);
}

/** Label of series `s`, or '' for the single pseudo-series. */
export function seriesText(view: View, s: number, lang: string): string {
  return view.seriesDimension ? resolveText(view.series[s].label, lang) : '';
}

/** What a focused point announces: category, series, localised value (or that it is missing). */
export function pointLabel(view: View, s: number, c: number, lang: string): string {
  const where = [categoryText(view, c, lang), seriesText(view, s, lang)].filter(Boolean).join(', ');
  return valueLabel(where, view.values[s][c], view.statuses[s][c], view.indicator.unit, view.indicator.decimals, lang);
}

/** The sentences of the summary, in `lang`. */
export function describeView(view: View, chartKind: string, lang: string): string {
  const {indicator} = view;
  const title = resolveText(indicator.label, lang);
  const fmt = (v: number) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const nSeries = view.series.length;
  const nCategories = view.categories.length;
  const sentences: string[] = [];
  sentences.push(
    nSeries > 1
      ? msg(str`${chartKind} van ${title}: ${nSeries} reeksen over ${nCategories} categorieën.`, {id: 'summary.shape-series'})
      : msg(str`${chartKind} van ${title} over ${nCategories} categorieën.`, {id: 'summary.shape'}),
  );
  if (view.categoryDimension.role === 'time') {
    const from = categoryText(view, 0, lang);
    const to = categoryText(view, nCategories - 1, lang);
    sentences.push(msg(str`Periode: ${from} tot en met ${to}.`, {id: 'summary.period'}));
  }
  const ext = extremes(view);
  if (ext) {
    const where = (p: {s: number; c: number}) => [categoryText(view, p.c, lang), seriesText(view, p.s, lang)].filter(Boolean).join(', ');
    sentences.push(msg(str`Laagste waarde: ${fmt(ext.min.value)} (${where(ext.min)}).`, {id: 'summary.min'}));
    sentences.push(msg(str`Hoogste waarde: ${fmt(ext.max.value)} (${where(ext.max)}).`, {id: 'summary.max'}));
  }
  if (view.categoryDimension.role === 'time') {
    view.values.forEach((row, s) => {
      const t = trend(row);
      if (!t) return;
      const name = seriesText(view, s, lang);
      const latest = categoryText(view, t.lastC, lang);
      const direction =
        t.direction === 'up'
          ? msg('gestegen', {id: 'summary.trend.up'})
          : t.direction === 'down'
            ? msg('gedaald', {id: 'summary.trend.down'})
            : msg('gelijk gebleven', {id: 'summary.trend.flat'});
      const firstText = categoryText(view, t.firstC, lang);
      sentences.push(
        name
          ? msg(str`${name}: laatste waarde ${fmt(t.last)} (${latest}), ${direction} sinds ${firstText} (${fmt(t.first)}).`, {id: 'summary.trend-series'})
          : msg(str`Laatste waarde ${fmt(t.last)} (${latest}), ${direction} sinds ${firstText} (${fmt(t.first)}).`, {id: 'summary.trend'}),
      );
    });
  }
  const missing = view.values.reduce((n, row) => n + row.filter((v) => v === null).length, 0);
  if (missing === 1) sentences.push(msg('Eén waarde ontbreekt.', {id: 'summary.missing-one'}));
  else if (missing > 1) sentences.push(msg(str`${missing} waarden ontbreken.`, {id: 'summary.missing'}));
  return sentences.join(' ');
}
