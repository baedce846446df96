/**
 * The keyboard model of a plot: one Tab stop; arrows move between points of a series and
 * between series, in visual order; Home/End jump to the ends; PageUp/PageDown move by a tenth
 * of the series, so long series are not tedious. Modified keys are left to the browser.
 */
export interface Cursor {
  s: number;
  c: number;
}

export interface KeyContext {
  nSeries: number;
  nCategories: number;
  /** categories run top to bottom (horizontal bars) rather than left to right */
  horizontal: boolean;
  rtl?: boolean;
  /** categories an arrow key moves: 1, or more on dense lines so each press moves visibly */
  step?: number;
}

/** The cursor after `key`, or undefined when the key is not ours. */
export function moveCursor(cursor: Cursor, key: string, ctx: KeyContext, modifiers = false): Cursor | undefined {
  if (modifiers) return undefined;
  const {nSeries, nCategories, horizontal} = ctx;
  const step = Math.max(1, ctx.step ?? 1);
  const next = (dc: number, ds: number): Cursor => ({
    s: clamp(cursor.s + ds, nSeries),
    c: clamp(cursor.c + dc * (dc === 1 || dc === -1 ? step : 1), nCategories),
  });
  const forward = ctx.rtl ? -1 : 1;
  const page = Math.max(1, Math.round(nCategories / 10));
  switch (key) {
    case 'ArrowRight':
      return horizontal ? next(0, forward) : next(forward, 0);
    case 'ArrowLeft':
      return horizontal ? next(0, -forward) : next(-forward, 0);
    case 'ArrowDown':
      return horizontal ? next(1, 0) : next(0, 1);
    case 'ArrowUp':
      return horizontal ? next(-1, 0) : next(0, -1);
    case 'Home':
      return {s: cursor.s, c: 0};
    case 'End':
      return {s: cursor.s, c: nCategories - 1};
    case 'PageDown':
      return next(page, 0);
    case 'PageUp':
      return next(-page, 0);
    default:
      return undefined;
  }
}

function clamp(i: number, n: number): number {
  return Math.max(0, Math.min(n - 1, i));
}
