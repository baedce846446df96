// Koa middleware for @web/test-runner's dev server: pages served under the strict CSP that
// CONTRACT §1 promises to work with, and the violation reports the browser sends back.
//   GET  /csp/<page>.html          a page (see PAGES) with the Content-Security-Policy header below;
//                                  serving a page clears the reports stored for it
//   GET  /csp/tt/<page>.html       the same page under CSP_POLICY_TT (adds Trusted Types for script
//                                  sinks, issue 7); its reports are stored as page `tt/<page>`
//   POST /csp/report               where the browser posts violation reports (report-uri)
//   GET  /csp/reports?page=<page>  the reports stored for that page (`elements`, `tt/elements`, …)
//   GET  /csp/negative.js          external script that sets a style attribute (blocked by style-src)
//   GET  /csp/negative-tt.js       external script that assigns a string to innerHTML (blocked by
//                                  require-trusted-types-for)
//   GET  /dist/…?raw, /test/fixtures/…?raw, /demo/data/…?raw   the file byte for byte, without the dev server's
//                                  transforms: the config's esbuild plugin rewrites every .js (target
//                                  es2022, inline source map), and with `json: true` it would serve
//                                  every .json as a JS module. The CSP pages need the bundle as shipped
//                                  and the fixture as a document for fetch(). A distinct URL, not a
//                                  Referer/Sec-Fetch-Dest switch: Chromium's HTTP cache would hand one
//                                  form to the other when both load at once.
// Pages carry no inline script or style of their own (except the negative control, on purpose).
// Everything stays on 127.0.0.1.
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

export const CSP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; report-uri /csp/report";
/** Issue 7's hardened policy: CSP_POLICY plus Trusted Types for every DOM XSS sink. */
export const CSP_POLICY_TT =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; report-uri /csp/report";

const FIXTURE_FILE = new URL('../fixtures/fault-monitor.json', import.meta.url);
const FIXTURE_URL = '/test/fixtures/fault-monitor.json?raw';
const BUNDLE_URL = '/dist/leiden-widgets.js?raw';
/** Leiden's real monitor document (districts, KPI indicators the built-in vision names). */
const DEMO_URL = '/demo/data/leiden-internationalisering.json?raw';
const PROBE_URL = '/test/fixtures/csp/probe.js';
const MAX_REPORT_BYTES = 64 * 1024;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RAW_DIRS = ['dist', 'test/fixtures', 'demo/data'].map((d) => resolve(ROOT, d) + sep);
const RAW_TYPES = {'.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json'};

