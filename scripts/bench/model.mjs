#!/usr/bin/env node
// `npm run bench:model`: how long the data layer takes to check and index a big monitor, and how
// much heap its model holds (issue "Performance": 300 indicators × 30 periods × 100 areas "validates
// and indexes in well under a second"). Not part of `npm test`.
//
//   node scripts/bench/model.mjs [--from dist] [--runs 5] [--indicators 300] [--periods 30] [--areas 100]
//
// --from: the compiled library (`npm run build` writes dist/; or `npx tsc -p tsconfig.json --outDir
// /tmp/dm-out` and --from /tmp/dm-out). Prints the median of the runs for each step:
//   validate        validateMonitor(doc): the detailed validator (what the CLI and `validateMonitor` run)
//   normalize+index normalizeMonitor(doc) and the first lookup of every indicator (which builds its index)
//   toModel         toModel(doc) + the first lookups: what a page pays once per document
//   model heap      JS heap the model holds after GC (the document itself not counted)
//   model buffers   typed-array memory the model holds (outside the JS heap: counted separately)
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {performance} from 'node:perf_hooks';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

function parseArgs(argv) {
  const opts = {from: 'dist', runs: 5, indicators: 300, periods: 30, areas: 100};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    opts[key] = key === 'from' ? argv[i + 1] : Number(argv[i + 1]);
  }
  return opts;
}

/** Park–Miller: the same document on every run and machine. */
function random(seed) {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** `indicators` × `periods` × `areas` observations; every 97th value missing (confidential). */
export function bigMonitor({indicators, periods, areas}) {
  const next = random(2024);
  const areaIds = Array.from({length: areas}, (_, i) => `WK0546${String(i).padStart(4, '0')}`);
  const periodIds = Array.from({length: periods}, (_, i) => String(2000 + i));
  let n = 0;
  return {
    format: 'leiden-monitor',
    version: 1,
    id: 'bench-model',
    title: {nl: 'Benchmark', en: 'Benchmark'},
    dimensions: {
      period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
      area: {label: {nl: 'Gebied', en: 'Area'}, role: 'geo', categories: areaIds.map((id) => ({id, label: `Wijk ${id.slice(-4)}`}))},
    },
    indicators: Array.from({length: indicators}, (_, k) => ({
      id: `ind-${k}`,
      label: {nl: `Indicator ${k}`, en: `Indicator ${k}`},
      unit: 'percent',
      decimals: 1,
      dimensions: ['period', 'area'],
      observations: periodIds.flatMap((period) =>
        areaIds.map((area) => (++n % 97 === 0 ? {period, area, value: null, status: 'confidential'} : {period, area, value: Math.round(next() * 1000) / 10})),
      ),
    })),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn) {
  const start = performance.now();
  fn();
  return {ms: performance.now() - start};
}

/** The first lookup of every indicator builds its index: part of "indexes". */
function touchIndexes(model) {
  for (const indicator of model.indicators) indicator.observation({period: '2000', area: 'x'});
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const lib = pathToFileURL(resolve(opts.from, 'data')).href;
  const {validateMonitor} = await import(`${lib}/validate.js`);
  const {normalizeMonitor} = await import(`${lib}/normalize.js`);
  const {toModel} = await import(`${lib}/to-model.js`);
  const rows = {validate: [], 'normalize+index': [], toModel: [], 'model heap': [], 'model buffers': []};
  let observations = 0;
  for (let run = 0; run < opts.runs; run++) {
    let doc = bigMonitor(opts);
    observations = doc.indicators.reduce((sum, {observations: list}) => sum + list.length, 0);
    rows.validate.push(time(() => validateMonitor(doc)).ms);
    rows['normalize+index'].push(time(() => touchIndexes(normalizeMonitor(doc))).ms);
    doc = bigMonitor(opts); // a new object: toModel remembers the models of documents it has seen
    gc();
    const before = process.memoryUsage();
    const start = performance.now();
    let model = toModel(doc);
    touchIndexes(model);
    rows.toModel.push(performance.now() - start);
    gc();
    const after = process.memoryUsage();
    rows['model heap'].push((after.heapUsed - before.heapUsed) / 2 ** 20);
    rows['model buffers'].push((after.arrayBuffers - before.arrayBuffers) / 2 ** 20);
    if (model.indicators.length !== opts.indicators) throw new Error('the model lost indicators');
    // let both go before the next run's baseline
    model = undefined;
    doc = undefined;
    gc();
  }
  console.log(`${opts.indicators} indicators × ${opts.periods} periods × ${opts.areas} areas = ${observations.toLocaleString('en')} observations; median of ${opts.runs} runs (Node ${process.version}, from ${opts.from}/)`);
  for (const [name, values] of Object.entries(rows)) {
    const unit = name.startsWith('model ') ? 'MB' : 'ms';
    console.log(`  ${name.padEnd(16)} ${median(values).toFixed(unit === 'MB' ? 1 : 0).padStart(7)} ${unit}   (runs: ${values.map((v) => v.toFixed(unit === 'MB' ? 1 : 0)).join(', ')})`);
  }
}

await main();
