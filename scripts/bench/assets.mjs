// Builds what the benchmark pages load, into bench-results/ (git-ignored):
//   assets/ours/    dist/chart.js bundled as a partner's bundler would (rollup.config.mjs's bundlePlugins)
//   assets/dropin/  dist/leiden-widgets.js as built (the one-file drop-in a CMS page loads)
//   assets/chartjs/ `chart.js/auto` bundled the same way (ESM, every controller registered)
//   assets/plot/    `@observablehq/plot` (with the d3 modules it uses): esbuild joins it, then the same way
//   assets/bare/    the reference chart scripts/bench/bare-chart.js (lit + d3, no features), the same way
//   data/*.json     the monitor documents every library draws (same bytes for every library)
// and measures the bytes each library's page loads up front (min and gzip level 9).
import {Buffer} from 'node:buffer';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build as esbuild} from 'esbuild';
import {rollup} from 'rollup';
import {APP_BUNDLE_OPTIONS, bundlePlugins, onwarn} from '../../rollup.config.mjs';

const sizes = (code) => {
  const buf = Buffer.from(code, 'utf8');
  return {min: buf.length, gzip: gzipSync(buf, {level: 9}).length};
};

/** Bundles `input` into `outDir` (ESM, code-split like an app bundler). Returns the up-front
 *  bytes: the entry chunk plus the chunks it imports statically (dynamic imports load on demand). */
async function bundle(input, outDir) {
  rmSync(outDir, {recursive: true, force: true});
  const build = await rollup({input, plugins: bundlePlugins(), onwarn, ...APP_BUNDLE_OPTIONS});
  try {
    const {output} = await build.write({dir: outDir, format: 'esm', entryFileNames: 'entry.js', chunkFileNames: '[name]-[hash].js'});
    const chunks = output.filter((o) => o.type === 'chunk');
    const entry = chunks.find((c) => c.isEntry);
    const upFront = [entry, ...chunks.filter((c) => !c.isEntry && entry.imports.includes(c.fileName))];
    const lazy = chunks.filter((c) => !upFront.includes(c));
    return {
      ...sizes(upFront.map((c) => c.code).join('\n')),
      lazy: lazy.map((c) => ({file: c.fileName, ...sizes(c.code)})),
    };
  } finally {
    await build.close();
  }
}

function writeEntry(file, code) {
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, code);
  return file;
}

/** Builds every library's bundle. `root` is the repository root. */
export async function buildLibraries(root, out) {
  const dist = join(root, 'dist', 'chart.js');
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run npm run build first (npm run bench does)`);
  const src = join(out, 'assets', 'src');
  const ours = await bundle(dist, join(out, 'assets', 'ours'));
  const chartjs = await bundle(writeEntry(join(src, 'chartjs.js'), "import Chart from 'chart.js/auto';\nexport {Chart};\n"), join(out, 'assets', 'chartjs'));
  // Plot uses one CommonJS package (interval-tree-1d), which rollup cannot read without the
  // commonjs plugin: esbuild (already a dev dependency) joins Plot and its dependencies into one
  // unminified ES module first, then rollup + terser minify it exactly as the others.
  const plotJoined = join(src, 'plot-joined.js');
  await esbuild({
    stdin: {contents: "import * as Plot from '@observablehq/plot';\nexport {Plot};\n", resolveDir: root, loader: 'js'},
    bundle: true, format: 'esm', minify: false, legalComments: 'none', outfile: plotJoined, logLevel: 'error',
  });
  const plot = await bundle(plotJoined, join(out, 'assets', 'plot'));
  const bare = await bundle(join(root, 'scripts', 'bench', 'bare-chart.js'), join(out, 'assets', 'bare'));
  const dropIn = join(root, 'dist', 'leiden-widgets.js');
  if (!existsSync(dropIn)) throw new Error(`${dropIn} is missing: run npm run build first (npm run bench does)`);
  const dropInCode = readFileSync(dropIn, 'utf8');
  writeEntry(join(out, 'assets', 'dropin', 'entry.js'), dropInCode);
  const umd = join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');
  const plotUmd = join(root, 'node_modules', '@observablehq', 'plot', 'dist', 'plot.umd.min.js');
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    ours: {...ours, what: '`dist/chart.js` + lit + d3 modules, bundled with rollup + terser (bundlePlugins)'},
    dropin: {...sizes(dropInCode), what: 'the drop-in `dist/leiden-widgets.js` as built: every element and locale in one file'},
    chartjs: {...chartjs, what: `\`chart.js/auto\` ${version('chart.js')}, bundled the same way`},
    plot: {...plot, what: `\`@observablehq/plot\` ${version('@observablehq/plot')} + its d3 modules, joined by esbuild, then rollup + terser`},
    bare: {...bare, what: 'the reference `scripts/bench/bare-chart.js`: lit + d3-scale, d3-shape, d3-array, bundled the same way'},
    extra: [
      existsSync(umd) && {name: 'Chart.js: `dist/chart.umd.min.js` (CDN build)', ...sizes(readFileSync(umd, 'utf8'))},
      existsSync(plotUmd) && {name: 'Plot: `dist/plot.umd.min.js` (CDN build; needs d3 loaded separately)', ...sizes(readFileSync(plotUmd, 'utf8'))},
    ].filter(Boolean),
  };
}

