/**
 * Pure chart geometry: from a view and a size to marks with finite coordinates. No DOM, so it
 * is fast to test (and property-tested for finite numbers); the element turns it into SVG.
 */
import {bandScale, pointScale} from './band-scale.js';
import {niceLinearScale} from './linear-scale.js';
import {linePath} from './line-path.js';
import type {LinePoint} from './decimate.js';
import type {View} from '../data/model.js';
import type {DrawnType} from './chart-type.js';
import {CHAR_WIDTH, estimateWidth, type MeasureText} from './truncate.js';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One data point: a bar/column segment or a line marker. `value` null: missing, drawn as a gap. */
export interface Mark {
  s: number;
  c: number;
  value: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  /** position along the value axis, in plot coordinates */
  position: number;
}

export interface CategoryLabel {
  c: number;
  /** centre of the category along the category axis */
  position: number;
  /** room for the label, px */
  room: number;
}

export interface Geometry {
  type: Exclude<DrawnType, 'table'>;
  width: number;
  height: number;
  margins: Margins;
  innerWidth: number;
  innerHeight: number;
  /** true when categories run vertically (horizontal bars) */
  horizontal: boolean;
  /** a line too long to draw every point as a mark (see DENSE_POINTS) */
  dense: boolean;
  /** every mark (a dense line builds them only when this is read: a million objects otherwise) */
  marks: Mark[];
  /** the mark of series `s`, category `c` (cheap for dense lines too) */
  markAt(s: number, c: number): Mark | undefined;
  /** line paths per series ('' when nothing to draw) */
  paths: string[];
  valueTicks: Tick[];
  /** the value axis' label of a tick value */
  formatTick: (value: number) => string;
  /** position of the zero line along the value axis */
  zero: number;
  categoryLabels: CategoryLabel[];
}

export interface GeometryOptions {
  type: Exclude<DrawnType, 'table'>;
  width: number;
  stacked: boolean;
  /** the formatted category labels, to size the axis (a sample of them is enough for long axes) */
  categoryLabels: readonly string[];
  /** the tick labels' formatter for these ticks (precision follows the step), to size the value axis */
  formatTicks: (ticks: readonly number[]) => (value: number) => string;
  /** thins a dense line for drawing (src/chart/decimate.ts, loaded when a line is dense) */
  decimate?: (points: readonly LinePoint[]) => LinePoint[];
  /** width of a label as drawn (src/chart/measure.ts); default: an estimate per character */
  measure?: MeasureText;
}

const MIN_WIDTH = 240;
/** Size of the placeholder that marks a missing bar (and of a missing line point's hit area). */
export const MISSING_MARK = 8;
/**
 * Above this many points per series a line chart is dense: its path is decimated and only the
 * focused point is drawn as a mark (the keyboard still reaches every value).
 */
export const DENSE_POINTS = 300;
const BAR_ROW = 28;
/** Below this much room per category, names are thinned rather than cut to nothing ("Ams…"). */
const MIN_NAME_ROOM = CHAR_WIDTH * 5;
/** Room between the plot's left edge and its labels' end (6–8 px), plus a little at the element's edge. */
const LABEL_SLACK = 12;

