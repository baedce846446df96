/**
 * Reads monitor JSON v1 into the immutable, indexed MonitorModel, checking as it goes, in one
 * pass over the observations: `readMonitor(doc)` is the model, or undefined when `doc` breaks a
 * rule of the format — exactly when `validateMonitor` (validate.ts) throws. That walk, which
 * builds a path for everything it visits to name the first offending one, runs only after this
 * has said no; elements load it only then (to-model-lazy.ts). test/data/check.test.ts compares
 * the two on random and mutated documents.
 *
 * Also the builders the JSON-stat reader shares (makeDimension, makeModel, copyText).
 */
import {deepFreeze} from './freeze.js';
import {INDICATOR_VIEWS, NOTE_KINDS, type Category, type Dimension, type Indicator, type LocalizedText, type MonitorModel, type Note} from './model.js';
import {cellIndex, createStore, makeIndicator, type ObservationStore} from './observation-index.js';
import {comparePeriods, isPeriodId} from './period.js';
import {isRecord, own, type JsonRecord} from './record.js';
import {isHttpUrl} from './url.js';

/** Top-level properties a document must have (the JSON Schema's `required` lists the same). */
export const REQUIRED_FIELDS = ['format', 'version', 'dimensions', 'indicators'] as const;

/** Keys of an observation that are not coordinates. */
export const OBSERVATION_FIELDS = ['value', 'status', 'note'];

/** `2024-06-01`, optionally with a time (`2024-06-01T12:00:00Z`). */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

const MAX_DECIMALS = 6;

// ---------------------------------------------------------------------------------------------
// Builders

