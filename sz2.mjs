import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
const b = await rollup({input: process.argv[2], plugins: [nodeResolve({exportConditions: ['production']})], onwarn() {}});
const {output} = await b.generate({format: 'esm'});
const entry = output.find((o) => o.isEntry);
const up = [entry, ...output.filter((o) => entry.imports.includes(o.fileName))];
const rows = up.flatMap((c) => Object.entries(c.modules)).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength]).filter((r) => r[1] > 0).sort((a, b) => b[1] - a[1]);
for (const r of rows) console.log(String(r[1]).padStart(7), r[0]);
