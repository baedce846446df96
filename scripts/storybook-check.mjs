#!/usr/bin/env node
// Opens every story of the BUILT Storybook (storybook-static/, `npm run build-storybook`) in Debian
// Chromium and fails when one does not render cleanly:
//   - the story must render (Storybook's error display or "no preview" fails it);
//   - every <leiden-monitor*> / <vision-goals> in it (in shadow roots and same-origin iframes too)
//     must settle: `state` ready, or error in a story whose id says `error` (a story whose id says
//     `loading` may stay loading);
//   - no console error and no uncaught page error (the deliberate 404 of an `error-http` story and
//     a missing favicon excepted);
//   - axe-core (WCAG 2.0/2.1/2.2 A and AA, the tags test/helpers/axe.ts uses) finds no violation in
//     the story root.
// One line per story, then `storybook: N passed, N failed`; exit 1 on any failure.
//
//   node scripts/storybook-check.mjs                  # every story
//   node scripts/storybook-check.mjs chart--table     # only stories whose id contains a word given
//   STORYBOOK_TIMEOUT=8000 node scripts/storybook-check.mjs
//   STORYBOOK_DIR=/tmp/other-build node scripts/storybook-check.mjs
//
// Storybook is served by a tiny static server on 127.0.0.1, WITHOUT the strict CSP of
// scripts/serve.mjs: Storybook's own preview uses inline scripts. The widgets' CSP promise is tested
// elsewhere (test/csp.test.ts, the demo). Nothing leaves the machine.
import {createServer} from 'node:http';
import {createReadStream, existsSync, readFileSync} from 'node:fs';
import {realpath, stat} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const ROOT = resolve(REPO, process.env.STORYBOOK_DIR ?? 'storybook-static');
const AXE = resolve(REPO, 'node_modules/axe-core/axe.min.js');
const AXE_URL = '/__storybook-check/axe.min.js';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TIMEOUT = Number(process.env.STORYBOOK_TIMEOUT) || 6000;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** Static files under `root`, GET/HEAD only, no traversal; hashed assets may be cached. */
async function serve(root) {
  const realRoot = await realpath(root);
  const server = createServer(async (req, res) => {
    const notFound = () => {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('Not Found\n');
    };
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === AXE_URL) {
        // from a URL (not inline), so Chromium's code cache spares parsing axe for every story
        const body = readFileSync(AXE);
        res.writeHead(200, {'Content-Type': TYPES['.js'], 'Content-Length': body.length, 'Cache-Control': 'max-age=3600'});
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      let file = resolve(realRoot, '.' + path);
      if (!file.startsWith(realRoot + sep) && file !== realRoot) return notFound();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = resolve(file, 'index.html');
      const real = await realpath(file).catch(() => null);
      const info = real && (await stat(real));
      if (!real || !real.startsWith(realRoot + sep) || !info.isFile()) return notFound();
      res.writeHead(200, {
        'Content-Type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // assets/ files carry a content hash; everything else may change between builds
        'Cache-Control': path.startsWith('/assets/') ? 'max-age=3600' : 'no-store',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(real).on('error', () => res.destroy()).pipe(res);
    } catch {
      if (!res.headersSent) notFound();
      else res.destroy();
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    }),
  };
}

/** Runs in the page (every frame): the states of our elements, shadow roots included. */
function elementStates() {
  const TAG = /^(leiden-monitor(-[a-z-]+)?|vision-goals)$/;
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (TAG.test(el.localName)) found.push(`${el.localName}:${el.getAttribute('state') ?? 'none'}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

/** Runs in the preview frame: Storybook's verdict on the render. */
function storybookPhase() {
  const cls = document.body?.classList;
  if (!cls) return 'pending';
  if (cls.contains('sb-show-errordisplay')) {
    return `error: ${document.querySelector('#error-message')?.textContent?.trim() || 'story failed to render'}`;
  }
  if (cls.contains('sb-show-nopreview')) return 'error: no preview';
  return cls.contains('sb-show-main') ? 'shown' : 'pending';
}

/** Runs in the preview frame: axe on the story root (iframes inside it are covered when axe is in them). */
async function runAxe(tags) {
  const root = document.querySelector('#storybook-root') ?? document.body;
  for (let attempt = 0; ; attempt++) {
    try {
      const {violations} = await window.axe.run(root, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
      return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    } catch (err) {
      // the a11y addon runs its own axe after each render; wait for it instead of failing
      if (attempt < 20 && /already running/i.test(String(err))) {
        await new Promise((ok) => setTimeout(ok, 150));
        continue;
      }
      throw err;
    }
  }
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Our elements' states across all frames, polled until settled or the deadline passes. */
async function waitForElements(page, id, deadline) {
  const acceptLoading = /loading/.test(id);
  for (;;) {
    const states = [];
    for (const frame of page.frames()) {
      states.push(...(await frame.evaluate(elementStates).catch(() => [])));
    }
    const settled = states.every((s) => /:(ready|error)$/.test(s) || (acceptLoading && s.endsWith(':loading')));
    if (settled || Date.now() > deadline) return {states, settled};
    await sleep(50);
  }
}

async function checkStory(page, base, id, problems) {
  const deadline = Date.now() + TIMEOUT;
  await page.goto(`${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, {waitUntil: 'load', timeout: TIMEOUT});
  let phase = 'pending';
  while (phase === 'pending' && Date.now() < deadline) {
    phase = await page.evaluate(storybookPhase);
    if (phase === 'pending') await sleep(25);
  }
  if (phase !== 'shown') {
    problems.push(phase === 'pending' ? 'Storybook never showed the story' : phase);
    return [];
  }
  // iframes inside the story (the embed builder) load after the story is shown
  await page.waitForNetworkIdle({idleTime: 100, timeout: Math.max(500, deadline - Date.now())}).catch(() => undefined);
  const {states, settled} = await waitForElements(page, id, deadline);
  if (!settled) problems.push(`not settled after ${TIMEOUT} ms: ${states.join(' ')}`);
  const expectError = /(^|-)error/.test(id.split('--')[1] ?? '');
  if (settled && !expectError && states.some((s) => s.endsWith(':error'))) problems.push(`unexpected error state: ${states.join(' ')}`);
  if (settled && expectError && !states.some((s) => s.endsWith(':error'))) problems.push(`an error story without an error state: ${states.join(' ')}`);

  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => Boolean(window.axe)).catch(() => true))) await frame.addScriptTag({url: new URL(AXE_URL, base).href}).catch(() => undefined);
  }
  const violations = await page.evaluate(runAxe, WCAG_TAGS);
  for (const v of violations) problems.push(`axe: ${v}`);
  return states;
}

