/**
 * Registers a custom element once. A second copy of the library on the same page (two bundles,
 * or a bundle next to an npm build) must not throw: the first definition wins, quietly.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & {warmUp?(): void}): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
  // What a first render would set up (ICU's number and date data, ~20 ms each in Chromium; the
  // chart's text measure) is done right after this task, while the data is being fetched: the
  // element's own `warmUp`, else a first number format.
  setTimeout(() => (ctor.warmUp ? ctor.warmUp() : new Intl.NumberFormat().format(0)));
}
