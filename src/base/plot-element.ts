import type {PropertyDeclarations, PropertyValues} from 'lit';
import {LeidenElement} from './leiden-element.js';
import {placeTooltip} from '../chart/tooltip.js';

/** Width drawn at while the element has none of its own (hidden, or zero wide). */
const FALLBACK_WIDTH = 600;

/**
 * What the chart and the map share around their plot: they draw at their own width (watched,
 * and measured once before the first drawing), place their tooltip after each render, and move
 * focus to the plot's Tab stop after a key moved it.
 */
export abstract class PlotElement extends LeidenElement {
  static override properties: PropertyDeclarations = {
    width: {state: true},
  };

  /** The element's width in CSS px; 0 until measured. */
  protected width = 0;

  // Width drives layout; height follows from width and data only. The observer watches a block of
  // no height at the top of the shadow root, as wide as the element: a re-render changes the
  // element's height but not that block's size, so it can run in the observer's own turn (this
  // frame) without the browser reporting a resize loop.
  readonly #gauge = document.createElement('div');
  readonly #resizeObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[entries.length - 1].contentRect.width);
    if (width > 0 && Math.abs(width - this.width) >= 2) this.width = width;
  });

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(this.#gauge); // lit renders after it
    return root;
  }

  #focusAfterRender = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this.#gauge);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  protected override measureLayout(): void {
    this.plotWidth();
  }

  /**
   * The width to draw at. Before the ResizeObserver has reported it measures once (in
   * measureLayout, or here when the element was near the viewport before it had data), so the
   * first drawing is not redone at the real width (a 100 000-point line would be laid out twice).
   */
  protected plotWidth(): number {
    if (!this.width) this.width = Math.floor(this.clientWidth);
    return this.width || FALLBACK_WIDTH;
  }

  /** After the coming render, focus the plot's Tab stop (the mark or area a key moved to). */
  protected focusAfterRender(): void {
    this.#focusAfterRender = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    placeTooltip(this.renderRoot);
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.renderRoot.querySelector<SVGElement>('.plot [tabindex="0"]')?.focus();
    }
  }
}
