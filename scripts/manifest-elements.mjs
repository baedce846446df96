// Which classes of custom-elements.json are our elements: shared by the docs generator
// (scripts/docs-from-manifest.mjs), Storybook's manifest (.storybook/preview.ts) and the theming
// test. Plain ES module, no Node built-ins, so the browser can load it too.

/** Our abstract bases: their members show on each element, they are no element themselves. */
export const ELEMENT_BASE_CLASSES = new Set(['LeidenElement', 'PlotElement']);

const ELEMENT_SUPERCLASSES = new Set([...ELEMENT_BASE_CLASSES, 'LitElement', 'HTMLElement']);

/** A declaration is one of our elements: a class marked as one, or extending a base, not a base itself. */
export function isElementDeclaration(declaration) {
  if (declaration.kind !== 'class' || !declaration.name || ELEMENT_BASE_CLASSES.has(declaration.name)) return false;
  return Boolean(declaration.customElement || declaration.tagName || ELEMENT_SUPERCLASSES.has(declaration.superclass?.name ?? ''));
}
