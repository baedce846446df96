#!/usr/bin/env node
// `npm run demo-data`: regenerates demo/data/ from the real files in ../shared/data/real/
// (override: env LEIDEN_SHARED_DATA) with the package's own CLI, so the demo's numbers trace back
// to their sources through the same tool publishers use.
//
// 1. `leiden-monitor convert` reads the CBS files directly (metadata in demo/data-src/):
//    population and international-migration (CBS population dynamics, TypedDataSet CSV) and
//    migration-background-districts-2017 (CBS wijk- en buurtkaart 2017, wijken + gemeente).
// 2. scripts/build-demo-data.mjs --rest-to builds what is not a plain copy of a CBS table: the
//    derived immigration-per-1000, the published monitor figures and the flagged sample data.
// 3. `leiden-monitor convert --merge` combines them (order and labels: demo/data-src/monitor.meta.json)
//    and `leiden-monitor validate` checks the results. Needs dist/cli (tsc -p tsconfig.cli.json).

import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.LEIDEN_SHARED_DATA ? resolve(process.env.LEIDEN_SHARED_DATA) : resolve(ROOT, '../shared/data/real');
const SRC = join(ROOT, 'demo', 'data-src');
const OUT = join(ROOT, 'demo', 'data');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

const run = (command, ...args) => {
  console.log(`$ ${command} ${args.map((a) => a.replace(ROOT + '/', '').replace(SHARED, '$SHARED')).join(' ')}`);
  execFileSync(process.execPath, [command, ...args], {cwd: ROOT, stdio: 'inherit'});
};
const leidenMonitor = (...args) => run(CLI, ...args);

const work = mkdtempSync(join(tmpdir(), 'leiden-demo-data-'));
try {
  leidenMonitor('convert', join(SHARED, 'cbs-bevolkingsontwikkeling-2012-2023', 'leiden_region_population_dynamics_2012_2023.csv'),
    '--meta', join(SRC, 'cbs-population-dynamics.meta.json'), '--out', join(work, 'cbs-dynamics.json'));
  leidenMonitor('convert', join(SHARED, 'cbs-open-data-v4-2017', 'leiden_wijken_2017.csv'),
    '--meta', join(SRC, 'cbs-wijken-2017.meta.json'), '--out', join(work, 'cbs-wijken-2017.json'));
  leidenMonitor('convert', join(SHARED, 'cbs-open-data-v4-2017', 'leiden_gemeente_2017.csv'),
    '--meta', join(SRC, 'cbs-gemeente-2017.meta.json'), '--out', join(work, 'cbs-gemeente-2017.json'));
  run(join(ROOT, 'scripts', 'build-demo-data.mjs'), '--rest-to', join(work, 'rest.json'));
  leidenMonitor('convert', '--merge', '--meta', join(SRC, 'monitor.meta.json'), '--out', join(OUT, 'leiden-internationalisering.json'),
    join(work, 'cbs-dynamics.json'), join(work, 'rest.json'), join(work, 'cbs-wijken-2017.json'), join(work, 'cbs-gemeente-2017.json'));
  leidenMonitor('validate', join(OUT, 'leiden-internationalisering.json'), join(OUT, 'non-dutch-nationality.json'));
} finally {
  rmSync(work, {recursive: true, force: true});
}
