/** Average glyph width of the 12px UI font: the estimate where nothing can be measured. */
export const CHAR_WIDTH = 6.8;

/** Width in px of a label as drawn. */
export type MeasureText = (text: string) => number;

/** The estimate: CHAR_WIDTH per character (no DOM needed). */
export const estimateWidth: MeasureText = (text) => Array.from(text).length * CHAR_WIDTH;

/** Cuts `text` to fit `width` px, ending with "…" so the cut is visible. */
export function truncateLabel(text: string, width: number, measure: MeasureText = estimateWidth): string {
  // the epsilon keeps a label whose room was computed from its own width (61.19999…) whole
  if (measure(text) <= width + 1e-6) return text;
  const chars = Array.from(text);
  let keep = chars.length - 1;
  while (keep > 1 && measure(chars.slice(0, keep).join('').trimEnd() + '…') > width + 1e-6) keep--;
  return chars.slice(0, keep).join('').trimEnd() + '…';
}
