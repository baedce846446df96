/**
 * Label widths as the browser will draw them: the plot's font measured on a canvas, plus the
 * letter and word spacing a reader's style sheet may add (WCAG 1.4.12). Margins and truncation
 * then leave room for what is really drawn, whatever the font.
 */
import {estimateWidth, type MeasureText} from './truncate.js';

let canvas: CanvasRenderingContext2D | null | undefined;
/** The font last set on the canvas: setting it again costs a parse of the font string. */
let canvasFont = '';
const context = () => (canvas ??= document.createElement('canvas').getContext('2d'));

/**
 * Sets up the canvas and the default plot font (`--leiden-font-family` starts with system-ui)
 * before a first render needs them: a page's first measure costs 3–20 ms in Chromium. The chart's
 * other fonts too, at the default 16 px: figure.styles.ts's title (1.125em, 700), the text, and its
 * 0.875em and 0.8125em lines (legend, source). Chromium asks its browser process about each size
 * once per page (~0.7 ms), and the first layout would wait for all four. Change these with those.
 */
export function warmMeasure(fontSizePx: number): void {
  const context2d = context();
  if (context2d)
    for (const font of ['700 18px', '16px', '14px', '13px', fontSizePx + 'px']) {
      context2d.font = canvasFont = font + ' system-ui';
      context2d.measureText('0');
    }
}

/** A measure for text of `fontSizePx` inside `host` (read once: call it per render). */
export function labelMeasure(host: Element, fontSizePx: number): MeasureText {
  const context2d = context();
  if (!context2d) return estimateWidth;
  const style = getComputedStyle(host);
  // inherited spacing arrives in px, computed at the host's font size: at least what the labels get
  const letter = parseFloat(style.letterSpacing) || 0;
  const word = parseFloat(style.wordSpacing) || 0;
  const font = `${fontSizePx}px ${style.fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (canvasFont !== font) context2d.font = canvasFont = font;
      width = context2d.measureText(text).width + letter * Array.from(text).length + word * (text.split(' ').length - 1);
      widths.set(text, width);
    }
    return width;
  };
}
