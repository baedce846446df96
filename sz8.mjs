import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {minify} from 'terser';
import {gzipSync} from 'node:zlib';
const input = process.argv[2];
const inline = process.argv[3] === 'inline';
const b = await rollup({input, plugins: [nodeResolve({exportConditions: ['production']})], onwarn() {}});
const {output} = await b.generate({format: 'esm', inlineDynamicImports: inline});
const entry = output.find((o) => o.isEntry);
const up = inline ? [entry] : [entry, ...output.filter((o) => entry.imports.includes(o.fileName))];
const rows = [];
for (const c of up) for (const [id, m] of Object.entries(c.modules)) {
  if (!m.code) continue;
  let min = m.code; try { min = (await minify(m.code, {module: true})).code ?? m.code; } catch {}
  rows.push([id.replace(/.*node_modules\//, 'nm:').replace(process.cwd() + '/dist/', ''), min.length]);
}
rows.sort((a, b) => b[1] - a[1]);
let t = 0; for (const r of rows) t += r[1];
console.log('sum min', t);
for (const r of rows.slice(0, 40)) console.log(String(r[1]).padStart(6), r[0]);
