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
import type {Category, Dimension, Filter, Indicator, LocalizedText, MonitorModel, Observation, View} from './model.js';
import {makeCoords} from './observation-index.js';

export interface ViewOptions {
  /** Indicator id; may be left out when the document holds exactly one. */
  readonly indicator?: string;
  readonly filter?: Filter;
  /** Dimension id that forms the series; must be a free dimension. */
  readonly series?: string;
}

/** The single series of a view without a series dimension. */
const ONLY_SERIES: Category = Object.freeze({id: '', label: '', index: 0});

const quoteList = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

function pickIndicator(model: MonitorModel, id: string | undefined): Indicator {
  const available = quoteList(model.indicatorById.keys());
  if (id === undefined || id === '') {
    if (model.indicators.length === 1) return model.indicators[0] as Indicator;
    throw new MonitorError('not-found', `no indicator given, and the document holds ${model.indicators.length}: ${available}`);
  }
  const indicator = model.indicatorById.get(id);
  if (!indicator) throw new MonitorError('not-found', `indicator "${id}" is not in the document (available: ${available})`);
  return indicator;
}

/** The filter as sets, limited to the indicator's dimensions, after checking every name exists. */
function checkFilter(model: MonitorModel, indicator: Indicator, filter: Filter): Map<string, Set<string>> {
  const allowed = new Map<string, Set<string>>();
  for (const [dimensionId, categoryIds] of filter) {
    const dimension = model.dimensions.get(dimensionId);
    if (!dimension) {
      throw new MonitorError('not-found', `filter names dimension "${dimensionId}", which the document does not declare (known: ${quoteList(model.dimensions.keys())})`);
    }
    for (const categoryId of categoryIds) {
      if (!dimension.categoryById.has(categoryId)) {
        throw new MonitorError('not-found', `filter names category "${categoryId}", which dimension "${dimensionId}" does not have`);
      }
    }
    if (indicator.dimensions.includes(dimensionId)) allowed.set(dimensionId, new Set(categoryIds));
  }
  return allowed;
}

function matchesFilter(observation: Observation, filter: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const [dimensionId, categories] of filter) {
    if (!categories.has(observation.coords[dimensionId] as string)) return false;
  }
  return true;
}

/** Per dimension of the indicator, its categories in dimension order after the filter. */
function allowedCategories(
  dimensions: readonly Dimension[],
  indicator: Indicator,
  filter: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, readonly Category[]> {
  const used = new Map(dimensions.map((dimension) => [dimension.id, new Set<string>()]));
  for (const observation of indicator.observations) {
    if (!matchesFilter(observation, filter)) continue;
    for (const dimension of dimensions) used.get(dimension.id)?.add(observation.coords[dimension.id] as string);
  }
  return new Map(
    dimensions.map((dimension) => {
      const keep = filter.get(dimension.id) ?? (used.get(dimension.id) as Set<string>);
      return [dimension.id, dimension.categories.filter((category) => keep.has(category.id))];
    }),
  );
}

interface Roles {
  readonly category: Dimension;
  readonly series?: Dimension;
}

function assignRoles(dimensions: readonly Dimension[], allowed: ReadonlyMap<string, readonly Category[]>, seriesId?: string): Roles {
  const free = dimensions.filter((dimension) => (allowed.get(dimension.id)?.length ?? 0) > 1);
  let series: Dimension | undefined;
  if (seriesId !== undefined && seriesId !== '') {
    series = free.find((dimension) => dimension.id === seriesId);
    if (!series) {
      const why = dimensions.some((dimension) => dimension.id === seriesId) ? 'has only one category left after the filter' : 'is not a dimension of this indicator';
      throw new MonitorError('not-found', `series "${seriesId}" ${why}; free dimensions: ${quoteList(free.map(({id}) => id)) || 'none'}`);
    }
  }
  const candidates = free.filter((dimension) => dimension !== series);
  // with nothing free left for the axis, it takes a fixed dimension (one category): time first
  const axisPool = candidates.length > 0 ? candidates : dimensions.filter((dimension) => dimension !== series);
  const category = axisPool.find((dimension) => dimension.role === 'time') ?? (axisPool[0] as Dimension);
  series ??= candidates.find((dimension) => dimension !== category);
  return series ? {category, series} : {category};
}

/** The matrix of what the view shows: values[s][c] and statuses[s][c]. */
function buildMatrix(
  indicator: Indicator,
  fixedCoords: readonly (readonly [string, string])[],
  roles: Roles,
  categories: readonly Category[],
  series: readonly Category[],
) {
  const values: (number | null)[][] = [];
  const statuses: (string | undefined)[][] = [];
  const notes: (LocalizedText | undefined)[][] = [];
  for (const serie of series) {
    const row: (number | null)[] = [];
    const rowStatus: (string | undefined)[] = [];
    const rowNote: (LocalizedText | undefined)[] = [];
    for (const category of categories) {
      const coords = [...fixedCoords, [roles.category.id, category.id] as const];
      if (roles.series) coords.push([roles.series.id, serie.id]);
      const observation = indicator.observation(makeCoords(coords));
      row.push(observation?.value ?? null);
      rowStatus.push(observation?.status);
      rowNote.push(observation?.note);
    }
    values.push(row);
    statuses.push(rowStatus);
    notes.push(rowNote);
  }
  return {values, statuses, notes};
}

/** What a chart, table or KPI shows for `indicator` after `filter`; see the module comment. */
export function selectView(model: MonitorModel, {indicator: indicatorId, filter = new Map(), series: seriesId}: ViewOptions = {}): View {
  const indicator = pickIndicator(model, indicatorId);
  const dimensions = indicator.dimensions.map((id) => model.dimensions.get(id) as Dimension);
  if (dimensions.length === 0) throw new MonitorError('empty', `indicator "${indicator.id}" has no dimension to show its values along`);
  const allowed = allowedCategories(dimensions, indicator, checkFilter(model, indicator, filter));
  const roles = assignRoles(dimensions, allowed, seriesId);
  const categories = allowed.get(roles.category.id) ?? [];
  const series = roles.series ? (allowed.get(roles.series.id) ?? []) : [ONLY_SERIES];

  const fixed = dimensions
    .filter((dimension) => dimension !== roles.category && dimension !== roles.series)
    .map((dimension) => ({dimension, category: allowed.get(dimension.id)?.[0]}));
  const emptyDimension = fixed.find(({category}) => category === undefined);
  if (categories.length === 0 || series.length === 0 || emptyDimension) {
    throw new MonitorError('empty', `indicator "${indicator.id}" has no observations for this filter`);
  }
  const fixedCoords = fixed.map(({dimension, category}) => [dimension.id, (category as Category).id] as const);
  const {values, statuses, notes} = buildMatrix(indicator, fixedCoords, roles, categories, series);
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
