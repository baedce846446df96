/**
 * The embed builder (demo/builder.html) as an editor uses it: drive the form in an iframe, read the
 * generated HTML snippet, paste it into a blank document that loads the drop-in bundle as built
 * (`/dist/leiden-widgets.js?raw`), and check that it renders the same chart. Also: its invalid
 * choices explain themselves, the copy buttons announce, and embed.html (the iframe snippet's
 * target) renders the same settings and posts its height. Needs `npm run build` (dist/).
 */
import {expect} from '@open-wc/testing';
import {until} from '../helpers/expect-event.js';

interface Chart extends HTMLElement {
  state: string;
}

const BUNDLE_RAW = `${location.origin}/dist/leiden-widgets.js?raw`;
const SPARSE = '/test/fixtures/builder/sparse-monitor.json?raw';
const frames: HTMLIFrameElement[] = [];

async function openFrame(setup: (frame: HTMLIFrameElement) => void, title: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((ok) => frame.addEventListener('load', ok, {once: true}));
  setup(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

const openBuilder = () => openFrame((f) => (f.src = '/demo/builder.html'), 'embed builder');

function choose(doc: Document, id: string, value: string) {
  const field = doc.getElementById(id) as HTMLSelectElement | HTMLInputElement | null;
  if (!field) throw new Error(`no #${id}`);
  if (field instanceof doc.defaultView!.HTMLSelectElement && ![...field.options].some((o) => o.value === value)) {
    throw new Error(`#${id} has no option ${value}: ${[...field.options].map((o) => o.value).join(', ')}`);
  }
  field.value = value;
  field.dispatchEvent(new Event(id === 'b-bundle' ? 'input' : 'change', {bubbles: true}));
}

async function indicatorsListed(doc: Document, id: string) {
  await until(() => {
    const select = doc.getElementById('b-indicator') as HTMLSelectElement;
    return !select.disabled && [...select.options].some((o) => o.value === id);
  }, `the builder to list indicator ${id}`);
}

async function settled(chart: Chart, state = 'ready') {
  await until(() => chart.state === state && !!chart.shadowRoot, () => `the chart to be ${state} (is ${chart.state})`);
  await (chart as unknown as {updateComplete: Promise<unknown>}).updateComplete;
}

/** What makes two charts "the same": title, number of marks, type, language. */
function describeChart(chart: Chart) {
  const root = chart.shadowRoot!;
  return {
    title: root.querySelector('figcaption .title, figcaption')?.textContent?.replace(/\s+/g, ' ').trim(),
    marks: root.querySelectorAll('.mark').length,
    state: chart.state,
    lang: chart.getAttribute('lang'),
    type: chart.getAttribute('type'),
  };
}

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe('embed builder (demo/builder.html)', () => {
  it('makes an HTML snippet that, pasted into a blank page with the drop-in bundle, renders the same chart', async () => {
    const doc = await openBuilder();
    await indicatorsListed(doc, 'immigration-per-1000');
    choose(doc, 'b-indicator', 'immigration-per-1000');
    choose(doc, 'b-type', 'column');
    choose(doc, 'b-filter-period', '2023');
    choose(doc, 'b-lang', 'en');
    choose(doc, 'b-bundle', BUNDLE_RAW);
    const preview = doc.getElementById('b-chart') as Chart;
    await until(() => preview.getAttribute('filter') === 'period=2023' && preview.getAttribute('lang') === 'en', 'the preview to take the settings');
    await settled(preview);
    const expected = describeChart(preview);
    // one column per area with a 2023 value, counted from the demo data itself
    const demo = (await (await fetch('/demo/data/leiden-internationalisering.json')).json()) as {
      indicators: {id: string; observations: {period: string; value: number | null}[]}[];
    };
    const areas = demo.indicators.find((i) => i.id === 'immigration-per-1000')!.observations.filter((o) => o.period === '2023' && o.value !== null);
    expect(areas.length).to.be.greaterThan(1);
    expect(expected.marks, 'marks in the preview').to.equal(areas.length);
    expect(expected.title).to.match(/per 1[.,]?000/i);

    const snippet = doc.getElementById('b-snippet-html')!.textContent!;
    expect(snippet).to.contain(`<script type="module" src="${BUNDLE_RAW}"></script>`);
    expect(snippet).to.contain('indicator="immigration-per-1000"');
    expect(snippet).to.contain('filter="period=2023"');
    expect(snippet).to.contain('type="column"');
    expect(snippet).to.contain(`src="${location.origin}/demo/data/leiden-internationalisering.json"`);

    const blank = await openFrame((f) => (f.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Blank CMS page</title></head><body>\n${snippet}</body></html>`), 'pasted snippet');
    await until(() => !!blank.querySelector('leiden-monitor-chart'), 'the pasted element');
    const pasted = blank.querySelector('leiden-monitor-chart') as Chart;
    await until(() => !!blank.defaultView!.customElements.get('leiden-monitor-chart'), 'the bundle to define the element');
    await settled(pasted);
    expect(describeChart(pasted)).to.deep.equal(expected);
  });

  it('puts the dark theme into the snippet and the preview', async () => {
    const doc = await openBuilder();
    await indicatorsListed(doc, 'international-migration');
    choose(doc, 'b-indicator', 'international-migration');
    choose(doc, 'b-theme', 'dark');
    expect(doc.getElementById('b-preview')!.dataset.leidenTheme).to.equal('dark');
    const snippet = doc.getElementById('b-snippet-html')!.textContent!;
    expect(snippet).to.contain('/demo/themes/dark.css">');
    expect(snippet).to.contain('<div data-leiden-theme="dark">');
    const preview = doc.getElementById('b-chart') as Chart;
    await settled(preview);
    expect(getComputedStyle(preview).backgroundColor).to.equal('rgb(22, 22, 22)');
  });

  it('explains a URL that fails to load, and the preview shows the element\'s own error', async () => {
    const doc = await openBuilder();
    await indicatorsListed(doc, 'international-migration');
    choose(doc, 'b-src', '/fault/status/404');
    const message = doc.getElementById('b-src-message')!;
    await until(() => !message.hidden, 'the builder to explain the failed load');
    expect(message.textContent).to.contain('404');
    expect((doc.getElementById('b-indicator') as HTMLSelectElement).disabled).to.be.true;
    const preview = doc.getElementById('b-chart') as Chart;
    await settled(preview, 'error');
    expect(preview.shadowRoot!.querySelector('[role=alert]')?.textContent).to.match(/\S/);
  });

  it('explains an indicator/filter combination that has no data', async () => {
    const doc = await openBuilder();
    choose(doc, 'b-src', SPARSE);
    await indicatorsListed(doc, 'sparse-sample');
    choose(doc, 'b-filter-period', '2023');
    choose(doc, 'b-filter-area', 'WK054601');
    const message = doc.getElementById('b-message')!;
    await until(() => !message.hidden, 'the builder to explain the empty combination');
    expect(message.textContent).to.contain('geen gegevens');
    const preview = doc.getElementById('b-chart') as Chart;
    await settled(preview, 'error');

    choose(doc, 'b-filter-area', 'GM0546');
    await settled(preview);
    await until(() => message.hidden, 'the explanation to go once the combination has data');
  });

  it('copies each snippet with one click and announces it', async () => {
    const doc = await openBuilder();
    await indicatorsListed(doc, 'international-migration');
    const region = doc.getElementById('b-announce')!;
    expect(region.getAttribute('role')).to.equal('status');
    for (const kind of ['html', 'iframe', 'react', 'vue']) {
      region.textContent = '';
      (doc.querySelector(`[data-copy=${kind}]`) as HTMLButtonElement).click();
      // clipboard access may be refused in a test iframe: then the text is selected instead
      await until(() => region.textContent !== '', `an announcement for ${kind}`);
      expect(region.textContent).to.match(/gekopieerd|geselecteerd/);
    }
    const react = doc.getElementById('b-snippet-react')!.textContent!;
    expect(react).to.contain("import 'leiden-monitor-widgets/chart.js'");
    expect(react).to.contain('onmonitor-load=');
    expect(react).to.contain('data={monitorDocument}');
    const vue = doc.getElementById('b-snippet-vue')!.textContent!;
    expect(vue).to.contain('@monitor-load=');
    expect(vue).to.contain(':data.prop=');
  });

  it('offers an iframe of embed.html that renders the same chart and reports its height', async () => {
    const doc = await openBuilder();
    await indicatorsListed(doc, 'immigration-per-1000');
    choose(doc, 'b-indicator', 'immigration-per-1000');
    choose(doc, 'b-type', 'bar');
    choose(doc, 'b-filter-period', '2022');
    const preview = doc.getElementById('b-chart') as Chart;
    await until(() => preview.getAttribute('filter') === 'period=2022', 'the preview to take the filter');
    await settled(preview);
    const snippet = doc.getElementById('b-snippet-iframe')!.textContent!;
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&');
    expect(src).to.contain('/demo/embed.html?');
    expect(snippet).to.contain("'leiden-embed-height'");

    const heights: number[] = [];
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type === 'leiden-embed-height') heights.push(e.data.height);
    };
    window.addEventListener('message', onMessage);
    try {
      const embed = await openFrame((f) => (f.src = src!), 'embedded chart');
      await until(() => !!embed.querySelector('leiden-monitor-chart'), 'the embedded element');
      const chart = embed.querySelector('leiden-monitor-chart') as Chart;
      await settled(chart);
      expect(describeChart(chart)).to.deep.equal(describeChart(preview));
      // the page reports every change of its height; the last report must match what it shows now
      const shown = () => embed.getElementById('embed')!.getBoundingClientRect().height;
      await until(
        () => heights.length > 0 && Math.abs(heights.at(-1)! - shown()) <= 1,
        () => `a height message matching ${shown()} (got ${heights.join(', ')})`,
      );
      expect(heights.at(-1)).to.be.greaterThan(100);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });
});