/** The smallest and largest values to plot; stacked charts use the stacks' sums. Always spans 0. */
export function valueExtent(view: View, stacked: boolean): [number, number] {
  let min = 0;
  let max = 0;
  if (stacked) {
    for (let c = 0; c < view.categories.length; c++) {
      let pos = 0;
      let neg = 0;
      for (const row of view.values) {
        const v = row[c];
        if (v === null) continue;
        if (v >= 0) pos += v;
        else neg += v;
      }
      max = Math.max(max, pos);
      min = Math.min(min, neg);
    }
  } else {
    for (const row of view.values) {
      for (const v of row) {
        if (v === null) continue;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
  }
  // all equal (or so close that d3's ticks would divide by ~0): give the scale a span
  if (!(max - min > 1e-100)) max = min + 1;
  return [min, max];
}

export function computeGeometry(view: View, options: GeometryOptions): Geometry {
  const width = Math.max(MIN_WIDTH, Number.isFinite(options.width) ? options.width : 0);
  const horizontal = options.type === 'bar';
  const stacked = options.stacked && options.type !== 'line';
  const nC = view.categories.length;
  const nS = view.series.length;

  const tickCount = horizontal ? Math.max(2, Math.floor(width / 90)) : 5;
  const extent = valueExtent(view, stacked);
  const tickValues = niceLinearScale(extent, [0, 1], tickCount).ticks(tickCount);
  const measure = options.measure ?? estimateWidth;
  const formatTick = options.formatTicks(tickValues);
  const tickText = widestLabel(tickValues.map(formatTick), 0, measure);
  const longestCategory = widestLabel(options.categoryLabels, 0, measure);

  const margins: Margins = horizontal
    ? {top: 8, right: 16 + tickText / 2, bottom: 24, left: Math.min(longestCategory, width * 0.38) + LABEL_SLACK}
    : {top: 12, right: 12 + (options.type === 'line' ? 4 : 0), bottom: 28, left: tickText + LABEL_SLACK};
  const rowHeight = Math.max(BAR_ROW, stacked ? BAR_ROW : nS * 14 + 10);
  const height = horizontal
    ? margins.top + margins.bottom + nC * rowHeight
    : // the loading view reserves this height (monitor-chart.styles.ts, .status): change both
      Math.round(Math.min(420, Math.max(220, width * 0.55)));
  const innerWidth = Math.max(1, width - margins.left - margins.right);
  const innerHeight = Math.max(1, height - margins.top - margins.bottom);

  const value = niceLinearScale(extent, horizontal ? [0, innerWidth] : [innerHeight, 0], tickCount);
  const zero = value(0);
  const valueTicks = tickValues.map((t) => ({value: t, position: value(t)}));

  const categoryLength = horizontal ? innerHeight : innerWidth;
  const dense = options.type === 'line' && nC > DENSE_POINTS;
  const nominal = view.categoryDimension.role !== 'time';
  const marks: Mark[] = [];
  const paths: string[] = [];
  let categoryLabels: CategoryLabel[];
  const geometry = (markAt: Geometry['markAt'], allMarks: () => Mark[]): Geometry => ({
    type: options.type,
    width,
    height,
    margins,
    innerWidth,
    innerHeight,
    horizontal,
    dense,
    get marks() {
      return allMarks();
    },
    markAt,
    paths,
    valueTicks,
    formatTick,
    zero,
    categoryLabels,
  });

  if (options.type === 'line') {
    const x = pointScale(nC, [0, innerWidth], nC === 1 ? 0.5 : 0.02);
    const step = nC > 1 ? innerWidth / (nC - 1) : innerWidth;
    categoryLabels = labelsThatFit(nC, (c) => x(c), step, options.categoryLabels, measure, {nominal});
    const lineMark = (s: number, c: number): Mark | undefined => {
      const v = view.values[s]?.[c];
      return v === undefined ? undefined : {s, c, value: v, x: x(c), y: v === null ? zero : value(v), width: 0, height: 0};
    };
    for (const row of view.values) {
      const points = row.map((v, c) => (v === null ? null : ([x(c), value(v)] as const)));
      paths.push(linePath(dense && options.decimate ? options.decimate(points) : points));
    }
    // built when first read: a dense line draws only the focused point's mark (see markAt)
    let built: Mark[] | undefined;
    return geometry(lineMark, () => (built ??= view.values.flatMap((row, s) => row.map((_, c) => lineMark(s, c)!))));
  } else {
    const outer = bandScale(nC, [0, categoryLength], 0.2, 0.1);
    const innerPadding = nS > 1 ? 0.06 : 0;
    const inner = bandScale(nS, [0, outer.bandwidth], innerPadding, innerPadding);
    categoryLabels = labelsThatFit(nC, (c) => outer(c) + outer.bandwidth / 2, outer.step, options.categoryLabels, measure, {
      nominal,
      fixedRoom: horizontal ? margins.left - LABEL_SLACK : undefined,
    });
    for (let c = 0; c < nC; c++) {
      let pos = 0;
      let neg = 0;
      for (let s = 0; s < nS; s++) {
        const v = view.values[s][c];
        const band = stacked ? outer(c) : outer(c) + inner(s);
        const thickness = stacked ? outer.bandwidth : inner.bandwidth;
        let from = 0;
        let to = v ?? 0;
        if (stacked && v !== null) {
          from = v >= 0 ? pos : neg;
          to = from + v;
          if (v >= 0) pos = to;
          else neg = to;
        }
        const a = value(from);
        const b = value(to);
        const start = Math.min(a, b);
        const length = Math.abs(b - a);
        marks.push(
          horizontal
            ? {s, c, value: v, x: start, y: band, width: length, height: thickness}
            : {s, c, value: v, x: band, y: start, width: thickness, height: length},
        );
      }
    }
  }

  return geometry((s, c) => (s >= 0 && s < nS && c >= 0 && c < nC ? marks[c * nS + s] : undefined), () => marks);
}

/** Width of the widest label (a loop: spreading 100 000 labels into Math.max overflows the stack). */
function widestLabel(labels: readonly string[], atLeast: number, measure: MeasureText): number {
  let widest = atLeast;
  for (const label of labels) widest = Math.max(widest, measure(label));
  return widest;
}

/**
 * Which category labels to draw: every k-th when they would overlap, counted back from the
 * last one, so the latest period is always labelled. Categories that are not periods (places,
 * groups) each keep a label, cut with "…" where it is too long, as long as a few characters fit:
 * a bar without a name cannot be read. Horizontal bars stack labels vertically, so each gets the
 * margin's width (`fixedRoom`).
 */
function labelsThatFit(
  n: number,
  position: (c: number) => number,
  step: number,
  labels: readonly string[],
  measure: MeasureText,
  {nominal, fixedRoom}: {nominal: boolean; fixedRoom?: number},
): CategoryLabel[] {
  if (fixedRoom !== undefined) return Array.from({length: n}, (_, c) => ({c, position: position(c), room: fixedRoom}));
  const widest = widestLabel(labels, CHAR_WIDTH, measure) + 8;
  // a long line has less than a pixel per point: every k-th label, k as large as the labels need
  const every = nominal && step >= MIN_NAME_ROOM ? 1 : step > 0 ? Math.max(1, Math.ceil(widest / step)) : n;
  const labelled: CategoryLabel[] = [];
  for (let c = (n - 1) % every; c < n; c += every) labelled.push({c, position: position(c), room: Math.max(step * every - 4, CHAR_WIDTH * 3)});
  return labelled;
}

/**
 * The box a mark occupies: the bar itself, or for a missing value the placeholder at the zero
 * line (bars) or a thin full-height hit area (lines). Focus rings are drawn around it.
 */
export function markBox(g: Geometry, m: Mark, rtl: boolean): {x: number; y: number; width: number; height: number} {
  if (m.value !== null) return m;
  if (g.type === 'line') return {x: m.x - MISSING_MARK / 2, y: 0, width: MISSING_MARK, height: g.innerHeight};
  return g.horizontal
    ? {x: rtl ? g.zero - MISSING_MARK : g.zero, y: m.y, width: MISSING_MARK, height: Math.max(m.height, 2)}
    : {x: m.x, y: g.zero - MISSING_MARK, width: Math.max(m.width, 2), height: MISSING_MARK};
}
