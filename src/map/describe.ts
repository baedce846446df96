/**
 * The words of a map: what an area announces, the legend's class ranges and the generated summary
 * (what is shown, lowest and highest areas, areas without data, data areas the map cannot show).
 */
import type {Indicator} from '../data/model.js';
import {formatValue, valueLabel} from '../i18n/format.js';
import {msg, str} from '../i18n/localization.js';
import type {ClassRange} from './classes.js';

/** One area as the map shows it. */
export interface MapArea {
  readonly name: string;
  readonly value: number | null;
  readonly status?: string;
}

const valueText = (indicator: Indicator, value: number, lang: string) => formatValue(value, indicator.unit, indicator.decimals, lang);

/** "Leiden-Noord: 25%", "Stevenshofdistrict: geen gegevens (confidential)". */
export function areaLabel(area: MapArea, indicator: Indicator, lang: string): string {
  return valueLabel(area.name, area.value, area.status, indicator.unit, indicator.decimals, lang);
}

/** "9%–13%", or "9%" when the class holds one value. */
export function classText(range: ClassRange, indicator: Indicator, lang: string): string {
  const min = valueText(indicator, range.min, lang);
  return range.min === range.max ? min : `${min}–${valueText(indicator, range.max, lang)}`;
}

function names(areas: readonly MapArea[]): string {
  return areas.map((a) => a.name).join(', ');
}

/** The summary sentences, in the current msg() locale and `lang`'s numbers. */
export function describeMap(title: string, period: string, areas: readonly MapArea[], unmatched: readonly string[], indicator: Indicator, lang: string): string {
  const n = areas.length;
  const sentences = [
    period
      ? msg(str`Kaart van ${title} in ${period}, ${n} gebieden.`, {id: 'map.summary.shape-period'})
      : msg(str`Kaart van ${title}, ${n} gebieden.`, {id: 'map.summary.shape'}),
  ];
  const values = areas.map((a) => a.value).filter((v) => v !== null);
  if (values.length) {
    // the value's text and the areas that have it
    const extreme = (v: number) => [valueText(indicator, v, lang), names(areas.filter((a) => a.value === v))];
    const [minText, lowest] = extreme(Math.min(...values));
    const [maxText, highest] = extreme(Math.max(...values));
    sentences.push(msg(str`Laagste waarde: ${minText} (${lowest}).`, {id: 'summary.min'}));
    sentences.push(msg(str`Hoogste waarde: ${maxText} (${highest}).`, {id: 'summary.max'}));
  }
  const missing = areas.filter((a) => a.value === null);
  if (missing.length === 1) {
    sentences.push(msg(str`Eén gebied zonder gegevens: ${names(missing)}.`, {id: 'map.summary.missing-one'}));
  } else if (missing.length > 1) {
    const count = missing.length;
    sentences.push(msg(str`${count} gebieden zonder gegevens: ${names(missing)}.`, {id: 'map.summary.missing'}));
  }
  if (unmatched.length === 1) {
    sentences.push(msg(str`Eén gebied uit de gegevens staat niet op de kaart: ${unmatched[0]}.`, {id: 'map.summary.unmatched-one'}));
  } else if (unmatched.length > 1) {
    const count = unmatched.length;
    const list = unmatched.join(', ');
    sentences.push(msg(str`${count} gebieden uit de gegevens staan niet op de kaart: ${list}.`, {id: 'map.summary.unmatched'}));
  }
  return sentences.join(' ');
}
