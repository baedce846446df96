import type {CSSResult} from 'lit';

/**
 * Adds `styles` to the adopted style sheets of `root` (once): for code that arrives after the
 * element's first render with rules of its own (the table, series notes). Constructable sheets,
 * so no `style-src 'unsafe-inline'` is needed.
 */
export function adoptLateStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
