/**
 * Right-to-left layout of a chart: the geometry mirrored left to right, so categories run from
 * the right (columns, lines), horizontal bars grow leftwards from the right, and the value axis
 * (columns, lines) or the category labels (bars) sit in the right-hand margin. Only coordinates
 * change; text is drawn unmirrored by the element. Pure, like computeGeometry.
 */
import type {Geometry} from './geometry.js';
import {linePath} from './line-path.js';

export function mirrorGeometry(g: Geometry): Geometry {
  const flip = (x: number) => g.innerWidth - x;
  const marks = g.marks.map((m) => ({...m, x: flip(m.x + m.width)}));
  const {left, right} = g.margins;
  return {
    ...g,
    margins: {...g.margins, left: right, right: left},
    marks,
    paths: g.type === 'line' ? g.paths.map((_, s) => linePath(marks.filter((m) => m.s === s).map((m) => (m.value === null ? null : [m.x, m.y])))) : g.paths,
    valueTicks: g.horizontal ? g.valueTicks.map((t) => ({...t, position: flip(t.position)})) : g.valueTicks,
    zero: g.horizontal ? flip(g.zero) : g.zero,
    categoryLabels: g.horizontal ? g.categoryLabels : g.categoryLabels.map((l) => ({...l, position: flip(l.position)})),
  };
}

/** x of labels beside the plot (value ticks of columns/lines, categories of bars), `gap` px off it. */
export function sideLabelX(g: Geometry, rtl: boolean, gap: number): number {
  return rtl ? g.innerWidth + gap : -gap;
}

/**
 * text-anchor for a label beside the plot, so its edge nearest the plot sits at `sideLabelX`:
 * right edge in a left-to-right chart, left edge in a right-to-left one, whatever the label's own
 * direction (SVG anchors follow the text's direction).
 */
export function sideAnchor(rtl: boolean, labelDirection: 'ltr' | 'rtl'): 'start' | 'end' {
  return rtl === (labelDirection === 'rtl') ? 'end' : 'start';
}
