/** Average glyph width of the 12px UI font, for layout without measuring the DOM. */
export const CHAR_WIDTH = 6.8;

/** Cuts `text` to fit `width` px, ending with "…" so the cut is visible. */
export function truncateLabel(text: string, width: number): string {
  // the epsilon keeps a label whose room was computed from its own width (61.19999…) whole
  const max = Math.max(1, Math.floor(width / CHAR_WIDTH + 1e-6));
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}

export function labelWidth(text: string): number {
  return Array.from(text).length * CHAR_WIDTH;
}
