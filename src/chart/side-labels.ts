import type {Geometry} from './geometry.js';

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
