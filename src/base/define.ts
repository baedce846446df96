import {warmUpNumberFormat} from '../i18n/format.js';

let warmedUp = false;

/**
 * Registers a custom element once. A second copy of the library on the same page (two bundles,
 * or a bundle next to an npm build) must not throw: the first definition wins, quietly.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
  if (!warmedUp) {
    warmedUp = true;
    warmUpNumberFormat();
  }
}
