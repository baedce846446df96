/**
 * demo/embed.html: one <leiden-monitor-chart> from the query string, for CMSs that strip scripts
 * and take an iframe instead (the embed builder writes the iframe).
 *
 *   embed.html?src=data/leiden-internationalisering.json&indicator=international-migration
 *             &type=line&filter=area%3DGM0546&lang=en&theme=dark&heading-level=2
 *
 * `src` is resolved against this page. The page posts its height to the parent whenever it
 * changes: `{type: 'leiden-embed-height', height}` (CSS pixels), so the parent can size the
 * iframe (see the listener in the README and in the builder's iframe snippet).
 */
const TYPES = new Set(['auto', 'bar', 'column', 'line', 'table']);
const params = new URLSearchParams(location.search);
const root = document.getElementById('embed');

const chart = document.createElement('leiden-monitor-chart');
const src = params.get('src');
if (src) {
  // only http(s) documents (fetch would refuse anything else anyway)
  const url = new URL(src, location.href);
  if (url.protocol === 'http:' || url.protocol === 'https:') chart.setAttribute('src', url.href);
}
for (const name of ['indicator', 'filter']) {
  const value = params.get(name);
  if (value) chart.setAttribute(name, value);
}
const type = params.get('type');
if (type && TYPES.has(type)) chart.setAttribute('type', type);
const lang = params.get('lang');
if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) {
  chart.setAttribute('lang', lang);
  document.documentElement.lang = lang;
}
const heading = params.get('heading-level');
if (heading && /^[1-6]$/.test(heading)) chart.setAttribute('heading-level', heading);
if (params.get('theme') === 'dark') document.documentElement.dataset.leidenTheme = 'dark';

const fallback = document.createElement('a');
fallback.href = 'https://leiden.incijfers.nl/';
fallback.textContent = lang?.startsWith('en') ? 'The figures are on Leiden in Cijfers' : 'De cijfers staan op Leiden in Cijfers';
chart.append(fallback);
root.replaceChildren(chart);

// Tell the parent (if any) how tall the content is, whenever that changes.
let last = -1;
const report = () => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({type: 'leiden-embed-height', height}, '*');
};
new ResizeObserver(report).observe(root);
chart.addEventListener('monitor-load', report);
chart.addEventListener('monitor-error', report);
