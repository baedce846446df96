import type {StorybookConfig} from '@storybook/web-components-vite';

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
  ],
};
export default config;