/** A copy of a localised text, so later changes to the document cannot reach the model. */
export function copyText(text: unknown, fallback: string): LocalizedText {
  if (typeof text === 'string') return text;
  // Object.fromEntries defines own properties, so a `__proto__` language stays a plain key
  if (isRecord(text)) {
    return Object.fromEntries(Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return fallback;
}

/** The properties `keys` that `record` has, as they are (checked: each of its documented type). */
const pick = (record: JsonRecord, keys: readonly string[]) => Object.fromEntries(keys.filter((key) => Object.hasOwn(record, key)).map((key) => [key, record[key]]));

/** The localised texts `keys` that `record` has, copied. */
const texts = (record: JsonRecord, keys: readonly string[]) => Object.fromEntries(Object.entries(pick(record, keys)).map(([key, text]) => [key, copyText(text, '')]));

const copySource = (source: unknown) => (isRecord(source) ? {source: {name: copyText(source.name, ''), ...pick(source, ['url'])}} : {});

/** Builds a Dimension from ordered (id, label) pairs; `index` is the position in that order. */
export function makeDimension(
  id: string,
  label: LocalizedText,
  categories: readonly {readonly id: string; readonly label: LocalizedText}[],
  role?: Dimension['role'],
): Dimension {
  // frozen as they are made: deepFreeze then skips them (a 10 000-period axis spent ~10 ms there)
  const ordered: Category[] = categories.map((category, index) => Object.freeze({id: category.id, label: deepFreeze(category.label), index}));
  return {
    id,
    label,
    ...(role ? {role} : {}),
    categories: ordered,
    categoryById: new Map(ordered.map((category) => [category.id, category])),
  };
}

/** Assembles and freezes a model from its parts (shared with the JSON-stat reader). */
export function makeModel(fields: Omit<MonitorModel, 'indicatorById'>): MonitorModel {
  return deepFreeze({...fields, indicatorById: new Map(fields.indicators.map((indicator) => [indicator.id, indicator]))});
}

// ---------------------------------------------------------------------------------------------
// Checks: each answers yes or no; `need` turns a no into the end of `readMonitor`

const NO = Symbol('not monitor JSON');

function need(ok: unknown): asserts ok {
  if (!ok) throw NO;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Localised text: a string, or a non-empty object of strings by (non-blank) language tag. */
export const isText = (value: unknown): boolean =>
  typeof value === 'string' || (isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((tag) => tag.trim() !== '' && typeof value[tag] === 'string'));

/** `key` is absent from `record`, or passes `test`. */
const optional = (record: JsonRecord, key: string, test: (value: unknown) => boolean) => !Object.hasOwn(record, key) || test(record[key]);

const isSource = (value: unknown) => isRecord(value) && Object.hasOwn(value, 'name') && isText(value.name) && optional(value, 'url', isHttpUrl);

/** A list of objects with unique, non-blank ids, each passing `test`; returns them. */
function withIds(list: unknown, test: (item: JsonRecord, id: string) => boolean): JsonRecord[] {
  const ids = new Set<string>();
  need(Array.isArray(list));
  for (const item of list) {
    const id = isRecord(item) ? own(item, 'id') : undefined;
    need(isString(id) && !ids.has(id) && ids.add(id) && test(item as JsonRecord, id));
  }
  // a copy: `map` on an array from `data` with its own `constructor` would make a thing of that
  return [...list] as JsonRecord[];
}

// ---------------------------------------------------------------------------------------------
// Reading

/** The periods the observations give on `dimension`, for a time dimension that lists none; read
 *  before anything is checked, so it takes nothing for granted (what is wrong is rejected later). */
function periodsUsed(dimension: string, indicators: unknown): string[] {
  const periods = new Set<string>();
  for (const indicator of Array.isArray(indicators) ? indicators : []) {
    const observations = isRecord(indicator) && own(indicator, 'observations');
    for (const observation of Array.isArray(observations) ? observations : []) {
      const id = isRecord(observation) && own(observation, dimension);
      if (typeof id === 'string') periods.add(id);
    }
  }
  return [...periods].filter(isPeriodId);
}

function readDimensions(value: unknown, indicators: unknown): Map<string, Dimension> {
  const dimensions = new Map<string, Dimension>();
  let times = 0;
  need(isRecord(value));
  for (const [id, declared] of Object.entries(value)) {
    need(isRecord(declared) && id.trim() !== '' && optional(declared, 'label', isText));
    const role = own(declared, 'role') as Dimension['role'] | undefined;
    const isTime = role === 'time';
    need((role === undefined || isTime || role === 'geo') && !(isTime && times++));
    let categories;
    if (Object.hasOwn(declared, 'categories')) {
      categories = withIds(declared.categories, (category, categoryId) => (!isTime || isPeriodId(categoryId)) && optional(category, 'label', isText)).map(
        (category) => ({id: category.id as string, label: copyText(own(category, 'label'), category.id as string)}),
      );
      need(categories.length);
    } else {
      need(isTime);
      categories = periodsUsed(id, indicators).map((period) => ({id: period, label: period}));
    }
    // period-role categories sort chronologically whatever order the document gave (CONTRACT §3)
    if (isTime) categories.sort((a, b) => comparePeriods(a.id, b.id));
    dimensions.set(id, makeDimension(id, copyText(own(declared, 'label'), id), categories, role));
  }
  return dimensions;
}

/** One indicator's observations, checked, as columns (see observation-index.ts). */
function readObservations(list: unknown, dims: readonly Dimension[]): ObservationStore {
  need(Array.isArray(list));
  const k = dims.length;
  const allowed = new Set([...OBSERVATION_FIELDS, ...dims.map(({id}) => id)]);
  const store = createStore(dims, list.length);
  const {codes, values, status, notes} = store;
  for (let i = 0, j = 0; i < list.length; i++) {
    const observation: unknown = list[i];
    need(isRecord(observation));
    for (const key in observation) need(!Object.hasOwn(observation, key) || allowed.has(key));
    for (let d = 0; d < k; d++) {
      const {id, categoryById} = dims[d] as Dimension;
      const category = observation[id];
      need(typeof category === 'string' && Object.hasOwn(observation, id));
      const code = categoryById.get(category)?.index;
      need(code !== undefined);
      codes[j++] = code;
    }
    const value = observation.value;
    need((value === null || Number.isFinite(value)) && Object.hasOwn(observation, 'value'));
    values[i] = value === null ? NaN : (value as number);
    if (Object.hasOwn(observation, 'status')) {
      need(typeof observation.status === 'string');
      status.set(i, observation.status as string);
    }
    if (Object.hasOwn(observation, 'note')) {
      need(isText(observation.note));
      notes.set(i, deepFreeze(copyText(observation.note, '')));
    }
  }
  // no two observations with the same coordinates
  need(!cellIndex(dims.map(({categories}) => categories.length), codes, list.length).duplicate);
  return store;
}

function readIndicator(indicator: JsonRecord, id: string, dimensions: ReadonlyMap<string, Dimension>, themes: ReadonlySet<string> | undefined): Indicator {
  const dims = own(indicator, 'dimensions');
  need(
    optional(indicator, 'theme', (theme) => isString(theme) && (!themes || themes.has(theme))) &&
      optional(indicator, 'label', isText) &&
      optional(indicator, 'description', isText) &&
      optional(indicator, 'unit', isString) &&
      optional(indicator, 'decimals', (decimals) => Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= MAX_DECIMALS) &&
      optional(indicator, 'source', isSource) &&
      optional(indicator, 'sample', (sample) => typeof sample === 'boolean') &&
      optional(indicator, 'view', (view) => INDICATOR_VIEWS.includes(view as never)) &&
      optional(indicator, 'notes', (notes) =>
        Array.isArray(notes) &&
        [...notes].every(
          (note) =>
            isRecord(note) &&
            optional(note, 'id', isString) &&
            Object.hasOwn(note, 'text') &&
            isText(note.text) &&
            optional(note, 'period', isPeriodId) &&
            optional(note, 'kind', (kind) => NOTE_KINDS.includes(kind as never)),
        ),
      ) &&
      Array.isArray(dims) &&
      dims.length > 0 &&
      [...dims].every((dim, i) => isString(dim) && dimensions.has(dim) && dims.indexOf(dim) === i),
  );
  const ids = [...(dims as string[])];
  const notes = own(indicator, 'notes') as JsonRecord[] | undefined;
  return makeIndicator(
    {
      id,
      label: id,
      ...texts(indicator, ['label', 'description']),
      ...pick(indicator, ['theme', 'unit', 'decimals', 'sample', 'view']),
      ...copySource(own(indicator, 'source')),
      ...(notes ? {notes: [...notes].map((note) => ({...pick(note, ['id', 'period', 'kind']), text: copyText(note.text, '')}) as Note)} : {}),
      dimensions: ids,
    },
    readObservations(own(indicator, 'observations'), ids.map((dim) => dimensions.get(dim) as Dimension)),
  );
}

function read(root: unknown): MonitorModel {
  need(isRecord(root) && REQUIRED_FIELDS.every((field) => Object.hasOwn(root, field)));
  need(
    root.format === 'leiden-monitor' &&
      root.version === 1 &&
      optional(root, 'id', isString) &&
      optional(root, 'title', isText) &&
      optional(root, 'source', isSource) &&
      optional(root, 'updated', (updated) => isString(updated) && ISO_DATE.test(updated)),
  );
  const themes = Object.hasOwn(root, 'themes') ? withIds(root.themes, (theme) => optional(theme, 'label', isText)) : undefined;
  const themeIds = themes && new Set(themes.map(({id}) => id as string));
  const dimensions = readDimensions(root.dimensions, root.indicators);
  need(Array.isArray(root.indicators) && root.indicators.length);
  return makeModel({
    ...pick(root, ['id', 'updated']),
    ...texts(root, ['title']),
    ...copySource(own(root, 'source')),
    themes: (themes ?? []).map((theme) => ({id: theme.id as string, label: theme.id as string, ...texts(theme, ['label'])})),
    dimensions,
    indicators: withIds(root.indicators, () => true).map((indicator) => readIndicator(indicator, indicator.id as string, dimensions, themeIds)),
  });
}

/** The model of `doc`, or undefined when it is not monitor JSON v1 (`validateMonitor` says where). */
export function readMonitor(doc: unknown): MonitorModel | undefined {
  try {
    return read(doc);
  } catch (error) {
    if (error === NO) return undefined;
    throw error;
  }
}

/** The MonitorModel of a document that `validateMonitor` accepted (undefined for any other). */
export const normalizeMonitor = readMonitor as (doc: unknown) => MonitorModel;
