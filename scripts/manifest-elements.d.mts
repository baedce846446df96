// Types of scripts/manifest-elements.mjs for the TypeScript that imports it (tests, Storybook).
export declare const ELEMENT_BASE_CLASSES: ReadonlySet<string>;
interface Declaration {
  kind?: string;
  name?: string;
  customElement?: boolean;
  tagName?: string;
  superclass?: {name?: string};
}
export declare function isElementDeclaration<T extends Declaration>(declaration: T): declaration is T & {name: string};
