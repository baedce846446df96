// Scenarios, the HTML pages that draw them, and the loopback server that serves them.
//
// Every page: one `.chart` box (800 px wide) per chart, the bench stylesheet, a JSON config block
// (data, not script: allowed under CSP), the library's harness from scripts/bench/browser/ and the
// library bundle from bench-results/assets/. Our pages are served with the strict CSP of
// scripts/serve.mjs (what a partner CMS sends); the peers' pages without one (Plot writes an
// inline <style>, which that CSP blocks).
import {Buffer} from 'node:buffer';
import {createReadStream} from 'node:fs';
import {mkdirSync, writeFileSync} from 'node:fs';
import {realpath, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, resolve, sep} from 'node:path';
import {CSP} from '../serve.mjs';

export const LIBS = ['ours', 'dropin', 'chartjs', 'plot', 'bare'];
export const LIB_NAMES = {ours: 'ours', dropin: 'ours, drop-in', chartjs: 'Chart.js', plot: 'Plot', bare: 'bare lit + d3'};
/** Our two forms: the npm entry bundled by a partner, and the one-file drop-in as built. */
export const OURS = ['ours', 'dropin'];

const periodArea = (indicator, type) => ({indicator, type, category: 'period', series: 'area'});
const line = {indicator: 'line', type: 'line', category: 't', series: null};

/** The scenarios, in report order. `charts`: what each chart on the page shows. */
export const SCENARIOS = [
  {id: 'bar', title: 'grouped bars 4×10', data: 'bar.json', charts: [periodArea('bar', 'column')]},
  ...[100, 1000, 10000, 100000].map((points) => ({
    id: `line-${points >= 1000 ? `${points / 1000}k` : points}`,
    title: `line, ${points.toLocaleString('en')} points`,
    data: `line-${points}.json`,
    points,
    charts: [line],
  })),
  ...[1, 10, 50].map((n) => ({
    id: `page-${n}`,
    title: `page of ${n} chart${n > 1 ? 's' : ''} (one monitor)`,
    data: 'page.json',
    charts: Array.from({length: n}, (_, k) => periodArea(`ind-${k % 10}`, 'line')),
  })),
];

export const WIDTH = 800;
export const NARROW_WIDTH = 600;

const harness = (lib) => `/scripts/bench/browser/${lib === 'dropin' ? 'ours' : lib}.js`;
const bundle = (lib) => `/bench-results/assets/${lib}/entry.js`;

function escapeAttr(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML of one page. mode `nav`: the page loads and draws by itself (ours: the markup a CMS
 *  editor pastes, `src` on every element); mode `render`: the page fetches the data and waits for
 *  the driver to call `__benchApi.render()`. */
function pageHtml(lib, scenario, mode) {
  const config = {lib, scenario: scenario.id, mode, data: `/bench-results/data/${scenario.data}`, charts: scenario.charts, width: WIDTH, narrowWidth: NARROW_WIDTH};
  const boxes = scenario.charts
    .map((c) =>
      OURS.includes(lib) && mode === 'nav'
        ? `<div class="chart"><leiden-monitor-chart src="${escapeAttr(config.data)}" indicator="${escapeAttr(c.indicator)}" type="${escapeAttr(c.type)}"></leiden-monitor-chart></div>`
        : '<div class="chart"></div>',
    )
    .join('\n');
  // the harness goes first: it must listen before the first `monitor-load`
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>bench ${lib} ${scenario.id} ${mode}</title>
<link rel="stylesheet" href="/scripts/bench/browser/bench.css">
<script type="application/json" id="bench-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script type="module" src="${harness(lib)}"></script>
<script type="module" src="${bundle(lib)}"></script>
</head>
<body>
<main id="charts">
${boxes}
</main>
</body>
</html>
`;
}

/** Writes every page (and a blank one for the baseline heap); returns their paths under root. */
export function writePages(out, scenarios) {
  const dir = join(out, 'pages');
  mkdirSync(dir, {recursive: true});
  const pages = {};
  for (const scenario of scenarios) {
    for (const lib of LIBS) {
      for (const mode of ['nav', 'render']) {
        const name = `${lib}-${scenario.id}-${mode}.html`;
        writeFileSync(join(dir, name), pageHtml(lib, scenario, mode));
        pages[`${lib}/${scenario.id}/${mode}`] = `/bench-results/pages/${name}`;
      }
    }
  }
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n');
  pages.blank = '/bench-results/pages/blank.html';
  return pages;
}

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8'};

/** A static server for `root` on 127.0.0.1 (any free port): GET only, no caching, CSP on our
 *  pages only. Returns {origin, close}. */
export async function startBenchServer(root) {
  const realRoot = await realpath(resolve(root));
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = resolve(realRoot, '.' + path);
      const real = await realpath(file).catch(() => null);
      const info = real && (await stat(real));
      if (req.method !== 'GET' || !real || !(real === realRoot || real.startsWith(realRoot + sep)) || !info.isFile()) {
        res.writeHead(404, {'Content-Type': 'text/plain'});
        res.end('Not Found\n');
        return;
      }
      const headers = {'Content-Type': TYPES[extname(real)] ?? 'application/octet-stream', 'Content-Length': info.size, 'Cache-Control': 'no-store'};
      if (/\/pages\/(ours|dropin)-[^/]*\.html$/.test(path)) headers['Content-Security-Policy'] = CSP;
      res.writeHead(200, headers);
      createReadStream(real).on('error', () => res.destroy()).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end(Buffer.alloc(0));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      }),
  };
}
