/**
 * Cuts an indicator down to what one chart, table or KPI shows (the `View` in model.ts).
 *
 * 1. The indicator: named, or the only one in the document.
 * 2. The filter keeps the observations whose categories it allows. A filtered dimension keeps the
 *    categories the filter names; any other keeps those its remaining observations use.
 * 3. A dimension left with one category is fixed. Of the free ones, the category axis is the time
 *    dimension when it is free, else the first free one that is not the series; the series is the
 *    `series` option or the next free dimension. Further free dimensions are fixed to their first
 *    category. Every dimension of the indicator ends up in exactly one role: category axis,
 *    series, or `fixed`.
 * 4. values[s][c] is the observation's value, or null when it is missing or absent.
 *
 * A filter on a dimension the document declares but this indicator lacks is ignored, so one
 * dashboard-wide filter can apply to every indicator.
 */
import {MonitorError} from './errors.js';
import {deepFreeze} from './freeze.js';
import type {Category, Dimension, Filter, Indicator, LocalizedText, MonitorModel, View} from './model.js';
import {storeOf, type ObservationStore} from './observation-index.js';

export interface ViewOptions {
  /** Indicator id; may be left out (or null) when the document holds exactly one. */
  readonly indicator?: string | null;
  readonly filter?: Filter;
  /** Dimension id that forms the series; must be a free dimension. Absent, null or empty: the default. */
  readonly series?: string | null;
}

/** The single series of a view without a series dimension (frozen with the first view). */
const ONLY_SERIES: Category = {id: '', label: '', index: 0};

const quoteList = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

function pickIndicator(model: MonitorModel, id: string | null | undefined): Indicator {
  const indicator = id ? model.indicatorById.get(id) : model.indicators.length === 1 ? model.indicators[0] : undefined;
  if (indicator) return indicator;
  throw new MonitorError('not-found', `${id ? `indicator "${id}" is not in the document` : 'no indicator given'} (available: ${quoteList(model.indicatorById.keys())})`);
}

/** The filter as sets, limited to the indicator's dimensions, after checking every name exists. */
function checkFilter(model: MonitorModel, indicator: Indicator, filter: Filter): Map<string, Set<string>> {
  const allowed = new Map<string, Set<string>>();
  for (const [dimensionId, categoryIds] of filter) {
    const dimension = model.dimensions.get(dimensionId);
    if (!dimension) {
      throw new MonitorError('not-found', `filter names unknown dimension "${dimensionId}" (known: ${quoteList(model.dimensions.keys())})`);
    }
    for (const categoryId of categoryIds) {
      if (!dimension.categoryById.has(categoryId)) {
        throw new MonitorError('not-found', `filter names unknown category "${categoryId}" of dimension "${dimensionId}"`);
      }
    }
    if (indicator.dimensions.includes(dimensionId)) allowed.set(dimensionId, new Set(categoryIds));
  }
  return allowed;
}

/**
 * Per dimension of the indicator, its categories in dimension order after the filter: those the
 * filter names, else those its remaining observations use.
 */
function allowedCategories({dims, size, codes}: ObservationStore, filter: ReadonlyMap<string, ReadonlySet<string>>): Map<string, readonly Category[]> {
  const k = dims.length;
  const passes = dims.map(({id, categories}) => filter.get(id) && categories.map(({id: category}) => filter.get(id)?.has(category)));
  const used = dims.map(({categories}) => new Uint8Array(categories.length));
  next: for (let i = 0; i < size * k; i += k) {
    for (let d = 0; d < k; d++) if (passes[d] && !passes[d]?.[codes[i + d]]) continue next;
    for (let d = 0; d < k; d++) used[d][codes[i + d]] = 1;
  }
  return new Map(dims.map(({id, categories}, d) => [id, categories.filter(({index}) => (passes[d] ?? used[d])[index])]));
}

interface Roles {
  readonly category: Dimension;
  readonly series?: Dimension;
}

