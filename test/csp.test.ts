// CONTRACT §1 (CSP): the drop-in bundle works under
// `default-src 'self'; script-src 'self'; style-src 'self'` with no violation at all, and (issue 7)
// also with `require-trusted-types-for 'script'` added: every element, from the drop-in bundle.
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
  // room for a few elements: they draw only near the viewport (src/base/viewport.ts)
  frame.width = '800';
  frame.height = '600';
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

/** Our elements in a document, shadow roots included (vision-goals' KPI tiles live in its shadow). */
const OUR_TAG = /^(leiden-monitor(-[a-z-]+)?|vision-goals)$/;
function ourElements(root: Document | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (OUR_TAG.test(el.localName)) found.push(el);
    if (el.shadowRoot) found.push(...ourElements(el.shadowRoot));
  }
  return found;
}

const nameOf = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('indicator') ? ` indicator="${el.getAttribute('indicator')}"` : ''}>`;

/**
 * Waits until `el` is ready; throws at once (with its message) if it goes to the error state.
 * Scrolls it into view first: elements draw only near the viewport (src/base/viewport.ts), and the
 * page's iframe is small.
 */
async function waitReady(el: HTMLElement): Promise<void> {
  el.scrollIntoView({block: 'nearest'});
  await waitFor(() => {
    if (el.getAttribute('state') === 'error') {
      const alert = el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
      throw new Error(`${nameOf(el)} went to state="error": ${alert ?? '(no message)'}`);
    }
    return el.getAttribute('state') === 'ready';
  }, () => `${nameOf(el)} to be ready (state="${el.getAttribute('state')}")`);
}

/** What each element must have drawn once ready, in its shadow root. */
const DRAWN: Record<string, string> = {
  'leiden-monitor-chart': 'svg.plot .mark, table',
  'leiden-monitor-kpi': '[part="value"]',
  'leiden-monitor-map': 'svg.plot path.area',
  'vision-goals': 'ol.goals > li',
};

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

/** The two policies the pages are served under (test/helpers/csp-pages.mjs). */
const POLICIES = [
  {prefix: '', name: "default-src 'self'; script-src 'self'; style-src 'self'"},
  {prefix: 'tt/', name: "the same plus require-trusted-types-for 'script'"},
] as const;

/** Tags the `elements` page holds; `leiden-monitor` only counts once the bundle defines it. */
const ELEMENT_IDS = ['chart', 'chart-line', 'kpi', 'kpi-inline', 'map', 'vision', 'vision-kpis'] as const;

for (const policy of POLICIES) {
  describe(`CSP: every element of the drop-in bundle under ${policy.name}`, () => {
    const frames: HTMLIFrameElement[] = [];

    afterEach(() => {
      for (const f of frames.splice(0)) f.remove();
    });

    it('renders chart, KPI, map (shipped districts) and vision-goals (built-in and with monitor-src) with zero violations', async function () {
      this.timeout(READY_TIMEOUT + 8000);
      const frame = await openPage(`${policy.prefix}elements`);
      frames.push(frame);
      const doc = docOf(frame);
      const win = frame.contentWindow!;
      await waitFor(() => win.customElements.get('vision-goals'), () => 'the bundle to define the elements');

      for (const id of ELEMENT_IDS) {
        const el = doc.getElementById(id);
        expect(el, `#${id} on the page`).to.exist;
        await waitReady(el!);
      }
      const monitorDefined = !!win.customElements.get('leiden-monitor');
      if (monitorDefined) await waitReady(doc.getElementById('monitor')!);

      // the KPI tiles vision-goals creates in its shadow root (imported on demand from the bundle)
      const visionKpis = doc.getElementById('vision-kpis')!;
      const tiles = await waitFor(() => {
        const found = [...visionKpis.shadowRoot!.querySelectorAll<HTMLElement>('leiden-monitor-kpi')];
        return found.length ? found : undefined;
      }, () => 'vision-goals to render KPI tiles with monitor-src');
      expect(tiles.length, 'KPI tiles of the built-in vision').to.be.at.least(3);

      // every one of ours, nested ones included, settles ready and has drawn something
      for (const el of ourElements(doc)) {
        if (el.localName === 'leiden-monitor' && !monitorDefined) continue;
        await waitReady(el);
        const selector = DRAWN[el.localName];
        if (selector) expect(el.shadowRoot?.querySelector(selector), `${nameOf(el)} draws ${selector}`).to.exist;
      }

      await sleep(REPORT_SETTLE_MS);
      expect(await probeViolations(frame), 'securitypolicyviolation events in the page').to.deep.equal([]);
      expect(await reports(`${policy.prefix}elements`), 'reports posted to /csp/report').to.deep.equal([]);
    });

    it('renders <leiden-monitor> with zero violations, once the bundle defines it', async function () {
      this.timeout(READY_TIMEOUT + 5000);
      const frame = await openPage(`${policy.prefix}elements`);
      frames.push(frame);
      const win = frame.contentWindow!;
      await waitFor(() => win.customElements.get('leiden-monitor-chart'), () => 'the bundle to define the elements');
      if (!win.customElements.get('leiden-monitor')) {
        // not written yet (another engineer's element): this test turns itself on when it lands
        console.info('csp.test: <leiden-monitor> is not defined by dist/leiden-widgets.js yet: skipped');
        this.skip();
      }
      const monitor = docOf(frame).getElementById('monitor')!;
      await waitReady(monitor);
      // it composes charts, maps and KPIs (imported on demand), each starting as a placeholder that
      // becomes its element near the viewport: scroll to each in turn; each must draw under the policy
      const root = monitor.shadowRoot!;
      for (let guard = 0; guard < 50; guard++) {
        const placeholder = root.querySelector<HTMLElement>('.placeholder');
        if (!placeholder) break;
        placeholder.scrollIntoView({block: 'start'});
        await waitFor(() => !placeholder.isConnected || !placeholder.classList.contains('placeholder'), () => 'a <leiden-monitor> placeholder to become its element');
      }
      const nested = ourElements(root);
      expect(nested.length, 'charts, maps and KPIs inside <leiden-monitor>').to.be.greaterThan(0);
      for (const el of nested) await waitReady(el);
      console.info(`csp.test: <leiden-monitor> drew ${nested.length} nested elements: ${[...new Set(nested.map((e) => e.localName))].join(', ')}`);
      await sleep(REPORT_SETTLE_MS);
      expect(await probeViolations(frame), 'securitypolicyviolation events in the page').to.deep.equal([]);
      expect(await reports(`${policy.prefix}elements`), 'reports posted to /csp/report').to.deep.equal([]);
    });

    it('negative control: an inline script is blocked and reported', async function () {
      this.timeout(READY_TIMEOUT + 2000);
      const frame = await openPage(`${policy.prefix}negative`);
      frames.push(frame);
      const root = docOf(frame).documentElement;
      await waitFor(() => root.dataset.negativeRan === 'yes', () => 'the external /csp/negative.js to run');
      expect(root.dataset.inlineRan, 'inline <script> must be blocked').to.equal(undefined);
      await waitFor(
        () => (JSON.parse(root.dataset.violations ?? '[]') as Violation[]).some((v) => v.directive === 'style-src-attr'),
        () => `the probe to record a style-src-attr violation (has ${root.dataset.violations})`,
      );
      const posted = await waitFor(
        async () => {
          const list = (await reports(`${policy.prefix}negative`)) as Record<string, unknown>[];
          return list.some((r) => /script-src/.test(String(r['effective-directive'] ?? r['violated-directive'] ?? r.effectiveDirective)))
            ? list
            : undefined;
        },
        () => 'a script-src report for the inline script at /csp/report',
      );
      expect(posted.length).to.be.at.least(2);
    });
  });
}

describe('CSP: Trusted Types negative control', () => {
  it('blocks and reports a string assigned to innerHTML under require-trusted-types-for', async function () {
    this.timeout(READY_TIMEOUT + 2000);
    const frame = await openPage('tt/negative-tt');
    try {
      const root = docOf(frame).documentElement;
      await waitFor(() => root.dataset.negativeRan === 'yes', () => 'the external /csp/negative-tt.js to run');
      expect(root.dataset.ttAssigned, 'innerHTML with a string must throw').to.equal(undefined);
      expect(root.dataset.ttBlocked).to.equal('TypeError');
      expect(docOf(frame).getElementById('target')?.textContent).to.equal('target');
      await waitFor(
        () => (JSON.parse(root.dataset.violations ?? '[]') as Violation[]).some((v) => v.directive === 'require-trusted-types-for'),
        () => `the probe to record a require-trusted-types-for violation (has ${root.dataset.violations})`,
      );
      await waitFor(async () => (await reports('tt/negative-tt')).length >= 1, () => 'a Trusted Types report at /csp/report');
    } finally {
      frame.remove();
    }
  });
});
