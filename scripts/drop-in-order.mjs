// Searches for an order of src/drop-in.ts's imports that makes the drop-in smaller after gzip
// (which only matches repeats within 32 KB). Run after `npm run build`; prints each improvement
// and the best order found. A local search from the current order: moves, adds and drops one
// import at a time. `node scripts/drop-in-order.mjs [trials]` (default 60, ~5 s each).
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import config from '../rollup.config.mjs';

const CANDIDATES = [
  './kpi.js', './chart.js', './map.js', './vision-goals.js', './monitor.js',
  './data/validate.js', './data/jsonstat.js', './data/retry.js', './data/stale-store.js',
  './chart/csv.js', './chart/export.js', './chart/keyboard.js', './chart/mirror.js', './chart/decimate.js', './chart/notes.js',
  './geo/leiden-wijken.js', './generated/locales/en.js', './generated/locales/ar.js',
];
const ENTRY = 'dist/.drop-in-order.js';
const current = [...readFileSync('src/drop-in.ts', 'utf8').matchAll(/^import '(\.[^']+)';$/gm)].map((m) => m[1]);

let cache;
async function gzipped(order) {
  writeFileSync(ENTRY, order.map((m) => `import '${m}';`).join('\n') + "\nexport * from './index.js';\n");
  const options = {...config()[0], input: ENTRY, cache};
  const bundle = await rollup(options);
  cache = bundle.cache;
  const {output} = await bundle.generate({...options.output, sourcemap: false});
  return gzipSync(output[0].code, {level: 9}).length;
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const at = (n) => Math.floor(Math.random() * (n + 1));
let best = current;
let bestSize = await gzipped(best);
console.log(`current order: ${bestSize} bytes`);
for (let trial = 0; trial < Number(process.argv[2] ?? 60); trial++) {
  const order = [...best];
  const unused = CANDIDATES.filter((m) => !order.includes(m));
  const move = Math.random();
  if (move < 0.5 && order.length > 1) order.splice(at(order.length - 1), 0, ...order.splice(at(order.length - 1), 1));
  else if (move < 0.8 && unused.length) order.splice(at(order.length), 0, pick(unused));
  else if (order.length) order.splice(at(order.length - 1), 1);
  const size = await gzipped(order);
  if (size < bestSize) {
    [best, bestSize] = [order, size];
    console.log(`trial ${trial}: ${size} bytes`);
  }
}
rmSync(ENTRY, {force: true});
console.log(`best: ${bestSize} bytes\n${best.map((m) => `import '${m}';`).join('\n')}`);
