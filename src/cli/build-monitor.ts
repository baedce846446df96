/**
 * Fragments + metadata → one monitor JSON v1 document, in a fixed order so that converting the
 * same inputs twice gives the same bytes and a changed number shows as a one-line diff:
 * keys in the order of CONTRACT §3; indicators and categories in the metadata's order, then in
 * the order the inputs list them (CBS tables, merged documents), then by id; periods chronologically; observations by their categories' order.
 *
 * Checks what the validator cannot tell the publisher in terms of their input: two rows for the
 * same cell, or an indicator whose rows name different dimensions, are reported with the file
 * and row of both.
 */
import type {LocalizedText} from '../data/model.js';
import {comparePeriods} from '../data/period.js';
import {CliError, formatPlace} from './cli-error.js';
import {PERIOD, type Fragment, type IndicatorFacts, type RawObservation} from './fragment.js';
import type {Metadata} from './metadata.js';

type Json = Record<string, unknown>;

const DEFAULT_DIMENSION_LABELS: Readonly<Record<string, LocalizedText>> = {
  period: {nl: 'Periode', en: 'Period'},
  area: {nl: 'Gebied', en: 'Area'},
  group: {nl: 'Groep', en: 'Group'},
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `preferred` ids first (in their order, those present), then the rest sorted. */
function orderIds(ids: Iterable<string>, preferred: Iterable<string>, compare = byCodeUnits): string[] {
  const present = new Set(ids);
  const first = [...new Set(preferred)].filter((id) => present.has(id));
  const rest = [...present].filter((id) => !first.includes(id)).sort(compare);
  return [...first, ...rest];
}

/** One indicator's observations, after checking its dimensions agree and no cell repeats. */
function groupByIndicator(observations: readonly RawObservation[]): Map<string, {dimensions: string[]; rows: RawObservation[]}> {
  const indicators = new Map<string, {dimensions: string[]; rows: RawObservation[]; firstPlace: RawObservation['place']}>();
  const cells = new Map<string, RawObservation>();
  for (const observation of observations) {
    const dimensions = Object.keys(observation.coords).sort();
    let indicator = indicators.get(observation.indicator);
    if (!indicator) {
      indicator = {dimensions, rows: [], firstPlace: observation.place};
      indicators.set(observation.indicator, indicator);
    } else if (indicator.dimensions.join() !== dimensions.join()) {
      throw new CliError(
        `indicator "${observation.indicator}" has dimensions ${dimensions.join(', ')} here but ${indicator.dimensions.join(', ')} at ${formatPlace(indicator.firstPlace)}`,
        observation.place,
        'every row of one indicator must fill the same dimension columns',
      );
    }
    const key = JSON.stringify([observation.indicator, ...dimensions.map((d) => observation.coords[d])]);
    const earlier = cells.get(key);
    if (earlier) {
      const cell = dimensions.map((d) => `${d}=${observation.coords[d]}`).join(', ');
      throw new CliError(`duplicate row: indicator "${observation.indicator}" (${cell}) also at ${formatPlace(earlier.place)}`, observation.place, 'each indicator may have one value per combination of categories; remove one of the rows');
    }
    cells.set(key, observation);
    indicator.rows.push(observation);
  }
  return indicators;
}

function firstDefined<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}

/** Labels and facts the inputs carry, the first input that knows one winning. */
function collectFacts(fragments: readonly Fragment[]) {
  const indicators = new Map<string, IndicatorFacts>();
  const categories = new Map<string, Map<string, LocalizedText>>();
  const dimensions = new Map<string, LocalizedText>();
  for (const fragment of fragments) {
    for (const [id, facts] of fragment.indicators ?? []) indicators.set(id, {...facts, ...indicators.get(id)});
    for (const [dimension, labels] of fragment.categoryLabels ?? []) {
      const known = categories.get(dimension) ?? new Map<string, LocalizedText>();
      for (const [id, label] of labels) if (!known.has(id)) known.set(id, label);
      categories.set(dimension, known);
    }
    for (const [id, label] of fragment.dimensionLabels ?? []) if (!dimensions.has(id)) dimensions.set(id, label);
  }
  return {indicators, categories, dimensions};
}

function buildDimensions(used: ReadonlyMap<string, Set<string>>, metadata: Metadata, facts: ReturnType<typeof collectFacts>): Json {
  const dimensions: Json = {};
  for (const id of orderIds(used.keys(), [PERIOD, ...metadata.dimensions.keys(), ...facts.dimensions.keys()])) {
    const meta = metadata.dimensions.get(id);
    const label = firstDefined(meta?.label, facts.dimensions.get(id), DEFAULT_DIMENSION_LABELS[id]) ?? id;
    if (id === PERIOD) {
      // periods need no declaration (CONTRACT §3): the observations list them
      dimensions[id] = {label, role: 'time'};
      continue;
    }
    const labels = facts.categories.get(id);
    // the metadata's order, then the order the inputs list labels in (CBS tables, merged documents)
    const preferred = [...(meta?.categories.keys() ?? []), ...(labels?.keys() ?? [])];
    const categories = orderIds(used.get(id) as Set<string>, preferred).map((category) => ({
      id: category,
      label: firstDefined(meta?.categories.get(category), labels?.get(category)) ?? category,
    }));
    dimensions[id] = {label, ...(meta?.role ? {role: meta.role} : {}), categories};
  }
  return dimensions;
}

