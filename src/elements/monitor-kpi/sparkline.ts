/**
 * The KPI's small trend line: an SVG path of one series over time, broken at missing values,
 * with a dot on the latest present value (our line path and linear scale, no d3-shape). The
 * text alternative is the element's job: it passes it in as `label`.
 */
import {html, svg, type TemplateResult} from 'lit';
import {linePath} from '../../chart/line-path.js';
import {niceLinearScale} from '../../chart/linear-scale.js';

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 36;
const PAD = 4;

export interface SparkGeometry {
  readonly d: string;
  /** The dot on the latest present value. */
  readonly dot?: {readonly x: number; readonly y: number};
}

/** Path and last dot for `values` (null: missing), evenly spaced along x. */
function sparkGeometry(values: readonly (number | null)[]): SparkGeometry {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return {d: ''};
  let lo = Math.min(...present);
  let hi = Math.max(...present);
  if (lo === hi) {
    // a flat line sits in the middle, not on an edge
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const y = niceLinearScale([lo, hi], [SPARK_HEIGHT - PAD, PAD], 3);
  const step = values.length > 1 ? (SPARK_WIDTH - 2 * PAD) / (values.length - 1) : 0;
  const points = values.map((v, i) => (v === null ? null : ([PAD + i * step, y(v)] as const)));
  const last = [...points].reverse().find((p) => p !== null);
  return {d: linePath(points), ...(last ? {dot: {x: last[0], y: last[1]}} : {})};
}

/**
 * The sparkline's `<svg>` for `values`, named by `label` (the element writes that text
 * alternative). Its size is written out (120 × 36: SPARK_WIDTH × SPARK_HEIGHT), not bound.
 */
export function renderSparkline(values: readonly (number | null)[], label: string): TemplateResult {
  const g = sparkGeometry(values);
  return html`<svg class="sparkline" part="sparkline" role="img" aria-label=${label} viewBox="0 0 120 36" width="120" height="36"
    ><path class="spark-line" d=${g.d}></path>${g.dot ? svg`<circle class="spark-dot" cx=${g.dot.x} cy=${g.dot.y} r="3"></circle>` : ''}</svg
  >`;
}
