/** What every element's stories share: the demo data, attribute helpers and the common controls. */
import {html} from 'lit';
import type {ArgTypes, Decorator} from '@storybook/web-components-vite';

/** The demo monitor (real data; served at /data by .storybook/main.ts). */
export const DEMO = 'data/leiden-internationalisering.json';

/** An empty control value leaves the attribute out. */
export const attr = (value: string | number | undefined) => (value === undefined || value === '' ? undefined : String(value));

/** The `lang` control. */
export const langArg: ArgTypes[string] = {
  control: {type: 'select', labels: {'': '(inherit)'}},
  options: ['', 'nl', 'en', 'en-GB', 'ar', 'de'],
  description: 'BCP 47 tag; empty: inherit (the toolbar sets the wrapper and `<html>`).',
  table: {category: 'attributes'},
};

/** The `heading-level` control; `none` says what the element shows without it. */
export function headingLevelArg(none: string, description: string): ArgTypes[string] {
  return {control: {type: 'select', labels: {'': `(none: ${none})`}}, options: ['', 1, 2, 3, 4, 5, 6], description};
}

/**
 * Rows autodocs takes from the manifest that need no control: the properties behind the attributes
 * (and `extra` ones of an element), and read-only state.
 */
export function documentedOnly(...extra: string[]): ArgTypes {
  return Object.fromEntries(['headingLevel', 'timeout', 'state', 'error', ...extra].map((name) => [name, {control: false}]));
}

/** A phone- or card-width column. */
export const narrow: Decorator = (story) => html`<div class="story-narrow">${story()}</div>`;
