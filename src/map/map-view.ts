/**
 * Cuts an indicator down to what a map shows: one value per area for one period.
 *
 * - The area dimension is the indicator's dimension with role `geo`, else the one with id `area`;
 *   without one the map has nothing to draw (`not-found`).
 * - The period is the `period` option (`not-found` when the indicator has no such period), else
 *   the one the filter fixes, else the latest period with at least one value after the filter.
 * - Every other dimension the filter leaves free is fixed to its first category that has
 *   observations (as `selectView` does with dimensions beyond the series).
 *
 * The result is a `View` whose categories are the areas (one pseudo-series), so the chart's
 * table, labels and source line work on it unchanged.
 */
import {MonitorError} from '../data/errors.js';
import type {Category, Dimension, Filter, Indicator, MonitorModel, View} from '../data/model.js';
import {selectView} from '../data/view.js';

export interface MapViewOptions {
  readonly indicator?: string | null;
  readonly filter?: Filter;
  /** Period id; absent or null: the latest with data. */
  readonly period?: string | null;
}

export interface MapView {
  readonly view: View;
  readonly area: Dimension;
  /** The period shown; undefined for an indicator without a time dimension. */
  readonly period?: Category;
}

/** The dimension whose categories are areas: role `geo`, else id `area`. */
export function areaDimension(dimensions: readonly Dimension[]): Dimension | undefined {
  return dimensions.find((d) => d.role === 'geo') ?? dimensions.find((d) => d.id === 'area');
}

function matching(indicator: Indicator, filter: ReadonlyMap<string, readonly string[]>) {
  const entries = [...filter].filter(([id]) => indicator.dimensions.includes(id));
  return indicator.observations.filter((o) => entries.every(([id, ids]) => ids.includes(o.coords[id] as string)));
}

/** What a map shows; see the module comment. */
export function selectMapView(model: MonitorModel, {indicator: indicatorId, filter = new Map(), period}: MapViewOptions = {}): MapView {
  // validates the indicator and the filter's names, and that something is left to show
  const {indicator} = selectView(model, {indicator: indicatorId, filter});
  const dimensions = indicator.dimensions.map((id) => model.dimensions.get(id) as Dimension);
  const area = areaDimension(dimensions);
  if (!area) {
    throw new MonitorError('not-found', `indicator "${indicator.id}" has no area dimension to map (a dimension with role "geo" or id "area"; it has ${indicator.dimensions.map((id) => `"${id}"`).join(', ')})`);
  }
  const fixedFilter = new Map(filter);
  const time = dimensions.find((d) => d.role === 'time' && d !== area);
  if (time) {
    if (period) {
      if (!time.categoryById.has(period)) {
        throw new MonitorError('not-found', `period "${period}" is not a category of dimension "${time.id}" of indicator "${indicator.id}"`);
      }
      fixedFilter.set(time.id, [period]);
    } else if (fixedFilter.get(time.id)?.length !== 1) {
      let latest: Category | undefined;
      for (const o of matching(indicator, fixedFilter)) {
        if (o.value === null) continue;
        const category = time.categoryById.get(o.coords[time.id] as string);
        if (category && (!latest || category.index > latest.index)) latest = category;
      }
      if (!latest) throw new MonitorError('empty', `indicator "${indicator.id}" has only missing values for this filter`);
      fixedFilter.set(time.id, [latest.id]);
    }
  }
  for (const dimension of dimensions) {
    if (dimension === area || dimension === time || fixedFilter.get(dimension.id)?.length === 1) continue;
    const used = new Set(matching(indicator, fixedFilter).map((o) => o.coords[dimension.id]));
    const first = dimension.categories.find((c) => used.has(c.id));
    if (first) fixedFilter.set(dimension.id, [first.id]);
  }
  const view = selectView(model, {indicator: indicator.id, filter: fixedFilter});
  const shown = time && (view.categoryDimension === time ? view.categories[0] : view.fixed.find((f) => f.dimension === time)?.category);
  return {
    // one area only: every dimension is fixed and selectView put another one on the axis
    view:
      view.categoryDimension === area
        ? view
        : {
            ...view,
            categoryDimension: area,
            categories: [view.fixed.find((f) => f.dimension === area)?.category as Category],
            fixed: [...view.fixed.filter((f) => f.dimension !== area), {dimension: view.categoryDimension, category: view.categories[0]}],
          },
    area,
    ...(shown ? {period: shown} : {}),
  };
}
