#!/usr/bin/env node
// Bundles the React 19 example (demo/react/app.jsx) into demo/react/dist/app.js with esbuild:
// esbuild reads JSX and React's CommonJS modules without Babel or extra plugins. The library is
// imported by its package name, as a partner would; inside this repository the name refers to
// the package itself (package.json "exports"), so it resolves to this checkout's dist/.
// Run by `npm run build` (after dist/ is built).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

if (!existsSync(here('../../dist/chart.js'))) {
  console.error('dist/chart.js is missing: run `npm run build` (tsc) first.');
  process.exit(1);
}

await build({
  entryPoints: [here('app.jsx')],
  outfile: here('dist/app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  legalComments: 'linked',
  // React and lit pick their production builds, as a partner's bundler would
  define: {'process.env.NODE_ENV': '"production"'},
  conditions: ['production'],
  logLevel: 'warning',
});
console.log('demo/react/dist/app.js written');
