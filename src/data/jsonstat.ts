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
  at, describe, expectArray, expectRecord, expectString, isRecord, own, schemaError, type JsonRecord,
} from './json-path.js';
import type {Dimension, Indicator, LocalizedText, MonitorModel, Observation} from './model.js';
import {makeDimension, makeModel} from './normalize.js';
import {createStore, makeIndicator} from './observation-index.js';
import {comparePeriods, parsePeriod} from './period.js';
import {readStatus, readValues, statusOnlyPositions} from './jsonstat-cells.js';

/** Dimension ids that mean "time" in datasets that declare no roles. */
const TIME_DIMENSION_NAMES = new Set(['time', 'tid', 'year', 'period', 'periods', 'perioden', 'jaar']);

const MAX_DECIMALS = 6;

/** True for a JSON-stat 2.0 dataset (`"class": "dataset"`). */
export function isJsonStatDataset(doc: unknown): boolean {
  return isRecord(doc) && own(doc, 'class') === 'dataset';
}

interface ReadDimension {
  readonly id: string;
  readonly label: string;
  /** Category ids in JSON-stat order (the order of the value array's strides). */
  readonly ids: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
  readonly category: JsonRecord;
}

function checkSize(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    schemaError(path, `must be a whole number of categories (got ${describe(value)})`);
  }
  return value as number;
}

/** Category ids by position, from `category.index` (array or id → position) or, without it, `label`. */
function readCategoryIds(category: JsonRecord, path: string, size: number): string[] {
  const index = own(category, 'index');
  let ids: string[];
  if (Array.isArray(index)) {
    ids = index.map((id, i) => expectString(id, at(at(path, 'index'), i), {nonEmpty: false}));
  } else if (isRecord(index)) {
    ids = [];
    for (const [id, position] of Object.entries(index)) {
      const positionPath = at(at(path, 'index'), id);
      if (!Number.isSafeInteger(position) || (position as number) < 0 || (position as number) >= size) {
        schemaError(positionPath, `must be a position from 0 to ${size - 1} (got ${describe(position)})`);
      }
      if (ids[position as number] !== undefined) schemaError(positionPath, `repeats position ${describe(position)}`);
      ids[position as number] = id;
    }
  } else if (index === undefined && isRecord(own(category, 'label'))) {
    // JSON-stat allows leaving `index` out for a single category, named by `label`
    ids = Object.keys(own(category, 'label') as JsonRecord);
  } else {
    schemaError(at(path, 'index'), `must be an array or an object of positions (got ${describe(index)})`);
  }
  // `includes` sees the holes an object index with a missing position leaves (`some` would skip them)
  if (ids.length !== size || (ids as (string | undefined)[]).includes(undefined)) {
    schemaError(path, `has ${Object.keys(ids).length} categories but size says ${size}`);
  }
  if (new Set(ids).size !== ids.length) schemaError(at(path, 'index'), 'repeats a category id');
  return ids;
}

function readLabels(category: JsonRecord, path: string): Map<string, string> {
  const labels = new Map<string, string>();
  const label = own(category, 'label');
  if (label === undefined) return labels;
  for (const [id, text] of Object.entries(expectRecord(label, at(path, 'label')))) {
    labels.set(id, expectString(text, at(at(path, 'label'), id), {nonEmpty: false}));
  }
  return labels;
}

function readDimensions(root: JsonRecord): ReadDimension[] {
  const ids = expectArray(own(root, 'id'), 'id').map((id, i) => expectString(id, at('id', i)));
  if (new Set(ids).size !== ids.length) schemaError('id', 'names a dimension twice');
  const sizes = expectArray(own(root, 'size'), 'size').map((size, i) => checkSize(size, at('size', i)));
  if (sizes.length !== ids.length) schemaError('size', `has ${sizes.length} entries but id has ${ids.length}`);
  const declared = expectRecord(own(root, 'dimension'), 'dimension');
  return ids.map((id, d) => {
    const path = at('dimension', id);
    const dimension = expectRecord(own(declared, id), path);
    const category = expectRecord(own(dimension, 'category'), at(path, 'category'));
    const label = own(dimension, 'label');
    return {
      id,
      label: typeof label === 'string' ? label : id,
      ids: readCategoryIds(category, at(path, 'category'), sizes[d] as number),
      labels: readLabels(category, at(path, 'category')),
      category,
    };
  });
}

