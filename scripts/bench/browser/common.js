// Browser side of `npm run bench`, shared by every library's harness. Plain ES module,
// no inline code (our pages run under a strict CSP). The driver (scripts/bench/measure.mjs)
// exposes `__benchReport(json)` before the page loads and calls `__benchApi.render()` /
// `__benchApi.resize()` on render pages.
/* global performance, requestAnimationFrame, MutationObserver, MessageChannel, fetch */

export const config = JSON.parse(document.getElementById('bench-config').textContent);
export const boxes = () => [...document.querySelectorAll('.chart')];

let violations = 0;
document.addEventListener('securitypolicyviolation', () => violations++);

export function report(type, payload = {}) {
  const send = window.__benchReport;
  const message = JSON.stringify({type, cspViolations: violations, ...payload});
  if (typeof send === 'function') send(message);
  else console.log('bench', message);
}

window.addEventListener('error', (e) => report('error', {message: String(e.message ?? e.error)}));
window.addEventListener('unhandledrejection', (e) => report('error', {message: String(e.reason?.stack ?? e.reason)}));

/** Resolves after the frame following now has been produced (double requestAnimationFrame). */
export const afterPaint = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));

/**
 * The same moment, called from inside a frame's requestAnimationFrame callbacks (see waitFor):
 * the frame being produced already shows the DOM as it is, so the next frame's callback marks it
 * produced. A double rAF there would wait for one frame more than afterPaint does from a task.
 */
export const afterPaintFrom = (inFrame) => (inFrame ? new Promise((ok) => requestAnimationFrame(ok)) : afterPaint());

/** Forces style and layout of the whole document (including shadow trees). */
export const forceLayout = () => document.body.getBoundingClientRect().height;

/**
 * Resolves once `condition()` holds, checking after changes of a `width`, `data-w` or `state` attribute
 * under `roots` (the document plus any shadow roots) and on every frame. Rejects after `timeoutMs`.
 * A burst of changes (many charts rendering in one task) is checked once, right after the task:
 * a condition that measures layout would otherwise force one layout of the page per chart,
 * harness cost that no library should be charged with.
 * Resolves to true when the condition was met in a frame's requestAnimationFrame callback (the
 * caller then waits for the frame with afterPaintFrom), false when it was met in a task.
 */
export function waitFor(condition, roots = [], timeoutMs = 120000) {
  if (condition()) return Promise.resolve(false);
  return new Promise((ok, fail) => {
    let done = false;
    const afterTask = new MessageChannel();
    let queued = false;
    afterTask.port1.onmessage = () => {
      queued = false;
      check();
    };
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      afterTask.port2.postMessage(null);
    });
    for (const root of [document.body, ...roots]) observer.observe(root, {subtree: true, attributeFilter: ['width', 'data-w', 'state']});
    const start = performance.now();
    function finish(error, inFrame) {
      done = true;
      observer.disconnect();
      afterTask.port1.close();
      if (error) fail(error);
      else ok(inFrame);
    }
    function check(inFrame = false) {
      if (done) return;
      if (condition()) finish(undefined, inFrame);
      else if (performance.now() - start > timeoutMs) finish(new Error('waitFor timed out'));
    }
    const frame = () => {
      check(true);
      if (!done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Times `work(t0)` (which draws): `syncMs` until its promise settles and layout is done, `ms`
 *  until the frame after that is produced (double rAF, or one when `work` settled inside a frame's
 *  callbacks and says so with `inFrame: true`). Any other fields `work` returns are merged in. */
export async function timed(work) {
  const t0 = performance.now();
  const {inFrame = false, ...extra} = (await work(t0)) ?? {};
  forceLayout();
  const syncMs = performance.now() - t0;
  await afterPaintFrom(inFrame);
  return {...extra, ms: performance.now() - t0, syncMs};
}

export async function fetchDocument() {
  const res = await fetch(config.data);
  if (!res.ok) throw new Error(`${config.data}: HTTP ${res.status}`);
  return res.json();
}

const text = (value, fallback) => (value == null ? fallback : typeof value === 'string' ? value : (value.nl ?? value.en ?? fallback));

/**
 * What a partner would hand a generic chart library: {labels, series: [{name, values}]} for one
 * chart of the monitor document (its indicator, category dimension and series dimension).
 * Missing observations become null. Periods of a time dimension without categories are sorted.
 */
export function toSeries(doc, chart) {
  const indicator = doc.indicators.find((i) => i.id === chart.indicator);
  if (!indicator) throw new Error(`indicator ${chart.indicator} not found`);
  const categoriesOf = (id) => {
    const dimension = doc.dimensions[id];
    if (dimension.categories) return dimension.categories.map((c) => ({id: c.id, label: text(c.label, c.id)}));
    const ids = [...new Set(indicator.observations.map((o) => o[id]))].sort();
    return ids.map((p) => ({id: p, label: p}));
  };
  const categories = categoriesOf(chart.category);
  const series = chart.series ? categoriesOf(chart.series) : [{id: '', label: text(indicator.label, indicator.id)}];
  const cIndex = new Map(categories.map((c, i) => [c.id, i]));
  const sIndex = new Map(series.map((s, i) => [s.id, i]));
  const values = series.map(() => new Array(categories.length).fill(null));
  for (const o of indicator.observations) {
    const s = chart.series ? sIndex.get(o[chart.series]) : 0;
    const c = cIndex.get(o[chart.category]);
    if (s !== undefined && c !== undefined) values[s][c] = o.value;
  }
  return {
    title: text(indicator.label, indicator.id),
    labels: categories.map((c) => c.label),
    series: series.map((s, i) => ({name: s.label, values: values[i]})),
  };
}

/**
 * The generic flow of a peer's page. nav: fetch, convert, draw every chart, report the time from
 * navigation start to the frame after. render: fetch and convert, then wait for the driver.
 * `prepare(series, chart)` turns toSeries' output into the library's own input (outside the render
 * timing); `draw(box, input, k)` draws chart k into its box (synchronously, or it returns a promise
 * of being drawn); `resize()` narrows the boxes and resolves once every chart has re-rendered.
 */
export async function runPeer({draw, resize, prepare = (series) => series}) {
  try {
    const drawAll = async (data) => {
      await Promise.all(boxes().map((box, k) => draw(box, data[k], k)));
    };
    const doc = await fetchDocument();
    const all = () => config.charts.map((chart) => prepare(toSeries(doc, chart), chart));
    if (config.mode === 'nav') {
      const data = all();
      await drawAll(data);
      forceLayout();
      await afterPaint();
      const painted = performance.now();
      report('nav', {painted, all: painted, shown: config.charts.length});
      return;
    }
    const data = all();
    window.__benchApi = {
      render: () => timed(() => drawAll(data)),
      resize: () => timed(resize),
    };
    report('ready');
  } catch (error) {
    report('error', {message: String(error?.stack ?? error)});
  }
}
