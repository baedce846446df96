/**
 * Right-to-left layout of a chart: the geometry mirrored left to right, so categories run from
 * the right (columns, lines), horizontal bars grow leftwards from the right, and the value axis
 * (columns, lines) or the category labels (bars) sit in the right-hand margin. Only coordinates
 * change; text is drawn unmirrored by the element. Pure, like computeGeometry.
 */
import type {Geometry, Mark} from './geometry.js';
import {linePath} from './line-path.js';
import type {LinePoint} from './decimate.js';

/** `thin` is the decimation a dense line was drawn with, so the mirrored path is thinned too. */
export function mirrorGeometry(g: Geometry, thin?: (points: readonly LinePoint[]) => LinePoint[]): Geometry {
  const flip = (x: number) => g.innerWidth - x;
  const mirror = (m: Mark): Mark => ({...m, x: flip(m.x + m.width)});
  const marks = g.marks.map(mirror);
  const {left, right} = g.margins;
  return {
    ...g,
    margins: {...g.margins, left: right, right: left},
    marks,
    markAt: (s, c) => {
      const m = g.markAt(s, c);
      return m && mirror(m);
    },
    paths:
      g.type === 'line'
        ? g.paths.map((_, s) => {
            const points = marks.filter((m) => m.s === s).map((m): LinePoint => (m.value === null ? null : [m.x, m.y]));
            return linePath(thin ? thin(points) : points);
          })
        : g.paths,
    valueTicks: g.horizontal ? g.valueTicks.map((t) => ({...t, position: flip(t.position)})) : g.valueTicks,
    zero: g.horizontal ? flip(g.zero) : g.zero,
    categoryLabels: g.horizontal ? g.categoryLabels : g.categoryLabels.map((l) => ({...l, position: flip(l.position)})),
  };
}
