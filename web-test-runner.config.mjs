import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {countsReporter} from './scripts/counts-reporter.mjs';
import {faultServer} from './test/helpers/fault-server.mjs';
import {cdpPlugin} from './test/helpers/cdp-plugin.mjs';
import {cspPages} from './test/helpers/csp-pages.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // tsconfig is required: without it esbuild leaves the decorators untransformed
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), cdpPlugin()],
  middleware: [faultServer(), cspPages()],
  // one page at a time: a background tab gets no animation frames, which fixture() waits for
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // test files run side by side in tabs; keep background tabs' timers and frames running
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    report: true,
    reportDir: 'coverage',
  },
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countsReporter()],
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
