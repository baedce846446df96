// CONTRACT §1 (CSP): the drop-in bundle works under
// `default-src 'self'; script-src 'self'; style-src 'self'` with no violation at all.
// The pages and the report endpoint come from test/helpers/csp-pages.mjs; the in-page recorder is
// test/fixtures/csp/probe.js. The bundle is the built dist/leiden-widgets.js (`npm run build`).
import {expect} from '@open-wc/testing';

interface Violation {
  directive?: string;
  blocked?: string;
  source?: string;
  sample?: string;
}

// ?raw: served as built, without the dev server's transforms (test/helpers/csp-pages.mjs)
const BUNDLE_URL = '/dist/leiden-widgets.js?raw';
const READY_TIMEOUT = 8000;
// report-uri posts are sent asynchronously; give late ones a moment before concluding "none"
const REPORT_SETTLE_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value, or fails with `what` after `timeout` ms. */
async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined>,
  what: () => string,
  timeout = READY_TIMEOUT,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what()}`);
    await sleep(50);
  }
}

/** Opens a CSP page in a same-origin iframe and resolves once it has loaded. */
async function openPage(name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `CSP page ${name}`;
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.addEventListener('error', reject, {once: true});
  });
  frame.src = `/csp/${name}.html`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const docOf = (frame: HTMLIFrameElement) => {
  const doc = frame.contentDocument;
  if (!doc) throw new Error('iframe has no document (not same-origin?)');
  return doc;
};

/** What the in-page probe recorded; fails if the probe never ran (it would prove nothing). */
async function probeViolations(frame: HTMLIFrameElement): Promise<Violation[]> {
  const root = docOf(frame).documentElement;
  await waitFor(() => root.dataset.probe === 'ready', () => 'the CSP probe (test/fixtures/csp/probe.js) to run');
  return JSON.parse(root.dataset.violations ?? '[]') as Violation[];
}

async function reports(page: string): Promise<unknown[]> {
  const res = await fetch(`/csp/reports?page=${encodeURIComponent(page)}`, {cache: 'no-store'});
  expect(res.ok, `GET /csp/reports answered ${res.status}`).to.equal(true);
  return (await res.json()) as unknown[];
}

describe('CSP: drop-in bundle under a strict policy', () => {
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    const res = await fetch(BUNDLE_URL, {cache: 'no-store'});
    if (!res.ok) throw new Error(`dist/leiden-widgets.js is missing (HTTP ${res.status}): run npm run build first`);
  });

  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('renders two charts with zero violations', async function () {
    this.timeout(READY_TIMEOUT + 5000);
    const frame = await openPage('charts');
    frames.push(frame);
    const charts = [...docOf(frame).querySelectorAll('leiden-monitor-chart')];
    expect(charts).to.have.length(2);

    for (const chart of charts) {
      const describeChart = () =>
        `<leiden-monitor-chart indicator="${chart.getAttribute('indicator')}"> to be ready with an svg or table ` +
        `(state="${chart.getAttribute('state')}", defined: ${!!frame.contentWindow?.customElements.get('leiden-monitor-chart')})`;
      await waitFor(() => {
        // an error state will not become ready: stop early with the reason
        if (chart.getAttribute('state') === 'error') {
          const alert = chart.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim();
          throw new Error(`chart "${chart.getAttribute('indicator')}" went to state="error": ${alert ?? '(no message)'}`);
        }
        return chart.getAttribute('state') === 'ready' && chart.shadowRoot?.querySelector('svg, table');
      }, describeChart);
    }

    await sleep(REPORT_SETTLE_MS);
    expect(await probeViolations(frame), 'securitypolicyviolation events in the page').to.deep.equal([]);
    expect(await reports('charts'), 'reports posted to /csp/report').to.deep.equal([]);
  });

  it('negative control: the policy applies and violations are seen and reported', async function () {
    this.timeout(READY_TIMEOUT + 2000);
    const frame = await openPage('negative');
    frames.push(frame);
    const root = docOf(frame).documentElement;

    // the inline <script> was blocked, the external one ran and its style attribute was blocked
    await waitFor(() => root.dataset.negativeRan === 'yes', () => 'the external /csp/negative.js to run');
    expect(root.dataset.inlineRan, 'inline <script> must be blocked').to.equal(undefined);
    expect(docOf(frame).getElementById('target')?.style.outline, 'style attribute must be blocked').to.equal('');

    // securitypolicyviolation events are queued, not dispatched synchronously: poll for it
    await probeViolations(frame);
    await waitFor(
      () => (JSON.parse(root.dataset.violations ?? '[]') as Violation[]).some((v) => v.directive === 'style-src-attr'),
      () => `the probe to record a style-src-attr violation (has ${root.dataset.violations})`,
    );

    // one report for the inline script, one for the style attribute
    const posted = await waitFor(
      async () => {
        const list = await reports('negative');
        return list.length >= 2 ? list : undefined;
      },
      () => 'two violation reports at /csp/report',
    );
    expect(posted.length).to.be.at.least(2);
  });
});
