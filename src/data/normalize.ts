/**
 * Turns a validated monitor JSON v1 document into the immutable, indexed MonitorModel.
 * Call `validateMonitor` first: this module trusts the shape and only builds.
 */
import {deepFreeze} from './freeze.js';
import {isRecord, own, type JsonRecord} from './json-path.js';
import type {Category, Dimension, Indicator, IndicatorView, LocalizedText, MonitorModel, Note, NoteKind, Observation, Source, Theme} from './model.js';
import {indexObservations, makeCoords} from './observation-index.js';
import {comparePeriods} from './period.js';

/** A copy of a localised text, so later changes to the document cannot reach the model. */
export function copyText(text: unknown, fallback: string): LocalizedText {
  if (typeof text === 'string') return text;
  // Object.fromEntries defines own properties, so a `__proto__` language stays a plain key
  if (isRecord(text)) {
    return Object.fromEntries(Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return fallback;
}

function copySource(source: unknown): Source | undefined {
  if (!isRecord(source)) return undefined;
  const url = own(source, 'url');
  return {name: copyText(own(source, 'name'), ''), ...(typeof url === 'string' ? {url} : {})};
}

/** Builds a Dimension from ordered (id, label) pairs; `index` is the position in that order. */
export function makeDimension(
  id: string,
  label: LocalizedText,
  categories: readonly {readonly id: string; readonly label: LocalizedText}[],
  role?: Dimension['role'],
): Dimension {
  const ordered: Category[] = categories.map((category, index) => ({id: category.id, label: category.label, index}));
  return {
    id,
    label,
    ...(role ? {role} : {}),
    categories: ordered,
    categoryById: new Map(ordered.map((category) => [category.id, category])),
  };
}

/** Every period the indicators use on `dimensionId`, for a time dimension that declares none. */
function periodsInObservations(dimensionId: string, indicators: readonly JsonRecord[]): string[] {
  const periods = new Set<string>();
  for (const indicator of indicators) {
    if (!(own(indicator, 'dimensions') as string[]).includes(dimensionId)) continue;
    for (const observation of own(indicator, 'observations') as JsonRecord[]) {
      periods.add(own(observation, dimensionId) as string);
    }
  }
  return [...periods];
}

function normalizeDimension(id: string, declared: JsonRecord, indicators: readonly JsonRecord[]): Dimension {
  const role = own(declared, 'role') as Dimension['role'] | undefined;
  const listed = own(declared, 'categories') as JsonRecord[] | undefined;
  let categories = listed
    ? listed.map((category) => {
        const categoryId = own(category, 'id') as string;
        return {id: categoryId, label: copyText(own(category, 'label'), categoryId)};
      })
    : periodsInObservations(id, indicators).map((period) => ({id: period, label: period}));
  // period-role categories sort chronologically whatever order the document gave (CONTRACT §3)
  if (role === 'time') categories = [...categories].sort((a, b) => comparePeriods(a.id, b.id));
  return makeDimension(id, copyText(own(declared, 'label'), id), categories, role);
}

function normalizeObservation(observation: JsonRecord, dimensions: readonly string[]): Observation {
  const status = own(observation, 'status');
  // frozen here rather than by deepFreeze(model): a million observations walked generically cost seconds
  return Object.freeze({
    coords: makeCoords(dimensions.map((dimension) => [dimension, own(observation, dimension) as string])),
    value: own(observation, 'value') as number | null,
    ...(typeof status === 'string' ? {status} : {}),
    ...(Object.hasOwn(observation, 'note') ? {note: copyText(observation.note, '')} : {}),
  });
}

/** An Indicator with its O(1) `observation(coords)` lookup. */
export function makeIndicator(fields: Omit<Indicator, 'observation'>): Indicator {
  return {...fields, observation: indexObservations(fields.dimensions, fields.observations)};
}

function normalizeNote(note: JsonRecord): Note {
  const {id, period, kind} = {id: own(note, 'id'), period: own(note, 'period'), kind: own(note, 'kind')};
  return {
    ...(typeof id === 'string' ? {id} : {}),
    text: copyText(own(note, 'text'), ''),
    ...(typeof period === 'string' ? {period} : {}),
    ...(typeof kind === 'string' ? {kind: kind as NoteKind} : {}),
  };
}

function normalizeIndicator(indicator: JsonRecord): Indicator {
  const id = own(indicator, 'id') as string;
  const dimensions = [...(own(indicator, 'dimensions') as string[])];
  const {theme, unit, decimals, sample} = {
    theme: own(indicator, 'theme'),
    unit: own(indicator, 'unit'),
    decimals: own(indicator, 'decimals'),
    sample: own(indicator, 'sample'),
  };
  const source = copySource(own(indicator, 'source'));
  const notes = own(indicator, 'notes');
  const view = own(indicator, 'view');
  return makeIndicator({
    id,
    label: copyText(own(indicator, 'label'), id),
    ...(Object.hasOwn(indicator, 'description') ? {description: copyText(indicator.description, '')} : {}),
    ...(typeof theme === 'string' ? {theme} : {}),
    ...(typeof unit === 'string' ? {unit} : {}),
    ...(typeof decimals === 'number' ? {decimals} : {}),
    ...(typeof sample === 'boolean' ? {sample} : {}),
    ...(source ? {source} : {}),
    ...(Array.isArray(notes) ? {notes: (notes as JsonRecord[]).map(normalizeNote)} : {}),
    ...(typeof view === 'string' ? {view: view as IndicatorView} : {}),
    dimensions,
    observations: Object.freeze(
      (own(indicator, 'observations') as JsonRecord[]).map((observation) => normalizeObservation(observation, dimensions)),
    ),
  });
}

/** Assembles and freezes a model from its parts (shared with the JSON-stat reader). */
export function makeModel(fields: Omit<MonitorModel, 'indicatorById'>): MonitorModel {
  const model: MonitorModel = {
    ...fields,
    indicatorById: new Map(fields.indicators.map((indicator) => [indicator.id, indicator])),
  };
  return deepFreeze(model);
}

/** The MonitorModel of a document that `validateMonitor` accepted. */
export function normalizeMonitor(doc: unknown): MonitorModel {
  const root = doc as JsonRecord;
  const indicators = own(root, 'indicators') as JsonRecord[];
  const declared = own(root, 'dimensions') as JsonRecord;
  const dimensions = new Map<string, Dimension>(
    Object.keys(declared).map((id) => [id, normalizeDimension(id, declared[id] as JsonRecord, indicators)]),
  );
  const themes: Theme[] = ((own(root, 'themes') ?? []) as JsonRecord[]).map((theme) => {
    const id = own(theme, 'id') as string;
    return {id, label: copyText(own(theme, 'label'), id)};
  });
  const source = copySource(own(root, 'source'));
  const id = own(root, 'id');
  const updated = own(root, 'updated');
  return makeModel({
    ...(typeof id === 'string' ? {id} : {}),
    ...(Object.hasOwn(root, 'title') ? {title: copyText(root.title, '')} : {}),
    ...(source ? {source} : {}),
    ...(typeof updated === 'string' ? {updated} : {}),
    themes,
    dimensions,
    indicators: indicators.map(normalizeIndicator),
  });
}
