/**
 * Registers a custom element once. A second copy of the library on the same page (two bundles,
 * or a bundle next to an npm build) must not throw: the first definition wins, quietly.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
  // A page's first Intl.NumberFormat loads ICU's number data (about 20 ms in Chromium): built
  // right after this task, while the elements' data is being fetched, not in their first render.
  setTimeout(() => new Intl.NumberFormat().format(0));
}