/** Dimension ids per role, checked against the dataset's dimensions. */
function readRoles(root: JsonRecord, dimensionIds: readonly string[]): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  const role = own(root, 'role');
  if (role === undefined) return roles;
  for (const [name, list] of Object.entries(expectRecord(role, 'role'))) {
    roles.set(name, expectArray(list, at('role', name)).map((id, i) => {
      const text = expectString(id, at(at('role', name), i));
      if (!dimensionIds.includes(text)) schemaError(at(at('role', name), i), `names unknown dimension ${describe(text)}`);
      return text;
    }));
  }
  return roles;
}

function findTimeDimension(dimensions: readonly ReadDimension[], roles: ReadonlyMap<string, string[]>): string | undefined {
  const declared = roles.get('time')?.[0];
  if (declared !== undefined) return declared;
  return dimensions.find(
    ({id, ids}) => TIME_DIMENSION_NAMES.has(id.toLowerCase()) && ids.length > 0 && ids.every((period) => parsePeriod(period)),
  )?.id;
}

/** Unit and decimals of a metric category, from JSON-stat's `category.unit`. */
function readUnit(category: JsonRecord, id: string): {unit?: string; decimals?: number} {
  const units = own(category, 'unit');
  const unit = isRecord(units) ? own(units, id) : undefined;
  if (!isRecord(unit)) return {};
  const label = own(unit, 'label');
  const symbol = own(unit, 'symbol');
  const decimals = own(unit, 'decimals');
  const name = [symbol, label].includes('%') ? 'percent' : typeof label === 'string' && label !== '' ? label : symbol;
  return {
    ...(typeof name === 'string' && name !== '' ? {unit: name} : {}),
    // our views show at most MAX_DECIMALS; OECD's 9 decimals would be noise
    ...(Number.isSafeInteger(decimals) && (decimals as number) >= 0 ? {decimals: Math.min(decimals as number, MAX_DECIMALS)} : {}),
  };
}

function toDimension(read: ReadDimension, role: Dimension['role']): Dimension {
  let categories = read.ids.map((id) => ({id, label: read.labels.get(id) ?? id}));
  if (role === 'time' && categories.every(({id}) => parsePeriod(id))) {
    categories = [...categories].sort((a, b) => comparePeriods(a.id, b.id));
  }
  return makeDimension(read.id, read.label, categories, role);
}

function roleOf(id: string, timeId: string | undefined, roles: ReadonlyMap<string, string[]>): Dimension['role'] {
  if (id === timeId) return 'time';
  if (roles.get('metric')?.includes(id)) return 'metric';
  if (roles.get('geo')?.includes(id)) return 'geo';
  return undefined;
}

function checkClass(root: JsonRecord): void {
  const kind = own(root, 'class');
  if (kind === 'dataset') return;
  if (typeof kind === 'string') schemaError('class', `only JSON-stat datasets are read, this is a ${describe(kind)}`);
  schemaError('class', `must be "dataset" (got ${describe(kind)})`);
}