const INDICATOR_FIELDS = ['theme', 'label', 'description', 'unit', 'decimals'] as const;
/** After `dimensions`, as in the documents this repository already publishes. */
const TRAILING_FIELDS = ['sample', 'source', 'notes', 'view'] as const;

function buildIndicator(id: string, dimensions: string[], rows: RawObservation[], order: (d: string) => (a: string, b: string) => number, metadata: Metadata, facts: IndicatorFacts | undefined): Json {
  const meta = metadata.indicators.get(id) ?? {};
  const fields: Json = {id};
  for (const field of INDICATOR_FIELDS) {
    const value = firstDefined(meta[field], (facts as Json | undefined)?.[field]);
    if (value !== undefined) fields[field] = value;
  }
  if (fields.label === undefined) fields.label = id;
  const sorted = [...rows].sort((a, b) => {
    for (const d of dimensions) {
      const difference = order(d)(a.coords[d] as string, b.coords[d] as string);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  const observations = sorted.map((row) => ({
    ...Object.fromEntries(dimensions.map((d) => [d, row.coords[d]])),
    value: row.value,
    ...(row.status === undefined ? {} : {status: row.status}),
    ...(row.note === undefined ? {} : {note: row.note}),
  }));
  const trailing: Json = {};
  for (const field of TRAILING_FIELDS) {
    const value = firstDefined(meta[field], (facts as Json | undefined)?.[field]);
    if (value !== undefined) trailing[field] = value;
  }
  return {...fields, dimensions, ...trailing, observations};
}

/** Themes of monitor JSON inputs, by id, the first input's label winning; undefined when none. */
function mergeThemes(fragments: readonly Fragment[]): Json[] | undefined {
  const themes = new Map<string, Json>();
  for (const theme of fragments.flatMap((fragment) => fragment.themes ?? [])) if (!themes.has(theme.id)) themes.set(theme.id, {id: theme.id, label: theme.label});
  return themes.size === 0 ? undefined : [...themes.values()];
}

export function buildMonitor(fragments: readonly Fragment[], metadata: Metadata): Json {
  const grouped = groupByIndicator(fragments.flatMap((fragment) => fragment.observations));
  if (grouped.size === 0) throw new CliError('the input holds no observations', {}, 'check the filters and measure names in the metadata file');
  const facts = collectFacts(fragments);
  const used = new Map<string, Set<string>>();
  for (const {rows} of grouped.values()) {
    for (const row of rows) {
      for (const [dimension, category] of Object.entries(row.coords)) {
        const set = used.get(dimension) ?? new Set<string>();
        set.add(category);
        used.set(dimension, set);
      }
    }
  }
  const dimensions = buildDimensions(used, metadata, facts);
  const dimensionOrder = Object.keys(dimensions);
  const categoryOrder = new Map(
    dimensionOrder.filter((d) => d !== PERIOD).map((d) => [d, new Map(((dimensions[d] as Json).categories as {id: string}[]).map((c, i) => [c.id, i]))]),
  );
  const order = (d: string) => (d === PERIOD ? comparePeriods : (a: string, b: string) => (categoryOrder.get(d)?.get(a) ?? 0) - (categoryOrder.get(d)?.get(b) ?? 0));
  const indicators = orderIds(grouped.keys(), [...metadata.indicators.keys(), ...facts.indicators.keys()]).map((id) => {
    const {dimensions: ids, rows} = grouped.get(id) as {dimensions: string[]; rows: RawObservation[]};
    const ordered = dimensionOrder.filter((d) => ids.includes(d));
    return buildIndicator(id, ordered, rows, order, metadata, facts.indicators.get(id));
  });
  const first = fragments.find((fragment) => fragment.title !== undefined || fragment.source !== undefined);
  const {id, title, source, updated} = metadata.document;
  const themes = metadata.document.themes ?? mergeThemes(fragments);
  return {
    format: 'leiden-monitor',
    version: 1,
    ...(id === undefined ? {} : {id}),
    ...(firstDefined(title, first?.title) === undefined ? {} : {title: firstDefined(title, first?.title)}),
    ...(firstDefined(source, first?.source) === undefined ? {} : {source: firstDefined(source, first?.source)}),
    ...(updated === undefined ? {} : {updated}),
    ...(themes === undefined ? {} : {themes}),
    dimensions,
    indicators,
  };
}
