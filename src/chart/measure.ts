/**
 * Label widths as the browser will draw them: the plot's font measured on a canvas, plus the
 * letter and word spacing a reader's style sheet may add (WCAG 1.4.12). Margins and truncation
 * then leave room for what is really drawn, whatever the font.
 */
import {estimateWidth, type MeasureText} from './truncate.js';

let canvas: CanvasRenderingContext2D | null | undefined;
/** The font last set on the canvas: setting it again costs a parse of the font string. */
let canvasFont = '';

/** A measure for text of `fontSizePx` inside `host` (read once: call it per render). */
export function labelMeasure(host: Element, fontSizePx: number): MeasureText {
  canvas ??= document.createElement('canvas').getContext('2d');
  const context = canvas;
  if (!context) return estimateWidth;
  const style = getComputedStyle(host);
  // inherited spacing arrives in px, computed at the host's font size: at least what the labels get
  const letter = parseFloat(style.letterSpacing) || 0;
  const word = parseFloat(style.wordSpacing) || 0;
  const font = `${fontSizePx}px ${style.fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (canvasFont !== font) context.font = canvasFont = font;
      const chars = Array.from(text);
      const spaces = chars.filter((ch) => ch === ' ').length;
      width = context.measureText(text).width + letter * chars.length + word * spaces;
      widths.set(text, width);
    }
    return width;
  };
}