async function main() {
  if (!existsSync(resolve(ROOT, 'index.json'))) {
    console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
    process.exit(1);
  }
  if (!existsSync(CHROME)) {
    console.error(`No Chromium at ${CHROME} (set CHROME_PATH, or run node scripts/ensure-chromium.mjs).`);
    process.exit(1);
  }
  const only = process.argv.slice(2);
  const index = JSON.parse(readFileSync(resolve(ROOT, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries ?? {})
    .filter((e) => e.type === 'story')
    .map((e) => e.id)
    .filter((id) => !only.length || only.some((word) => id.includes(word)));
  if (!stories.length) {
    console.error(only.length ? `No story id contains ${only.join(' or ')}.` : 'storybook-static has no stories.');
    process.exit(1);
  }

  const started = Date.now();
  const server = await serve(ROOT);
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1024, height: 768});
    let current = {id: '', problems: []};
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const where = message.location()?.url ?? '';
      if (/favicon/.test(where) && /404/.test(text)) return;
      // the error-http stories ask for a file that is not there, on purpose
      if (/error-http/.test(current.id) && /\b404\b/.test(text)) return;
      current.problems.push(`console error: ${text}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (err) => current.problems.push(`page error: ${err.message ?? err}`));

    for (const id of stories) {
      const t0 = Date.now();
      current = {id, problems: []};
      let states = [];
      try {
        states = await checkStory(page, server.url, id, current.problems);
      } catch (err) {
        current.problems.push(`check failed: ${err.message ?? err}`);
      }
      await sleep(0); // let late console events for this story arrive before the line is printed
      const ms = Date.now() - t0;
      const summary = states.length ? states.join(' ') : 'no element';
      if (current.problems.length) {
        failed++;
        console.log(`FAIL ${id} (${ms} ms; ${summary})`);
        for (const p of current.problems) console.log(`     ${p}`);
      } else {
        passed++;
        console.log(`ok   ${id} (${ms} ms; ${summary})`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`storybook took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`storybook: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exit(1);
});