function assignRoles(dimensions: readonly Dimension[], allowed: ReadonlyMap<string, readonly Category[]>, seriesId?: string | null): Roles {
  const free = dimensions.filter((dimension) => (allowed.get(dimension.id)?.length ?? 0) > 1);
  let series: Dimension | undefined;
  if (seriesId) {
    series = free.find((dimension) => dimension.id === seriesId);
    if (!series) {
      // not a dimension of the indicator, or one the filter leaves with a single category
      throw new MonitorError('not-found', `series "${seriesId}" is not a free dimension of this indicator (free: ${quoteList(free.map(({id}) => id)) || 'none'})`);
    }
  }
  const candidates = free.filter((dimension) => dimension !== series);
  // with nothing free left for the axis, it takes a fixed dimension (one category): time first
  const axisPool = candidates.length > 0 ? candidates : dimensions.filter((dimension) => dimension !== series);
  const category = axisPool.find((dimension) => dimension.role === 'time') ?? (axisPool[0] as Dimension);
  series ??= candidates.find((dimension) => dimension !== category);
  return series ? {category, series} : {category};
}

/**
 * The matrix of what the view shows: values[s][c], statuses[s][c] and notes[s][c]. `shown`: per
 * dimension of the store, the categories shown in its order (a fixed dimension: its one category).
 */
function buildMatrix(store: ObservationStore, shown: readonly (readonly Category[])[], {category, series: seriesDimension}: Roles, series: readonly Category[]) {
  const {dims, size, codes} = store;
  const k = dims.length;
  /** Per dimension, the row or column of each category in the matrix (0 for a fixed one), -1 when not shown. */
  const slots = dims.map(({categories}, d) => {
    const slot = new Int32Array(categories.length).fill(-1);
    shown[d].forEach(({index}, i) => (slot[index] = i));
    return slot;
  });
  const c = dims.indexOf(category);
  const s = seriesDimension ? dims.indexOf(seriesDimension) : -1;
  const matrix = <T>(empty: T) => series.map(() => shown[c].map(() => empty));
  const values = matrix<number | null>(null);
  const statuses = matrix<string | undefined>(undefined);
  const notes = matrix<LocalizedText | undefined>(undefined);
  next: for (let i = 0; i < size; i++) {
    for (let d = 0; d < k; d++) if (slots[d][codes[i * k + d]] < 0) continue next;
    const column = slots[c][codes[i * k + c]];
    const row = s < 0 ? 0 : slots[s][codes[i * k + s]];
    const value = store.values[i];
    values[row][column] = Number.isNaN(value) ? null : value;
    statuses[row][column] = store.status.get(i);
    notes[row][column] = store.notes.get(i);
  }
  return {values, statuses, notes};
}

/** What a chart, table or KPI shows for `indicator` after `filter`; see the module comment. */
export function selectView(model: MonitorModel, {indicator: indicatorId, filter = new Map(), series: seriesId}: ViewOptions = {}): View {
  const indicator = pickIndicator(model, indicatorId);
  const store = storeOf(indicator);
  const dimensions = store.dims;
  if (dimensions.length === 0) throw new MonitorError('empty', `indicator "${indicator.id}" has no dimension to show its values along`);
  const allowed = allowedCategories(store, checkFilter(model, indicator, filter));
  const roles = assignRoles(dimensions, allowed, seriesId);
  const categories = allowed.get(roles.category.id) ?? [];
  const series = roles.series ? (allowed.get(roles.series.id) ?? []) : [ONLY_SERIES];

  const fixed = dimensions
    .filter((dimension) => dimension !== roles.category && dimension !== roles.series)
    .map((dimension) => ({dimension, category: allowed.get(dimension.id)?.[0]}));
  const shown = dimensions.map((dimension) => (dimension === roles.category ? categories : dimension === roles.series ? series : [allowed.get(dimension.id)?.[0] as Category]));
  // an axis, a series or a fixed dimension left without a category
  if (shown.some((list) => list[0] === undefined)) throw new MonitorError('empty', `indicator "${indicator.id}" has no observations for this filter`);
  const {values, statuses, notes} = buildMatrix(store, shown, roles, series);
  if (values.every((row) => row.every((value) => value === null))) {
    throw new MonitorError('empty', `indicator "${indicator.id}" has only missing values for this filter`);
  }
  return deepFreeze({
    indicator,
    categoryDimension: roles.category,
    categories,
    ...(roles.series ? {seriesDimension: roles.series} : {}),
    series,
    values,
    statuses,
    notes,
    fixed: fixed as View['fixed'],
  });
}
