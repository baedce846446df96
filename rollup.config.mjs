// Rollup bundles the JavaScript that `tsc -p tsconfig.json` already emitted into dist/, so no TS
// plugin is involved and the bundle sees exactly what npm users get. The unbundled dist/*.js entry
// points stay as tsc wrote them (bare imports of lit/d3): they are the npm artifact. Here we only
// make the single-file drop-in for CMS pages.
import {existsSync, readFileSync} from 'node:fs';
import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {compactMessages} from './scripts/compact-messages.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export function onwarn(warning, warn) {
  // tsc's __decorate helper starts with `(this && this.__decorate)`: harmless at module scope
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // a dependency rollup can't find would stay a bare import: the drop-in would break in browsers
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
}

/** The plugins a partner's bundler would apply too; scripts/size-check.mjs reuses them. */
export function bundlePlugins({compress = {}, mangle = true} = {}) {
  return [
    // 'production' picks lit's prod build (no dev-mode warning, smaller)
    nodeResolve({exportConditions: ['production']}),
    json({preferConst: true}),
    // keep only `/*!` comments (our banner): lit's per-file @license blocks would add ~1 KiB
    terser({ecma: 2022, module: true, compress, mangle, format: {comments: /^!/}}),
  ];
}

/**
 * How an app bundler treats an entry that has lazy chunks (Vite builds apps with
 * `preserveEntrySignatures: false`): the entry chunk may hold, and export, the code its lazy
 * chunks share. Rollup's default for libraries keeps the entry's exports exact, so the entry becomes
 * a one-line facade re-exporting another chunk: one more request before anything runs.
 * ('allow-extension', not false: the entry's own exports stay, which false would drop.)
 * scripts/size-check.mjs and the bench bundle our entries this way.
 */
export const APP_BUNDLE_OPTIONS = {preserveEntrySignatures: 'allow-extension'};

// Third-party code is inlined, so name it and its licences in the one comment we keep.
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles lit, @lit/localize (BSD-3-Clause), d3 (ISC) */`;

const DROP_IN_INPUT = 'dist/drop-in.js';

// d3-array ships one pre-bundled file whose top-level `bisector(…)`, `Blur2(…)` and `shuffler(…)` calls
// rollup must keep (they could have side effects); they have none, and we use only ticks and nice.
const D3_ARRAY_PURE_FUNCTIONS = ['bisector', 'Blur2', 'shuffler'];
// The `unsafe_*` transforms assume what holds for our code and lit's: no function expression or
// object method is called with `new`, and no compared value has a side-effecting valueOf. (Not
// `unsafe`: it turns String(x) into ""+x, which throws for a Symbol thrown by a data getter.)
// lit's packages name their shared internals `_$…` (kept across packages, which may come from
// different builds); in the drop-in every package is ours, built once, so they can be shortened.
// So can the protected members of our base classes, which only our own elements call or override
// (not part of the contract: the manifest and docs leave protected members out). A name added here
// must never be read by string; test/bundle.test.ts draws every element from the drop-in.
const DROP_IN_PROTECTED = [
  ...['renderReady', 'readyOutcome', 'loadedIndicator', 'measureLayout', 'renderStale', 'renderLoading', 'renderError', 'prepare', 'need'],
  ...['locale', 'loader', 'plotWidth', 'focusAfterRender', 'whileLoading'],
  // LocaleController's own fields (its `lang` and `dir` share their names with HTMLElement's)
  ...['textLang', 'uiLocale'],
];
const DROP_IN_MANGLE = {properties: {regex: new RegExp(`^_\\$|^(${DROP_IN_PROTECTED.join('|')})$`)}};
const DROP_IN_COMPRESS = {passes: 3, unsafe_methods: true, unsafe_arrows: true, unsafe_comps: true};

export default () => {
  // Fail with a hint instead of rollup's generic "Could not resolve entry module".
  if (!existsSync(DROP_IN_INPUT)) {
    throw new Error(`${DROP_IN_INPUT} is missing: run \`tsc -p tsconfig.json\` first (npm run build does).`);
  }
  return [
    {
      input: DROP_IN_INPUT,
      output: {
        file: 'dist/leiden-widgets.js',
        format: 'esm',
        // one file: the lazily loaded locale modules are inlined too
        inlineDynamicImports: true,
        // the inlined modules' namespace objects are ours alone: no need to freeze them
        freeze: false,
        sourcemap: true,
        banner,
      },
      // our own build, so it may squeeze harder than we assume a partner's bundler does
      plugins: [compactMessages(), ...bundlePlugins({compress: DROP_IN_COMPRESS, mangle: DROP_IN_MANGLE})],
      treeshake: {manualPureFunctions: D3_ARRAY_PURE_FUNCTIONS},
      onwarn,
    },
  ];
};
