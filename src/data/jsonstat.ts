/**
 * Reads a JSON-stat 2.0 dataset (CONTRACT §4, https://json-stat.org/full/) into the MonitorModel.
 *
 * - The time-role dimension is the period; its ids are kept as JSON-stat gives them (`2017Q1`),
 *   sorted chronologically when every id is a period `parsePeriod` understands. Datasets without
 *   roles (Eurostat's API) get their time dimension from its id (`time`, `year`, `Tid`, …).
 * - A metric-role dimension makes one indicator per category (with `category.unit` as unit and
 *   decimals); without one the dataset is one indicator, id `extension.id`, else `label`.
 * - `value` is an array or a sparse object; `status` a string, an array or an object. A cell that
 *   has a status but no value is a missing value with that status.
 * Everything is checked while reading; problems throw `schema` errors with the offending path.
 */
import {
  at, describe, expectArray, expectRecord, expectString, isRecord, own, schemaError, that, type JsonRecord,
} from './json-path.js';
import type {Dimension, Indicator, MonitorModel} from './model.js';
import {makeDimension, makeModel} from './normalize.js';
import {createStore, makeIndicator} from './observation-index.js';
import {comparePeriods, parsePeriod} from './period.js';
import {checkPosition, isCount, lengthError, readStatus, readValues} from './jsonstat-cells.js';

/** Dimension ids that mean "time" in datasets that declare no roles. */
const TIME_DIMENSION_NAMES = /^(time|tid|year|periods?|perioden|jaar)$/i;

const MAX_DECIMALS = 6;

/** True for a JSON-stat 2.0 dataset (`"class": "dataset"`). */
export function isJsonStatDataset(doc: unknown): boolean {
  return isRecord(doc) && own(doc, 'class') === 'dataset';
}

/** A dimension as read, before roles: its category ids in JSON-stat order (the order of the
 *  value array's strides) and its categories in that order, labelled. */
interface ReadDimension {
  readonly id: string;
  readonly label: string;
  readonly ids: readonly string[];
  readonly categories: readonly {readonly id: string; readonly label: string}[];
  readonly category: JsonRecord;
}

/** `ids`, after checking that none is there twice. */
const unique = (ids: string[], path: string) => (new Set(ids).size === ids.length ? ids : schemaError(path, 'repeats an id'));

/** Category ids by position, from `category.index` (array or id → position) or, without it, `label`. */
function readCategoryIds(category: JsonRecord, path: string, size: number): string[] {
  const index = own(category, 'index');
  const indexPath = at(path, 'index');
  let ids: string[];
  if (Array.isArray(index)) {
    ids = index.map((id, i) => expectString(id, at(indexPath, i), {nonEmpty: false}));
  } else if (isRecord(index)) {
    ids = [];
    for (const [id, position] of Object.entries(index)) ids[checkPosition(position, at(indexPath, id), size, ids)] = id;
  } else if (index === undefined && isRecord(own(category, 'label'))) {
    // JSON-stat allows leaving `index` out for a single category, named by `label`
    ids = Object.keys(own(category, 'label') as JsonRecord);
  } else {
    schemaError(indexPath, `must be an array or an object (got ${describe(index)})`);
  }
  // `includes` sees the holes an object index with a missing position leaves (`some` would skip them)
  if (ids.length !== size || (ids as (string | undefined)[]).includes(undefined)) lengthError(path, Object.keys(ids).length, size);
  return unique(ids, indexPath);
}

/** Names in `list` at `path`, each one of `known` (when given), none twice. */
function readNames(list: unknown, path: string, known?: readonly string[]): string[] {
  const names = expectArray(list, path).map((id, i) => {
    const name = expectString(id, at(path, i));
    if (known && !known.includes(name)) schemaError(at(path, i), `names unknown dimension ${describe(name)}`);
    return name;
  });
  return known ? names : unique(names, path);
}

function readDimensions(root: JsonRecord, ids: readonly string[]): ReadDimension[] {
  const sizes = expectArray(own(root, 'size'), 'size').map((size, i) => that(isCount, 'a whole number')(size, at('size', i)) as number);
  if (sizes.length !== ids.length) lengthError('size', sizes.length, ids.length);
  const declared = expectRecord(own(root, 'dimension'), 'dimension');
  return ids.map((id, d) => {
    const path = at('dimension', id);
    const dimension = expectRecord(own(declared, id), path);
    const categoryPath = at(path, 'category');
    const category = expectRecord(own(dimension, 'category'), categoryPath);
    const categoryIds = readCategoryIds(category, categoryPath, sizes[d] as number);
    const label = own(dimension, 'label');
    const labelPath = at(categoryPath, 'label');
    const labels = Object.hasOwn(category, 'label') ? expectRecord(category.label, labelPath) : {};
    for (const [key, text] of Object.entries(labels)) expectString(text, at(labelPath, key), {nonEmpty: false});
    return {
      id,
      label: typeof label === 'string' ? label : id,
      ids: categoryIds,
      categories: categoryIds.map((categoryId) => ({id: categoryId, label: (own(labels, categoryId) as string | undefined) ?? categoryId})),
      category,
    };
  });
}

