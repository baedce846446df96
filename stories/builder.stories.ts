/**
 * The embed builder (demo/builder.html) as a story: the real page in an iframe, so what designers
 * and editors see here is exactly what the page does. It loads the built drop-in bundle from
 * dist/ (`npm run build` before `npm run build-storybook`; `npm test` does both in that order).
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';

const meta: Meta = {
  title: 'Tools/Embed builder',
  tags: ['!autodocs'],
  parameters: {layout: 'fullscreen'},
  render: () => html`<iframe
    src="demo/builder.html"
    title="Insluitcode maken (demo/builder.html)"
    width="100%"
    height="1600"
  ></iframe>`,
};
export default meta;

/** Pick data, indicator, type, filter, language and theme; copy the HTML, iframe, React or Vue snippet. */
export const Builder: StoryObj = {};
