/**
 * How `<leiden-monitor>` shows an indicator when the data does not say (`view` in the document
 * wins). The rules look at the categories the observations use:
 *
 * 1. Nothing varies but the period, over at most KPI_MAX_PERIODS periods (one value, or a short
 *    series): a KPI tile (latest value, change, trend line).
 * 2. Only the area varies, over one period, and most of its categories are district or
 *    neighbourhood codes (`WK…`, `BU…`): a map.
 * 3. Anything else: a chart (whose own `type="auto"` picks line, column or bar).
 */
import type {Indicator, IndicatorView, MonitorModel} from '../../data/model.js';

/** A series longer than this is a chart, not a KPI. */
export const KPI_MAX_PERIODS = 3;

const DISTRICT_CODE = /^(WK|BU)\d/;

export function chooseView(model: MonitorModel, indicator: Indicator): IndicatorView {
  if (indicator.view) return indicator.view;
  const used = new Map(indicator.dimensions.map((id) => [id, new Set<string>()]));
  for (const observation of indicator.observations) {
    for (const [id, categories] of used) categories.add(observation.coords[id] as string);
  }
  let periods = 1;
  const free: string[] = [];
  for (const [id, categories] of used) {
    if (model.dimensions.get(id)?.role === 'time') periods = categories.size;
    else if (categories.size > 1) free.push(id);
  }
  if (free.length === 0) return periods <= KPI_MAX_PERIODS ? 'kpi' : 'chart';
  const areas = free.length === 1 && periods === 1 ? [...(used.get(free[0]) as Set<string>)] : [];
  return areas.filter((id) => DISTRICT_CODE.test(id)).length * 2 > areas.length ? 'map' : 'chart';
}