/** The MonitorModel of a JSON-stat 2.0 dataset; throws `schema` errors with paths. */
export function fromJsonStat(doc: unknown): MonitorModel {
  const root = expectRecord(doc, '');
  checkClass(root);
  const version = own(root, 'version');
  if (version !== undefined && !(typeof version === 'string' && version.startsWith('2'))) {
    schemaError('version', `only JSON-stat 2.0 is read (got ${describe(version)})`);
  }
  const read = readDimensions(root);
  const roles = readRoles(root, read.map(({id}) => id));
  const timeId = findTimeDimension(read, roles);
  const metricId = roles.get('metric')?.[0];
  const total = read.reduce((product, {ids}) => product * ids.length, 1);
  if (!Number.isSafeInteger(total)) schemaError('size', 'makes more cells than can be counted');

  const cells = readValues(root, total);
  const statusAt = readStatus(root, total);
  const sizes = read.map(({ids}) => ids.length);
  /** Category id per dimension for a position in row-major order (the last dimension changes fastest). */
  const categoriesAt = (position: number): string[] => {
    const ids: string[] = new Array(read.length);
    for (let d = read.length - 1; d >= 0; d--) {
      const size = sizes[d] as number;
      ids[d] = (read[d] as ReadDimension).ids[position % size] as string;
      position = Math.floor(position / size);
    }
    return ids;
  };

  // a metric dimension splits the dataset into indicators, unless nothing else would be left to show
  const metricIndex = metricId === undefined || read.length < 2 ? -1 : read.findIndex(({id}) => id === metricId);
  const observationIndexes = read.map((_, d) => d).filter((d) => d !== metricIndex);
  const observationDims = observationIndexes.map((d) => (read[d] as ReadDimension).id);
  const byMetric = new Map<string, Observation[]>();
  const addCell = (position: number, value: number | null) => {
    const ids = categoriesAt(position);
    const status = statusAt(position);
    const metric = metricIndex === -1 ? '' : (ids[metricIndex] as string);
    const coords = Object.create(null) as Record<string, string>;
    for (const d of observationIndexes) coords[(read[d] as ReadDimension).id] = ids[d] as string;
    Object.freeze(coords);
    const list = byMetric.get(metric) ?? [];
    list.push(Object.freeze({coords, value, ...(status !== undefined ? {status} : {})}));
    byMetric.set(metric, list);
  };
  for (const [position, value] of cells) addCell(position, value);
  for (const position of statusOnlyPositions(root, cells)) addCell(position, null);

  const label = own(root, 'label');
  const datasetLabel: LocalizedText | undefined = typeof label === 'string' ? label : undefined;
  const extension = own(root, 'extension');
  const extensionId = isRecord(extension) ? own(extension, 'id') : undefined;
  const datasetId = typeof extensionId === 'string' && extensionId !== '' ? extensionId : (datasetLabel ?? 'dataset');

  const dimensions = new Map(read.map((dimension) => [dimension.id, toDimension(dimension, roleOf(dimension.id, timeId, roles))]));
  const dims = observationDims.map((id) => dimensions.get(id) as Dimension);
  /** An indicator over the given observations, stored by column like monitor JSON's. */
  const indicator = (fields: Omit<Indicator, 'observation' | 'observations' | 'dimensions'>, observations: Observation[] = []) => {
    const store = createStore(dims, observations.length);
    observations.forEach(({coords, value, status}, i) => {
      dims.forEach(({id, categoryById}, d) => (store.codes[i * dims.length + d] = categoryById.get(coords[id] as string)?.index as number));
      store.values[i] = value ?? NaN;
      if (status !== undefined) store.status.set(i, status);
    });
    return makeIndicator({...fields, dimensions: observationDims}, store, observations);
  };
  let indicators: Indicator[];
  if (metricIndex === -1) {
    indicators = [indicator({id: datasetId, label: datasetLabel ?? datasetId}, byMetric.get(''))];
  } else {
    const metric = read[metricIndex] as ReadDimension;
    indicators = metric.ids.map((id) => indicator({id, label: metric.labels.get(id) ?? id, ...readUnit(metric.category, id)}, byMetric.get(id)));
  }
  const source = own(root, 'source');
  const updated = own(root, 'updated');
  return makeModel({
    ...(typeof extensionId === 'string' && extensionId !== '' ? {id: extensionId} : {}),
    ...(datasetLabel !== undefined ? {title: datasetLabel} : {}),
    ...(typeof source === 'string' && source !== '' ? {source: {name: source}} : {}),
    ...(typeof updated === 'string' ? {updated} : {}),
    themes: [],
    dimensions,
    indicators,
  });
}
