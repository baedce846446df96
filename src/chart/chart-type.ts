import type {View} from '../data/model.js';

export const CHART_TYPES = ['auto', 'bar', 'column', 'line', 'table'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export type DrawnType = Exclude<ChartType, 'auto'>;

/** Time with three or more periods reads best as a line; fewer periods as columns; anything
 *  else (areas, groups) as horizontal bars, which keep long labels readable. */
export function resolveChartType(requested: string | null | undefined, view: View): DrawnType {
  const type = (CHART_TYPES as readonly string[]).includes(requested ?? '') ? (requested as ChartType) : 'auto';
  if (type !== 'auto') return type;
  if (view.categoryDimension.role === 'time') return view.categories.length >= 3 ? 'line' : 'column';
  return 'bar';
}