/** Indicator ids of the fixture, read per request (another engineer owns the file). */
function fixtureIndicators() {
  try {
    const doc = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8'));
    return (doc.indicators ?? []).map((i) => String(i.id));
  } catch {
    return [];
  }
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A page: the probe module first, so it listens before anything else runs. */
const page = (title, body) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script type="module" src="${PROBE_URL}"></script>
</head>
<body>
${body}
</body>
</html>
`;

const PAGES = {
  // Two charts from the real drop-in bundle, as a CMS page would embed them.
  charts: () => {
    const [a = 'missing-indicator-1', b = a] = fixtureIndicators();
    const chart = (id) => `<leiden-monitor-chart src="${FIXTURE_URL}" indicator="${escapeAttr(id)}">` +
      `<a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-chart>`;
    return page('CSP: charts', `<script type="module" src="${BUNDLE_URL}"></script>\n${chart(a)}\n${chart(b)}`);
  },
  // Every element of the drop-in bundle, each with data that renders it ready. Elements carry an
  // id so the test can name them. <leiden-monitor> is in the markup either way: while the bundle
  // does not define it, it stays an inert unknown element and the test skips it (and says so).
  elements: () => {
    const link = '<a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a>';
    return page('CSP: every element', [
      `<script type="module" src="${BUNDLE_URL}"></script>`,
      `<leiden-monitor-chart id="chart" src="${DEMO_URL}" indicator="immigration-per-1000" filter="period=2023">${link}</leiden-monitor-chart>`,
      `<leiden-monitor-chart id="chart-line" src="${DEMO_URL}" indicator="international-migration">${link}</leiden-monitor-chart>`,
      `<leiden-monitor-kpi id="kpi" src="${DEMO_URL}" indicator="international-migration" filter="flow=arrival">${link}</leiden-monitor-kpi>`,
      `<p>Inline: <leiden-monitor-kpi id="kpi-inline" variant="inline" src="${DEMO_URL}" indicator="non-dutch-nationality"></leiden-monitor-kpi></p>`,
      `<leiden-monitor-map id="map" src="${DEMO_URL}" indicator="migration-background-districts-2017" filter="group=non-western">${link}</leiden-monitor-map>`,
      '<vision-goals id="vision" heading-level="2"></vision-goals>',
      `<vision-goals id="vision-kpis" monitor-src="${DEMO_URL}" lang="en"></vision-goals>`,
      `<leiden-monitor id="monitor" src="${DEMO_URL}">${link}</leiden-monitor>`,
    ].join('\n'));
  },
  // Negative control: proves the header is applied and reports arrive. Both lines must be blocked.
  negative: () => page('CSP: negative control',
    '<script>document.documentElement.dataset.inlineRan = "yes";</script>\n' +
    '<script type="module" src="/csp/negative.js"></script>\n<p id="target">target</p>'),
  // Negative control for Trusted Types (serve it as /csp/tt/negative-tt.html): a string assigned to
  // innerHTML must be blocked and reported.
  'negative-tt': () => page('CSP: Trusted Types negative control',
    '<script type="module" src="/csp/negative-tt.js"></script>\n<p id="target">target</p>'),
};

// Runs under the policy: setting a style attribute needs 'unsafe-inline' (CSSOM would not).
const NEGATIVE_JS = "document.getElementById('target').setAttribute('style', 'outline: 1px solid red');\n" +
  "document.documentElement.dataset.negativeRan = 'yes';\n";

// Runs under CSP_POLICY_TT: a plain string into an HTML sink needs a TrustedHTML.
const NEGATIVE_TT_JS = "const target = document.getElementById('target');\n" +
  "try { target.innerHTML = '<b>injected</b>'; document.documentElement.dataset.ttAssigned = 'yes'; }\n" +
  "catch (error) { document.documentElement.dataset.ttBlocked = error.name; }\n" +
  "document.documentElement.dataset.negativeRan = 'yes';\n";

/** `/csp/<name>.html` → `name`, `/csp/tt/<name>.html` → `tt/name`; undefined for anything else. */
function pageKey(pathname) {
  const match = pathname.match(/^\/csp\/(?:(tt)\/)?([\w-]+)\.html$/);
  return match ? (match[1] ? `tt/${match[2]}` : match[2]) : undefined;
}

/** The page key a report belongs to, from its document URL. */
function pageOf(report) {
  const uri = report?.['document-uri'] ?? report?.documentURL ?? report?.url ?? '';
  try {
    return pageKey(new URL(uri, 'http://x').pathname);
  } catch {
    return undefined;
  }
}

/** Reads a small request body (report-uri posts application/csp-report JSON). */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_REPORT_BYTES) break;
    chunks.push(chunk);
  }
  return chunks.map((c) => c.toString('utf8')).join('');
}

/** The file behind a `?raw` request below dist/ or test/fixtures/, if it exists. */
function rawFilePath(ctx) {
  if (ctx.method !== 'GET' || !('raw' in ctx.query)) return undefined;
  const file = resolve(ROOT, `.${ctx.path}`);
  const allowed = RAW_DIRS.some((dir) => file.startsWith(dir)) && RAW_TYPES[extname(file)];
  return allowed && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** report-uri sends {"csp-report": {...}}; the Reporting API sends [{type, body}, ...]. */
function parseReports(text) {
  const data = JSON.parse(text);
  if (Array.isArray(data)) return data.map((r) => r.body ?? r);
  return [data['csp-report'] ?? data];
}

export function cspPages() {
  const reports = new Map(); // page name -> reports

  const send = (ctx, type, body, status = 200) => {
    ctx.status = status;
    ctx.type = type;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  };

  return async (ctx, next) => {
    const path = ctx.path;
    const raw = rawFilePath(ctx);
    if (raw) return send(ctx, RAW_TYPES[extname(raw)], readFileSync(raw));
    if (!path.startsWith('/csp/')) return next();

    const key = pageKey(path);
    const trustedTypes = key?.startsWith('tt/') ?? false;
    const pageName = trustedTypes ? key.slice(3) : key;
    if (ctx.method === 'GET' && pageName && Object.hasOwn(PAGES, pageName)) {
      reports.set(key, []);
      ctx.set('Content-Security-Policy', trustedTypes ? CSP_POLICY_TT : CSP_POLICY);
      return send(ctx, 'text/html; charset=utf-8', PAGES[pageName]());
    }
    if (ctx.method === 'POST' && path === '/csp/report') {
      try {
        for (const report of parseReports(await readBody(ctx.req))) {
          const name = pageOf(report) ?? 'unknown';
          reports.set(name, [...(reports.get(name) ?? []), report]);
        }
      } catch {
        // a malformed report is still a sign something was blocked
        reports.set('unknown', [...(reports.get('unknown') ?? []), {malformed: true}]);
      }
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'GET' && path === '/csp/reports') {
      return send(ctx, 'application/json', JSON.stringify(reports.get(String(ctx.query.page)) ?? []));
    }
    if (ctx.method === 'GET' && path === '/csp/negative.js') {
      return send(ctx, 'text/javascript', NEGATIVE_JS);
    }
    if (ctx.method === 'GET' && path === '/csp/negative-tt.js') {
      return send(ctx, 'text/javascript', NEGATIVE_TT_JS);
    }
    return send(ctx, 'text/plain', `unknown CSP page or endpoint ${ctx.method} ${path}`, 404);
  };
}