/** `value` when it is a non-empty string. */
const nonEmpty = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Unit and decimals of a metric category, from JSON-stat's `category.unit`. */
function readUnit(category: JsonRecord, id: string): {unit?: string; decimals?: number} {
  const units = own(category, 'unit');
  const unit = isRecord(units) ? own(units, id) : undefined;
  if (!isRecord(unit)) return {};
  const label = own(unit, 'label');
  const symbol = own(unit, 'symbol');
  const decimals = own(unit, 'decimals');
  const name = nonEmpty([symbol, label].includes('%') ? 'percent' : (nonEmpty(label) ?? symbol));
  return {
    ...(name ? {unit: name} : {}),
    // our views show at most MAX_DECIMALS; OECD's 9 decimals would be noise
    ...(isCount(decimals) ? {decimals: Math.min(decimals, MAX_DECIMALS)} : {}),
  };
}

/** The MonitorModel of a JSON-stat 2.0 dataset; throws `schema` errors with paths. */
export function fromJsonStat(doc: unknown): MonitorModel {
  const root = expectRecord(doc, '');
  const kind = own(root, 'class');
  if (kind !== 'dataset') schemaError('class', `only JSON-stat datasets are read (got ${describe(kind)})`);
  const version = own(root, 'version');
  if (version !== undefined && !(typeof version === 'string' && version.startsWith('2'))) {
    schemaError('version', `only JSON-stat 2.0 is read (got ${describe(version)})`);
  }
  const ids = readNames(own(root, 'id'), 'id');
  const read = readDimensions(root, ids);
  const role = own(root, 'role');
  /** Dimension ids per role, checked against the dataset's dimensions. */
  const roles = new Map(role === undefined ? [] : Object.entries(expectRecord(role, 'role')).map(([name, list]) => [name, readNames(list, at('role', name), ids)]));
  let timeId = roles.get('time')?.[0];
  const dimensions = read.map(({id, label, categories}) => {
    const periods = categories.length > 0 && categories.every((category) => parsePeriod(category.id));
    // without roles (Eurostat's API), the time dimension is known by its id (`time`, `year`, `Tid`, …)
    if (timeId === undefined && periods && TIME_DIMENSION_NAMES.test(id)) timeId = id;
    const dimensionRole = id === timeId ? 'time' : (['metric', 'geo'] as const).find((name) => roles.get(name)?.includes(id));
    // JSON-stat's own ids (`2017Q1`) are kept, sorted chronologically when all are periods
    return makeDimension(id, label, dimensionRole === 'time' && periods ? [...categories].sort((a, b) => comparePeriods(a.id, b.id)) : categories, dimensionRole);
  });
  const metricId = roles.get('metric')?.[0];
  const sizes = read.map(({ids: categoryIds}) => categoryIds.length);
  const total = sizes.reduce((product, size) => product * size, 1);
  if (!Number.isSafeInteger(total)) schemaError('size', 'makes too many cells');

  // the cells: those with a value, then those with only a status (a missing value with a reason)
  const cells = readValues(root, total);
  const statusAt = readStatus(root, total, cells);

  // row-major: the last dimension changes fastest
  const strides = sizes.map((_, d) => sizes.slice(d + 1).reduce((a, b) => a * b, 1));
  /** The JSON-stat position of `position`'s category along dimension `d`. */
  const categoryAt = (position: number, d: number) => Math.floor(position / (strides[d] as number)) % (sizes[d] as number);
  // a metric dimension splits the dataset into indicators, unless nothing else would be left to show
  const metricIndex = read.length < 2 ? -1 : ids.indexOf(metricId as string); // -1 for none
  const metric = read[metricIndex];
  const observed = read.map((_, d) => d).filter((d) => d !== metricIndex);
  const dims = observed.map((d) => dimensions[d] as Dimension);
  const observedIds = dims.map(({id}) => id);
  /** Per dimension: the model's position (dimensions sort periods) of each JSON-stat position. */
  const codeOf = read.map(({ids: categoryIds}, d) => categoryIds.map((id) => dimensions[d]?.categoryById.get(id)?.index as number));
  /** The positions of the cells of each indicator, in the order above. */
  const positions: number[][] = (metric?.ids ?? ['']).map(() => []);
  for (const position of cells.keys()) positions[metric ? categoryAt(position, metricIndex) : 0]?.push(position);

  const label = own(root, 'label');
  const title = typeof label === 'string' ? label : undefined;
  const extension = own(root, 'extension');
  const id = nonEmpty(isRecord(extension) ? own(extension, 'id') : undefined);
  const datasetId = id ?? title ?? 'dataset';
  /** An indicator over the cells at `list`, stored by column like monitor JSON's. */
  const indicator = (fields: Pick<Indicator, 'id' | 'label' | 'unit' | 'decimals'>, list: readonly number[]) => {
    const store = createStore(dims, list.length);
    list.forEach((position, i) => {
      observed.forEach((d, j) => (store.codes[i * dims.length + j] = codeOf[d]?.[categoryAt(position, d)] as number));
      store.values[i] = cells.get(position) ?? NaN;
      const status = statusAt(position);
      if (status !== undefined) store.status.set(i, status);
    });
    return makeIndicator({...fields, dimensions: observedIds}, store);
  };
  const source = nonEmpty(own(root, 'source'));
  const updated = own(root, 'updated');
  return makeModel({
    ...(id ? {id} : {}),
    ...(title !== undefined ? {title} : {}),
    ...(source ? {source: {name: source}} : {}),
    ...(typeof updated === 'string' ? {updated} : {}),
    themes: [],
    dimensions: new Map(dimensions.map((dimension) => [dimension.id, dimension])),
    indicators: metric
      ? metric.ids.map((id, m) => indicator({id, label: metric.categories[m]?.label ?? id, ...readUnit(metric.category, id)}, positions[m] as number[]))
      : [indicator({id: datasetId, label: title ?? datasetId}, positions[0] as number[])],
  });
}
