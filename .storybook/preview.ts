import {html} from 'lit';
import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with {type: 'json'};
import {isElementDeclaration} from '../scripts/manifest-elements.mjs';
import '../demo/themes/dark.css';
import './preview.css';

/**
 * Autodocs reads the Custom Elements Manifest. Two repairs before handing it over:
 * - elements registered through `defineElement(tag, Class)` have no `tagName` in the manifest
 *   (the analyzer only sees `customElements.define` and `@customElement`), so the tag is derived
 *   from the class name (`LeidenMonitorChart` → `leiden-monitor-chart`), the library's convention;
 * - private and protected members (internal `@state()`s) are dropped from the props table.
 */
interface Member {
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: {name?: string};
  members?: Member[];
}
interface Manifest {
  modules?: {declarations?: Declaration[]}[];
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function withTagNames(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!isElementDeclaration(declaration)) continue;
      declaration.customElement = true;
      declaration.tagName ??= kebab(declaration.name);
      declaration.members = declaration.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
    }
  }
  return copy;
}

setCustomElementsManifest(withTagNames(manifest as Manifest));

/**
 * Language and theme toolbars. The elements speak the language of the nearest `lang` (own,
 * ancestor, `<html>`, then nl), not a global @lit/localize locale, so the toolbar only sets `lang`:
 * on a wrapper (which a story's own `lang` arg still overrides) and on `<html>`.
 */
const withLanguageAndTheme: Decorator = (story, {globals}) => {
  const locale = globals.locale === 'en' ? 'en' : 'nl';
  document.documentElement.lang = locale;
  const theme = globals.theme === 'dark' ? 'leiden-dark' : 'theme-light';
  return html`<div class="story-root ${theme}" lang=${locale}>${story()}</div>`;
};

/** Parts, CSS properties, slots and events are documentation, not args: no control for them. */
const NO_CONTROL = new Set(['css custom properties', 'css shadow parts', 'slots', 'events']);
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const documentationOnly: ArgTypesEnhancer = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      NO_CONTROL.has(String(argType.table?.category)) ? {...argType, control: false as const} : argType,
    ]),
  );

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguageAndTheme],
  argTypesEnhancers: [documentationOnly],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true, sort: 'requiredFirst'},
  },
  globalTypes: {
    locale: {
      description: 'Taal / language (sets lang)',
      toolbar: {
        icon: 'globe',
        dynamicTitle: true,
        items: [
          {value: 'nl', right: 'nl', title: 'Nederlands'},
          {value: 'en', right: 'en', title: 'English'},
        ],
      },
    },
    theme: {
      description: 'Thema / theme (--leiden-color-* tokens)',
      toolbar: {
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          {value: 'light', icon: 'sun', title: 'Light'},
          {value: 'dark', icon: 'moon', title: 'Dark'},
        ],
      },
    },
  },
  initialGlobals: {locale: 'nl', theme: 'light'},
};
export default preview;
