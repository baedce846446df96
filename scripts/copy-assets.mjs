// Copies the non-TypeScript files the package ships (JSON schemas, shipped geodata) from src/ to
// dist/, keeping their relative paths. tsc only emits what TS imports, so these need a step.
// Usage: node scripts/copy-assets.mjs [srcDir] [outDir]   (defaults: src dist)
import {copyFileSync, existsSync, mkdirSync, readdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

// Extensions of files under src/ that belong in dist/. Add here when a new kind of asset appears.
const ASSET_EXTENSIONS = ['.json', '.geojson', '.topojson'];
// Generated TS lives here and is compiled, not copied.
const SKIP_DIRS = new Set(['generated']);

/** All asset files below `dir`, depth first, in a stable order. */
function* assets(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* assets(path);
    } else if (ASSET_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      yield path;
    }
  }
}

function main([srcDir = 'src', outDir = 'dist'] = []) {
  if (!existsSync(srcDir)) {
    console.error(`copy-assets: ${srcDir}/ not found (run from the package root)`);
    return 1;
  }
  let copied = 0;
  for (const from of assets(srcDir)) {
    const to = join(outDir, relative(srcDir, from));
    mkdirSync(dirname(to), {recursive: true});
    copyFileSync(from, to);
    copied++;
  }
  console.log(`copy-assets: ${copied} file(s) from ${srcDir}/ to ${outDir}/`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
