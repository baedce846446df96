/**
 * Swing responses → fragment: one indicator per variable (id: the variable's ExternalCode,
 * label: its Name), areas from the `ExternalCode`s of the values (labels from GeoItems), and
 * empty `ValueString`s as missing values.
 */
import {at, type JsonRecord} from '../data/json-path.js';
import type {LocalizedText} from '../data/model.js';
import {CliError, type Place} from './cli-error.js';
import {PERIOD, type Fragment, type IndicatorFacts, type RawObservation} from './fragment.js';
import type {JsonLocator} from './json-locate.js';
import {detectDecimalMark, parseNumber} from './numbers.js';
import {PERIOD_HINT, toPeriodId} from './periods.js';
import type {SwingResponse} from './swing-responses.js';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value));

function period(code: string, place: Place): string {
  const id = toPeriodId(code);
  if (id === undefined) throw new CliError(`"${code}" is not a period`, place, PERIOD_HINT);
  return id;
}

function observation(variable: string, area: string, periodId: string, raw: string, mark: '.' | ',', place: Place): RawObservation {
  if (raw.trim() === '') return {indicator: variable, coords: {[PERIOD]: periodId, area}, value: null, place};
  const value = parseNumber(raw, mark);
  if (value === undefined) throw new CliError(`ValueString "${raw}" is not a number`, place, 'Swing gives numbers as text, empty when there is no value');
  return {indicator: variable, coords: {[PERIOD]: periodId, area}, value, place};
}

export function convertSwing(responses: readonly SwingResponse[], locators: ReadonlyMap<string, JsonLocator>): Fragment {
  const observations: RawObservation[] = [];
  const indicators = new Map<string, IndicatorFacts>();
  const areas = new Map<string, LocalizedText>();
  const where = (file: string, path: string): Place => {
    const locator = locators.get(file);
    return locator ? {file, ...locator.locate(path)} : {file};
  };
  for (const response of responses) {
    if (response.kind === 'values') {
      const mark = detectDecimalMark(response.items.map((item) => text(item.ValueString)));
      const periodId = period(response.period, {file: response.file});
      response.items.forEach((item: JsonRecord, i) => {
        const path = at(at('value', i), 'ValueString');
        const area = text(item.ExternalCode);
        if (area === '') throw new CliError('a value without ExternalCode (area code)', where(response.file, at('value', i)));
        observations.push(observation(response.variable, area, periodId, text(item.ValueString), mark, where(response.file, path)));
      });
    } else if (response.kind === 'table') {
      if (response.label && !indicators.has(response.variable)) indicators.set(response.variable, {label: response.label});
      const mark = detectDecimalMark(response.rows.map((row) => text(row[2])));
      response.rows.forEach((row, i) => {
        const place = where(response.file, at('rows', i));
        if (!Array.isArray(row) || row.length < 3) throw new CliError('a selection-table row must be [area, period, value]', place);
        observations.push(observation(response.variable, text(row[0]), period(text(row[1]), place), text(row[2]), mark, where(response.file, at(at('rows', i), 2))));
      });
    } else if (response.kind === 'variables') {
      for (const item of response.items) {
        const name = text(item.Name);
        if (name !== '') indicators.set(text(item.ExternalCode), {label: name});
      }
    } else if (response.kind === 'geo-items') {
      for (const item of response.items) if (text(item.Name) !== '') areas.set(text(item.ExternalCode), text(item.Name));
    }
  }
  return {observations, indicators, categoryLabels: new Map([['area', areas]])};
}
