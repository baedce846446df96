#!/usr/bin/env node
// `npm run bench`: our <leiden-monitor-chart> against Chart.js and Observable Plot, side by side in
// one run of Debian Chromium, over pages served on 127.0.0.1. Not part of `npm test`.
//
//   node scripts/bench/run.mjs [--runs 5] [--only bar,line-1k] [--libs ours,chartjs] [--timeout 60] [--out FILE]
//   node scripts/bench/run.mjs --report-only [--out FILE]   # rewrite the report from bench-results/results.json
//
// Needs `npm run build` first (npm run bench does it). Writes bench-results/ (git-ignored: bundles,
// data, pages, results.json) and the Markdown report: BENCHMARKS.md for a full run (every scenario
// and library, at least 5 runs), else bench-results/BENCHMARKS.partial.md, or --out.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildLibraries, writeData} from './assets.mjs';
import {LIBS, LIB_NAMES, NARROW_WIDTH, OURS, SCENARIOS, WIDTH, startBenchServer, writePages} from './pages.mjs';
import {Timeout, launch, measureBlank, measureNav, measureRender} from './measure.mjs';
import {median, resultsTable, sizesTable, targetsTable} from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'bench-results');

function parseArgs(argv) {
  const opts = {runs: 5, only: undefined, libs: LIBS, timeout: 60, out: undefined};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') opts.runs = Number(value());
    else if (flag === '--only') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--libs') opts.libs = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--timeout') opts.timeout = Number(value());
    else if (flag === '--out') opts.out = value();
    else if (flag === '--report-only') opts.reportOnly = true;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown option ${argv[i]} (try --help)`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > 50) throw new Error('--runs must be a whole number from 1 to 50');
  if (!(opts.timeout >= 1 && opts.timeout <= 600)) throw new Error('--timeout must be 1–600 seconds');
  const unknownLib = opts.libs.find((l) => !LIBS.includes(l));
  if (unknownLib) throw new Error(`unknown library ${unknownLib} (known: ${LIBS.join(', ')})`);
  const known = SCENARIOS.map((s) => s.id);
  const unknown = opts.only?.find((id) => !known.includes(id));
  if (unknown) throw new Error(`unknown scenario ${unknown} (known: ${known.join(', ')})`);
  return opts;
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', {encoding: 'utf8'}).trim();
  } catch {
    // os.cpus() then
  }
  return {nproc, model, memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`};
}

const load = () => loadavg().map((v) => v.toFixed(2)).join(', ');
const log = (text) => process.stderr.write(text + '\n');

const push = (cell, key, value) => (cell[key] ??= []).push(value);
const fmt = (v, unit = 'ms') => (typeof v !== 'number' ? String(v) : unit === 'MB' ? `${(v / 1024 / 1024).toFixed(2)} MB` : `${v.toFixed(1)} ms`);

