// Drives Debian Chromium (puppeteer-core) over the bench pages. Each measurement gets a fresh
// browser context (its own renderer, no cache), so no run sees another's state.
import puppeteer from 'puppeteer-core';

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const VIEWPORT = {width: 1280, height: 900, deviceScaleFactor: 1};

export class Timeout extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Timeout(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export async function launch(executablePath) {
  return puppeteer.launch({executablePath, headless: true, args: LAUNCH_ARGS, defaultViewport: VIEWPORT, protocolTimeout: 300000});
}

export async function browserVersion(browser) {
  return browser.version();
}

/**
 * Opens `url` in a fresh context and collects the page's reports (see browser/common.js).
 * `body(page, next, cdp)` does the measuring; `next(type)` waits for the next report of a type.
 * The whole thing is bounded by `timeoutMs`; the context is closed in every case.
 */
async function inFreshPage(browser, url, timeoutMs, body) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    const queue = [];
    const waiters = [];
    const deliver = (message) => {
      const data = JSON.parse(message);
      const i = waiters.findIndex((w) => w.type === data.type || data.type === 'error');
      if (i >= 0) waiters.splice(i, 1)[0].ok(data);
      else queue.push(data);
    };
    await page.exposeFunction('__benchReport', deliver);
    const next = (type) => {
      const i = queue.findIndex((d) => d.type === type || d.type === 'error');
      const got = i >= 0 ? Promise.resolve(queue.splice(i, 1)[0]) : new Promise((ok) => waiters.push({type, ok}));
      return got.then((data) => {
        if (data.type === 'error') throw new Error(`page error: ${data.message}`);
        return data;
      });
    };
    const work = (async () => {
      await page.goto(url, {waitUntil: 'domcontentloaded', timeout: timeoutMs});
      return body(page, next, cdp);
    })();
    work.catch(() => {}); // a timeout below leaves it pending; its rejection is not news
    return await withTimeout(work, timeoutMs, url);
  } finally {
    await withTimeout(context.close(), 30000, 'closing the context').catch(() => {});
  }
}

/** Garbage-collects, then reads the page's used JS heap (CDP Runtime.getHeapUsage) and DOM nodes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const {metrics} = await cdp.send('Performance.getMetrics');
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value;
  return {heap: usedSize, nodes};
}

/** Navigation → painted (ms since navigation start; the charts in the viewport), → every chart
 *  rendered, then the heap after render. */
export async function measureNav(browser, url, timeoutMs) {
  return inFreshPage(browser, url, timeoutMs, async (_page, next, cdp) => {
    const report = await next('nav');
    const {heap, nodes} = await heapAfterGc(cdp);
    return {nav: report.painted, navAll: report.all, shown: report.shown, heap, nodes, cspViolations: report.cspViolations};
  });
}

/**
 * Render only (data in hand → painted), then re-render after the boxes narrow 800 → 600 px. Each
 * phase has `timeoutMs`; a resize that runs out of time is reported as a timeout of its own.
 */
export async function measureRender(browser, url, timeoutMs) {
  return inFreshPage(browser, url, 3 * timeoutMs, async (page, next, cdp) => {
    await withTimeout(next('ready'), timeoutMs, `${url}: ready`);
    // main-thread CPU time (thread ticks): less sensitive than wall time to other processes' load
    await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
    const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value;
    await new Promise((ok) => setTimeout(ok, 100)); // let the page go quiet
    const cpu0 = await cpu();
    const render = await withTimeout(page.evaluate(() => window.__benchApi.render()), timeoutMs, `${url}: render`);
    const cpu1 = await cpu();
    await new Promise((ok) => setTimeout(ok, 100));
    let resize;
    try {
      resize = await withTimeout(page.evaluate(() => window.__benchApi.resize()), timeoutMs, `${url}: resize`);
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      resize = {ms: 'timeout', syncMs: 'timeout'};
    }
    const renderCpu = typeof cpu0 === 'number' && typeof cpu1 === 'number' ? (cpu1 - cpu0) * 1000 : undefined;
    return {render: render.ms, renderSync: render.syncMs, renderLoaded: render.loadedMs, renderShown: render.shown, renderCpu, resize: resize.ms, resizeSync: resize.syncMs};
  });
}

/** The used JS heap of a blank page (what every page carries anyway). */
export async function measureBlank(browser, url) {
  return inFreshPage(browser, url, 30000, async (_page, _next, cdp) => heapAfterGc(cdp));
}