// ---- data ----------------------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so every run draws the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (v) => Math.round(v * 10) / 10;
const AREAS = [
  {id: 'GM0546', label: 'Leiden'},
  {id: 'GM0503', label: 'Delft'},
  {id: 'GM0344', label: 'Utrecht'},
  {id: 'GM0014', label: 'Groningen'},
];
const YEARS = Array.from({length: 10}, (_, i) => String(2015 + i));

function monitor(id, dimensions, indicators) {
  return {
    format: 'leiden-monitor',
    version: 1,
    id,
    title: {nl: 'Benchmarkgegevens', en: 'Benchmark data'},
    source: {name: {nl: 'Synthetisch (scripts/bench)', en: 'Synthetic (scripts/bench)'}},
    updated: '2026-11-26',
    dimensions,
    indicators,
  };
}

const periodAreaDimensions = {
  period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
  area: {label: {nl: 'Gebied', en: 'Area'}, categories: AREAS},
};

function periodAreaIndicator(id, next) {
  return {
    id,
    label: {nl: `Indicator ${id}`, en: `Indicator ${id}`},
    unit: 'percent',
    decimals: 1,
    dimensions: ['period', 'area'],
    observations: YEARS.flatMap((period) => AREAS.map((area) => ({period, area: area.id, value: round1(5 + next() * 20)}))),
  };
}

/** 4 areas × 10 years: the grouped bar chart. */
function barDocument() {
  const next = random(7);
  return monitor('bench-bar', periodAreaDimensions, [periodAreaIndicator('bar', next)]);
}

/** One series of `n` points along a declared (non-time) dimension `t`. */
function lineDocument(n) {
  const next = random(n);
  const categories = Array.from({length: n}, (_, i) => ({id: String(i + 1)}));
  let v = 50;
  const observations = categories.map(({id}) => {
    v = Math.max(0, v + (next() - 0.5) * 4);
    return {t: id, value: round1(v)};
  });
  return monitor(`bench-line-${n}`, {t: {label: {nl: 'Meetpunt', en: 'Point'}, categories}}, [
    {id: 'line', label: {nl: `Reeks van ${n} punten`, en: `Series of ${n} points`}, unit: 'count', decimals: 1, dimensions: ['t'], observations},
  ]);
}

/** One monitor with 10 indicators (4 areas × 10 years each): the 1/10/50-chart pages. */
function pageDocument() {
  const next = random(42);
  return monitor('bench-page', periodAreaDimensions, Array.from({length: 10}, (_, i) => periodAreaIndicator(`ind-${i}`, next)));
}

/** Writes the data files the scenarios name; returns {file: bytes}. */
export function writeData(out, scenarios) {
  const dir = join(out, 'data');
  mkdirSync(dir, {recursive: true});
  const written = {};
  for (const s of scenarios) {
    if (written[s.data]) continue;
    const doc = s.data === 'bar.json' ? barDocument() : s.data === 'page.json' ? pageDocument() : lineDocument(s.points);
    const text = JSON.stringify(doc);
    writeFileSync(join(dir, s.data), text);
    written[s.data] = Buffer.byteLength(text);
  }
  return written;
}