/** One measurement, with timeouts and failures recorded instead of thrown. */
async function attempt(what, fn) {
  try {
    return {ok: await fn()};
  } catch (error) {
    const timeout = error instanceof Timeout;
    log(`  ${what}: ${timeout ? 'TIMEOUT' : 'FAILED'}: ${error.message.split('\n')[0]}`);
    return {failed: timeout ? 'timeout' : 'error', message: error.message};
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 10).join('\n').replace(/^\/\/ ?/gm, ''));
    return 0;
  }
  if (opts.reportOnly) return reportOnly(opts.out);
  const scenarios = opts.only ? SCENARIOS.filter((s) => opts.only.includes(s.id)) : SCENARIOS;
  const libs = LIBS.filter((l) => opts.libs.includes(l));
  const full = scenarios.length === SCENARIOS.length && libs.length === LIBS.length && opts.runs >= 5;
  const outFile = resolve(ROOT, opts.out ?? (full ? 'BENCHMARKS.md' : join('bench-results', 'BENCHMARKS.partial.md')));
  const timeoutMs = opts.timeout * 1000;
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const started = new Date();
  const loadBefore = load();

  mkdirSync(OUT, {recursive: true});
  log('bench: bundling the libraries and writing data and pages into bench-results/ …');
  const sizes = await buildLibraries(ROOT, OUT);
  const dataBytes = writeData(OUT, scenarios);
  const pages = writePages(OUT, scenarios);
  const server = await startBenchServer(ROOT);
  const browser = await launch(executablePath);
  const results = {};
  const problems = [];
  let blank;
  let chromium;
  try {
    chromium = await browser.version();
    log(`bench: ${chromium}, ${opts.runs} run(s) per measurement, timeout ${opts.timeout} s, load average ${loadBefore}`);
    blank = await measureBlank(browser, server.origin + pages.blank);
    // warm-up: the first pages of a new browser are slower (process start, disk cache of the binary)
    for (const lib of libs) await attempt(`warm-up ${lib}`, () => measureNav(browser, `${server.origin}${pages[`${lib}/${scenarios[0].id}/nav`]}`, timeoutMs));

    for (const scenario of scenarios) {
      results[scenario.id] = {};
      const gaveUp = {};
      for (let run = 0; run < opts.runs; run++) {
        // rotate the order, so no library always runs first (or right after the heaviest)
        const order = libs.map((_, i) => libs[(i + run) % libs.length]);
        for (const lib of order) {
          const cell = (results[scenario.id][lib] ??= {});
          const what = `${scenario.id} ${LIB_NAMES[lib]} run ${run + 1}/${opts.runs}`;
          const line = [];
          if (gaveUp[`${lib}/nav`]) {
            for (const key of ['nav', 'navAll', 'heap']) push(cell, key, 'timeout');
          } else {
            const nav = await attempt(`${what} nav`, () => measureNav(browser, server.origin + pages[`${lib}/${scenario.id}/nav`], timeoutMs));
            if (nav.ok) {
              for (const key of ['nav', 'navAll', 'shown', 'heap', 'nodes', 'cspViolations']) push(cell, key, nav.ok[key]);
              line.push(`nav ${fmt(nav.ok.nav)}`, `heap ${fmt(nav.ok.heap, 'MB')}`);
            } else {
              for (const key of ['nav', 'navAll', 'heap']) push(cell, key, nav.failed);
              problems.push(`${what} nav: ${nav.message}`);
              if (nav.failed === 'timeout') gaveUp[`${lib}/nav`] = true;
            }
          }
          if (gaveUp[`${lib}/render`]) {
            for (const key of ['render', 'renderSync', 'renderCpu', 'resize', 'resizeSync']) push(cell, key, 'timeout');
          } else {
            const r = await attempt(`${what} render`, () => measureRender(browser, server.origin + pages[`${lib}/${scenario.id}/render`], timeoutMs));
            if (r.ok) {
              for (const key of ['render', 'renderSync', 'renderLoaded', 'renderShown', 'renderCpu', 'resize', 'resizeSync']) push(cell, key, r.ok[key]);
              line.push(`render ${fmt(r.ok.render)}`, `resize ${fmt(r.ok.resize)}`);
            } else {
              for (const key of ['render', 'renderSync', 'renderCpu', 'resize', 'resizeSync']) push(cell, key, r.failed);
              problems.push(`${what} render: ${r.message}`);
              if (r.failed === 'timeout') gaveUp[`${lib}/render`] = true;
            }
          }
          if (line.length) log(`  ${what}: ${line.join(', ')}`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const loadAfter = load();
  const finished = new Date();
  const env = {
    ...machine(),
    chromium,
    chromiumPath: executablePath,
    node: process.version,
    started: started.toISOString(),
    minutes: ((finished - started) / 60000).toFixed(1),
    loadBefore,
    loadAfter,
    command: `${process.env.npm_lifecycle_event === 'bench' ? 'npm run bench (= npm run build && ' : ''}node scripts/bench/run.mjs${process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : ''}${process.env.npm_lifecycle_event === 'bench' ? ')' : ''}`,
  };
  const markdown = renderMarkdown({env, opts, scenarios, libs, results, sizes, dataBytes, blank, problems, full});
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({env, opts, sizes, dataBytes, blank, results, problems}, null, 1));
  mkdirSync(dirname(outFile), {recursive: true});
  writeFileSync(outFile, markdown);
  console.log(markdown);
  log(`bench: wrote ${relative(ROOT, outFile)} and bench-results/results.json`);
  return 0;
}

/** Writes the report again from the last run's bench-results/results.json (no measuring). */
function reportOnly(out) {
  const saved = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
  const scenarios = saved.opts.only ? SCENARIOS.filter((s) => saved.opts.only.includes(s.id)) : SCENARIOS;
  const libs = LIBS.filter((l) => saved.opts.libs.includes(l));
  const full = scenarios.length === SCENARIOS.length && libs.length === LIBS.length && saved.opts.runs >= 5;
  const outFile = resolve(ROOT, out ?? (full ? 'BENCHMARKS.md' : join('bench-results', 'BENCHMARKS.partial.md')));
  const markdown = renderMarkdown({...saved, scenarios, libs, full});
  writeFileSync(outFile, markdown);
  console.log(markdown);
  log(`bench: rewrote ${relative(ROOT, outFile)} from bench-results/results.json`);
  return 0;
}

function renderMarkdown({env, opts, scenarios, libs, results, sizes, dataBytes, blank, problems, full}) {
  const cpuLoad = (avg) => Number(avg.split(',')[0]) / Number(env.nproc);
  const busy = cpuLoad(env.loadBefore) > 0.5 || cpuLoad(env.loadAfter) > 0.5;
  const ours = (scenario, key) => median((results[scenario]?.ours?.[key] ?? []).filter((x) => typeof x === 'number'));
  const csp = scenarios.flatMap((s) => results[s.id]?.ours?.cspViolations ?? []);
  const loadedVsFinal = scenarios
    .filter((s) => ours(s.id, 'renderLoaded') !== undefined)
    .map((s) => `${s.id} ${ours(s.id, 'renderLoaded').toFixed(0)} / ${ours(s.id, 'renderSync').toFixed(0)} ms`)
    .join('; ');
  const deferred = scenarios
    .filter((s) => s.charts.length > 1 && ours(s.id, 'shown') !== undefined)
    .map((s) => `${s.id}: ${ours(s.id, 'shown')} of ${s.charts.length} on navigation, ${median(results[s.id]?.ours?.renderShown ?? []) ?? '–'} of ${s.charts.length} in render only`)
    .join('; ');
  const nodes = scenarios
    .map((s) => `${s.id}: ${libs.map((l) => `${LIB_NAMES[l]} ${median(results[s.id]?.[l]?.nodes ?? []) ?? '–'}`).join(', ')}`)
    .join('; ');
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  return `# Benchmarks

${full ? '' : '**Partial run** (not every scenario or library, or fewer than 5 runs): not the reference numbers.\n\n'}Our \`<leiden-monitor-chart>\` (as the npm entry and as the drop-in) against [Chart.js](https://www.chartjs.org/) and
[Observable Plot](https://observablehq.com/plot/), the same data drawn by each, in one run of the
same browser, with a *bare lit + d3* chart as the reference: our stack with none of our features.
Generated by \`scripts/bench/run.mjs\`; do not edit by hand (run \`npm run bench\`).

- Date: ${env.started} (took ${env.minutes} min)
- Command: \`${env.command}\`
- Machine: ${env.nproc} CPU(s) (\`nproc\`), ${env.model}, ${env.memory} RAM
- Browser: ${env.chromium} (\`${env.chromiumPath}\`, headless, ${opts.runs} run(s) per measurement, each in a fresh browser context)
- Node ${env.node}
- Load average (1, 5, 15 min) before: ${env.loadBefore}; after: ${env.loadAfter}.${busy ? ` **The machine was shared and loaded** (other processes were running builds and tests): absolute times are inflated and noisy; the ratios, measured interleaved in the same minutes, are the more meaningful figures.` : ''}

## Bytes loaded

${sizesTable(sizes, libs)}

Data (the same monitor JSON for every library, fetched once per page): ${Object.entries(dataBytes).map(([f, b]) => `\`${f}\` ${kib(b)}`).join(', ')}.

## Results

Medians of ${opts.runs} run(s), times in ms with the fastest–slowest run in small print, heap in MB; the ratios are of the medians. A ratio below 1 means ours is smaller or faster.

${resultsTable(results, scenarios, libs, opts.timeout)}

## Issue 7's targets

${libs.some((l) => OURS.includes(l)) && libs.includes('chartjs') ? targetsTable(results, scenarios, opts.timeout, libs) : 'Not measured (needs ours and Chart.js).'}

## How it is measured

- **Pages.** One 800 px wide box per chart, served on 127.0.0.1 with \`Cache-Control: no-store\`; viewport 1280×900 at device pixel ratio 1. Our pages are served with the strict CSP of \`scripts/serve.mjs\` (\`default-src 'self'; script-src 'self'; style-src 'self'\`)${csp.length ? `; CSP violations on our pages: ${csp.reduce((a, b) => a + b, 0)} in ${csp.length} page loads` : ''}. The peers' pages have no CSP (Plot writes an inline \`<style>\`).
- **Ours, two ways.** *ours* is the npm entry \`dist/chart.js\` bundled (rollup + terser) as a partner's bundler would: only the chart's code; *ours, drop-in* is \`dist/leiden-widgets.js\` as built, the one file a CMS page loads with one script tag: every element and every locale, so more to load and compile. Both warm up \`Intl.NumberFormat\` right after the elements are defined (a page's first one loads ICU's data, about 20 ms), while the data is being fetched. (V8's explicit compile hint, \`//# allFunctionsCalledOnLoad\`, was tried on the drop-in: it took a third off a first chart's render but made loading slower and the heap larger, as most of the drop-in is other elements' code; so it is not used.)
- **Ours (both)**: The *navigation* pages hold the markup a CMS editor pastes: every \`<leiden-monitor-chart>\` has the same \`src\` (one shared fetch); *render* pages create the elements and set \`.data\` to the parsed document, so render time includes our validation and model building. The bar chart is \`type="column"\` (vertical grouped bars, like Chart.js's \`bar\` and Plot's \`barY\`); the line charts are \`type="line"\`, drawn with whatever the built element draws for that many points (focusable markers; long series may be decimated for drawing: see the DOM node counts below).
- **Chart.js** loads \`chart.js/auto\` bundled the same way; each chart is \`new Chart(canvas, {type, data, options: {animation: false, plugins: {title}}})\` with its defaults otherwise (responsive, points drawn, no decimation).
- **Plot** loads \`@observablehq/plot\` bundled the same way; bars are \`Plot.barY\` faceted by category (\`fx\`), lines \`Plot.line\` (no point markers), each with a title and, for several series, a colour legend. Plot is not responsive, so a ResizeObserver re-plots a box at its new width.
- **bare lit + d3** (\`scripts/bench/bare-chart.js\`, bundled the same way) is the floor of our stack: a LitElement with shadow DOM drawing, with d3-scale and d3-shape, what the peers draw (title, y axis with grid lines, category labels, bars or lines, legend) and nothing else: no keyboard, summary, table or ARIA, no localisation (its tick labels are plain \`String(number)\`, so it never pays for loading ICU's data as \`Intl\` does), no validation, no loading or error states, no decimation, no text measuring. It draws through the peers' flow and follows its box's width with a ResizeObserver, like ours. In *Issue 7's targets* its column shows what the stack itself reaches against each target; it is not judged. What ours costs on top of it is what its features cost.
- **The peers** fetch the same JSON and turn it into their own input (labels and datasets; tidy rows) with a few lines of page code (\`scripts/bench/browser/common.js\`); in *render only* that conversion is done beforehand, ours gets the raw document.
- **Navigation → painted:** from navigation start to the frame after every chart *in the viewport* has rendered (double \`requestAnimationFrame\`; when a harness sees the charts rendered from inside a frame's \`requestAnimationFrame\` callbacks, as ours often does while it polls for the render, that frame paints them and one more \`requestAnimationFrame\` marks it produced); ours waits for its elements' re-render at the box's real width too. Our elements defer charts more than 1000 px below the viewport until the reader scrolls near them; the peers draw every chart at once. Charts of ours drawn when "painted" was taken (median): ${deferred || '–'}. **→ all charts rendered:** the same, until every chart on the page has rendered (ours: the \`beforeprint\` event, which draws every deferred chart, is dispatched right after "painted"; for the peers it equals "painted").
- **Render only → painted:** from handing the data to the library (creating the element / canvas / plot) to the frame after it rendered at its final size (double rAF). Every library's drawing is followed, in the same task, by a forced layout: the peers draw synchronously; ours draw in the microtasks of that task, and the harness awaits their \`updateComplete\` before it looks (it used to look only after a MutationObserver's message, which let the browser's frame run first with our layout inside it; Chromium then produced the next frame ~17 ms later, a delay the peers never paid). **→ laid out:** the same start, until the library's work is done and a forced layout has run, without waiting for a frame; this removes the up-to-two-frame (≈ 17–33 ms) quantisation of "painted". **Main-thread CPU:** the renderer main thread's CPU time (CDP \`Performance.getMetrics\` \`ThreadTime\`, thread ticks) over the render-only measurement: what the render costs regardless of how busy the machine is; it leaves out raster and compositor threads. Ours may render twice here: at a default width as soon as it has data, then at 800 px a frame later when its ResizeObserver has spoken; median time to every visible element \`state=ready\` / to laid out at the final width: ${loadedVsFinal || '–'}.
- **Re-render after resize:** the boxes narrow from ${WIDTH} to ${NARROW_WIDTH} px; until every chart has re-rendered at the new width (ours: ResizeObserver → next frame → re-render; Chart.js: its own ResizeObserver; Plot: re-plot; bare lit + d3: its ResizeObserver → re-render) plus a double rAF.
- **JS heap:** on the navigation page after every chart has rendered (ours: after the \`beforeprint\` above), two \`HeapProfiler.collectGarbage\`, then CDP \`Runtime.getHeapUsage\` (used size). It includes the page's harness; a blank page uses ${blank ? `${(blank.heap / 1024 / 1024).toFixed(2)} MB` : '–'}. Ours keeps its model of the document (for the table, CSV and keyboard summary); the peers keep only their chart state. DOM nodes after render (median): ${nodes}.
- **Timeouts:** each measurement has ${opts.timeout} s; after a timeout the remaining runs of that library and scenario are skipped and reported as timeouts.
- Chromium flags: \`${'--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-background-timer-throttling --disable-renderer-backgrounding --disable-backgrounding-occluded-windows'}\`.
${problems.length ? `\n## Problems during the run\n\n${problems.slice(0, 20).map((p) => `- ${p.split('\n')[0]}`).join('\n')}${problems.length > 20 ? `\n- … and ${problems.length - 20} more` : ''}\n` : ''}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  },
);
