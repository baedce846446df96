/**
 * The numbers behind a KPI, computed from a View without touching the DOM: the latest present
 * value of one series, the value it is compared with, and the change between them.
 */
import {MonitorError} from '../../data/errors.js';
import type {View} from '../../data/model.js';
import {shownDecimals} from '../../i18n/format.js';

export type Direction = 'up' | 'down' | 'same';

export interface Point {
  /** Category index in the view. */
  readonly c: number;
  readonly value: number;
}

/** The figure of the view's first series (the one the KPI shows: see the element's docs). */
export interface KeyFigure {
  /** True when the view runs along two or more periods, so there is a change and a trend. */
  readonly overTime: boolean;
  /** The latest present value. */
  readonly latest: Point;
  /** Index of the latest period of the view, present or not (`latest.c` when it is present). */
  readonly lastC: number;
  /** The latest present value before `latest`, to compare with; absent when there is none. */
  readonly previous?: Point;
  /** latest − previous. */
  readonly change?: number;
  /** The change in % of |previous|, for counts only (absent when previous is 0). */
  readonly relative?: number;
  /** Direction of the change at the precision shown (`same` when it rounds to zero). */
  readonly direction?: Direction;
}

/**
 * The key figure of the first series. Over time: the latest present value and the latest present one
 * before it. Otherwise (one period, fixed by the filter or the data): the first category.
 * Throws `empty` when the series has nothing to show.
 */
export function keyFigure(view: View): KeyFigure {
  const row = view.values[0] ?? [];
  // one period (fixed by the filter, or all the data has): a single value, no change or trend
  const overTime = view.categoryDimension.role === 'time' && view.categories.length > 1;
  const present = (overTime ? row : row.slice(0, 1)).flatMap((value, c) => (value == null ? [] : [{c, value}]));
  const latest = present.at(-1);
  if (!latest) {
    throw new MonitorError('empty', `indicator "${view.indicator.id}" has ${overTime ? 'only missing values in its first series' : 'no value'} for this filter`);
  }
  const lastC = overTime ? row.length - 1 : 0;
  const previous = present.at(-2);
  if (!previous) return {overTime, latest, lastC};
  const change = latest.value - previous.value;
  const {unit, decimals} = view.indicator;
  const scale = 10 ** shownDecimals(unit, decimals);
  const direction: Direction = Math.round(Math.abs(change) * scale) === 0 ? 'same' : change > 0 ? 'up' : 'down';
  const relative = unit === 'count' && previous.value !== 0 ? (change / Math.abs(previous.value)) * 100 : undefined;
  return {overTime, latest, lastC, previous, change, direction, ...(relative === undefined ? {} : {relative})};
}
