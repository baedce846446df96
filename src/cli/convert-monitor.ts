/**
 * An existing monitor JSON document → fragment, so `convert --merge` can combine it with CSV,
 * CBS or Swing inputs (or with other monitor documents). It is validated first, with the data
 * layer's validator, and its labels, units and themes carried over.
 */
import {isMonitorError} from '../data/errors.js';
import {at, type JsonRecord} from '../data/json-path.js';
import type {LocalizedText} from '../data/model.js';
import {validateMonitor} from '../data/validate.js';
import {CliError} from './cli-error.js';
import type {Fragment, IndicatorFacts, RawObservation} from './fragment.js';
import {PERIOD} from './fragment.js';
import type {JsonLocator} from './json-locate.js';
import {hintFor} from './hints.js';

type Doc = {
  title?: LocalizedText;
  source?: {name: LocalizedText; url?: string};
  themes?: {id: string; label: LocalizedText}[];
  dimensions: Record<string, {label?: LocalizedText; role?: string; categories?: {id: string; label?: LocalizedText}[]}>;
  indicators: (JsonRecord & {id: string; dimensions: string[]; observations: (JsonRecord & {value: number | null; status?: string})[]})[];
};

export function convertMonitor(doc: unknown, file: string, locator: JsonLocator): Fragment {
  try {
    validateMonitor(doc);
  } catch (error) {
    if (!isMonitorError(error)) throw error;
    throw new CliError(error.message, {file, ...locator.locate(error.path ?? '')}, hintFor(error.message));
  }
  const monitor = doc as Doc;
  const timeDimension = Object.keys(monitor.dimensions).find((id) => monitor.dimensions[id]?.role === 'time');
  // this tool names the time dimension "period"; a document that calls it otherwise is renamed
  const rename = (id: string) => (id === timeDimension ? PERIOD : id);
  const observations: RawObservation[] = [];
  const indicators = new Map<string, IndicatorFacts>();
  monitor.indicators.forEach((indicator, i) => {
    const {label, description, unit, decimals, theme, sample, source, notes, view} = indicator as JsonRecord;
    indicators.set(indicator.id, {
      ...(label === undefined ? {} : {label: label as LocalizedText}),
      ...(description === undefined ? {} : {description: description as LocalizedText}),
      ...(typeof unit === 'string' ? {unit} : {}),
      ...(typeof decimals === 'number' ? {decimals} : {}),
      ...(typeof theme === 'string' ? {theme} : {}),
      ...(typeof sample === 'boolean' ? {sample} : {}),
      ...(source === undefined ? {} : {source: source as IndicatorFacts['source'] & object}),
      ...(Array.isArray(notes) ? {notes} : {}),
      ...(typeof view === 'string' ? {view} : {}),
    });
    indicator.observations.forEach((observation, j) => {
      const coords = Object.fromEntries(indicator.dimensions.map((d) => [rename(d), observation[d] as string]));
      const place = {file, ...locator.locate(at(at(at('indicators', i), 'observations'), j))};
      observations.push({indicator: indicator.id, coords, value: observation.value, ...(observation.status === undefined ? {} : {status: observation.status}), ...(observation.note === undefined ? {} : {note: observation.note as LocalizedText}), place});
    });
  });
  const categoryLabels = new Map<string, Map<string, LocalizedText>>();
  const dimensionLabels = new Map<string, LocalizedText>();
  for (const [id, dimension] of Object.entries(monitor.dimensions)) {
    if (dimension.label !== undefined) dimensionLabels.set(rename(id), dimension.label);
    categoryLabels.set(rename(id), new Map((dimension.categories ?? []).filter((c) => c.label !== undefined).map((c) => [c.id, c.label as LocalizedText])));
  }
  return {
    observations,
    indicators,
    categoryLabels,
    dimensionLabels,
    ...(monitor.title === undefined ? {} : {title: monitor.title}),
    ...(monitor.source === undefined ? {} : {source: monitor.source}),
    ...(monitor.themes === undefined ? {} : {themes: monitor.themes}),
  };
}
