import {existsSync} from 'node:fs';
import type {StorybookConfig} from '@storybook/web-components-vite';

/** The built drop-in bundle, for the embed builder story (demo/builder.html loads ../dist/). It
 *  exists after `npm run build`; without it Storybook still builds and that one story says so. */
const hasBundle = existsSync(new URL('../dist/leiden-widgets.js', import.meta.url));

/**
 * Storybook 10 for the Leiden monitor widgets (TOOLING §7). Offline by design: no telemetry,
 * no "what's new" fetch. Stories load the real demo data through static dirs, so a story can say
 * `src="data/leiden-internationalisering.json"` exactly as a partner page would.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  staticDirs: [
    {from: '../demo/data', to: '/data'},
    {from: '../test/fixtures', to: '/fixtures'},
    // the embed builder story shows demo/builder.html in an iframe
    {from: '../demo', to: '/demo'},
    ...(hasBundle ? [{from: '../dist', to: '/dist'}] : []),
  ],
};
export default config;
