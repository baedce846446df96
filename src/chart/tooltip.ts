import {html, type TemplateResult} from 'lit';

/**
 * The tooltip box of a chart or map, anchored at (x, y) CSS px inside its positioned parent.
 * aria-hidden: the focused point's or area's own name already says all of this. The position is
 * applied through the CSSOM by `placeTooltip()` after render (CSP-safe, unlike a `style` attribute).
 */
export function renderTooltip(x: number, y: number, content: TemplateResult): TemplateResult {
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" data-x=${x} data-y=${y}>${content}</div>`;
}

/** Moves the rendered tooltip (if any) in `root` to its anchor; call it from `updated()`. */
export function placeTooltip(root: ParentNode): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  if (!tip) return;
  tip.style.left = `${tip.dataset.x}px`;
  tip.style.top = `${tip.dataset.y}px`;
}
