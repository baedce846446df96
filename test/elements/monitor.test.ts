import {expect, fixture, html} from '@open-wc/testing';
import '../../src/monitor.js';
import {chooseView, type LeidenMonitor} from '../../src/monitor.js';
import {normalizeMonitor} from '../../src/data/normalize.js';
import {toModel} from '../../src/data/to-model.js';
import {nextEvent, until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {shapesMonitor as sharedShapesMonitor} from '../helpers/shapes-monitor.js';

// What the monitor's children are defined by: nothing of it may load before a child is needed.
const definedAtStart = ['leiden-monitor-chart', 'leiden-monitor-kpi', 'leiden-monitor-map'].filter((tag) => customElements.get(tag));

const CHILD = 'leiden-monitor-chart, leiden-monitor-kpi, leiden-monitor-map';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const children = (el: Element) => $$(el, CHILD) as (HTMLElement & {state: string})[];

const PERIODS = ['2018', '2019', '2020', '2021', '2022', '2023'];

/** The shared monitor of every shape (test/helpers/shapes-monitor.ts), plus notes (a definition and
 *  a break) and an indicator drawn as a table through the `view` extension (invented numbers). */
function shapesMonitor() {
  const doc = sharedShapesMonitor();
  const [share, population, byDistrict] = doc.indicators;
  return {
    ...doc,
    indicators: [
      {...share, notes: [{kind: 'definition', text: {nl: 'Volgens de BRP.', en: 'As registered.'}}]},
      {...population, notes: [{kind: 'break', period: '2022', text: {nl: 'Nieuwe indeling.', en: 'New classification.'}}]},
      byDistrict,
      {
        id: 'as-table',
        theme: 'districts',
        view: 'table',
        label: {nl: 'Inwoners (tabel)', en: 'Residents (table)'},
        unit: 'count',
        dimensions: ['period', 'area'],
        observations: PERIODS.map((period, i) => ({period, area: 'GM0546', value: 120000 + 1000 * i})),
      },
    ],
  };
}

/** `n` chart indicators in five themes. */
function bigMonitor(n: number) {
  const themes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({id, label: `Thema ${id.toUpperCase()}`}));
  return {
    format: 'leiden-monitor',
    version: 1,
    title: 'Grote monitor',
    themes,
    dimensions: {period: {label: 'Jaar', role: 'time'}, area: {label: 'Gebied', categories: [{id: 'GM0546', label: 'Leiden'}]}},
    indicators: Array.from({length: n}, (_, i) => ({
      id: `ind-${i}`,
      theme: themes[Math.floor((i * themes.length) / n)]!.id,
      label: `Indicator ${i}`,
      dimensions: ['period', 'area'],
      observations: PERIODS.map((period, p) => ({period, area: 'GM0546', value: i + p})),
    })),
  };
}

async function monitor(template: ReturnType<typeof html>): Promise<LeidenMonitor> {
  const el = await fixture<LeidenMonitor>(template);
  await until(() => el.state !== 'loading', 'the monitor to leave loading');
  await el.updateComplete;
  return el;
}

/**
 * Scrolls every placeholder, and every child still waiting to be near the viewport, into view in
 * turn until each indicator is a rendered element.
 */
async function renderAll(el: LeidenMonitor): Promise<void> {
  for (let guard = 0; guard < 300; guard++) {
    const pending = $(el, '.placeholder') ?? children(el).find((child) => child.state !== 'ready' && child.state !== 'error');
    if (!pending) return;
    pending.scrollIntoView();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
  }
  expect.fail(`indicators left unrendered: ${children(el).map((c) => `${c.localName} ${c.state}`).join(', ')}; ${$$(el, '.placeholder').length} placeholders`);
}

const allReady = (el: LeidenMonitor) => children(el).every((child) => child.state === 'ready' || child.state === 'error');

afterEach(() => window.scrollTo(0, 0));

describe('<leiden-monitor>', () => {
  it('loads no chart, map or KPI code before it needs one', () => {
    expect(definedAtStart).to.deep.equal([]);
  });

  it('renders the title, source and update date, a named navigation and the themes as sections, with headings one level apart', async () => {
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()} heading-level="2"></leiden-monitor>`);
    expect(el.state).to.equal('ready');
    expect(text($(el, 'h2'))).to.equal('Testmonitor');
    expect(text($(el, '[part=meta]'))).to.equal('Bron: Testbron · Bijgewerkt: 1 juni 2024');
    expect($(el, '[part=meta] a')!.getAttribute('href')).to.equal('https://example.org/bron');
    const nav = $(el, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal("Thema's");
    expect($$(el, 'nav a').map((a) => text(a))).to.deep.equal(['Bevolking', 'Wijken']);
    const sections = $$(el, 'section');
    expect(sections.map((s) => text(s.querySelector('h3')))).to.deep.equal(['Bevolking', 'Wijken']);
    expect(sections[0]!.getAttribute('aria-labelledby')).to.equal(sections[0]!.querySelector('h3')!.id);
    // indicators two levels below the title: in the placeholders and in the elements that replace them
    await until(() => children(el).length > 0, 'a child element');
    await until(() => allReady(el), () => `the children to render: ${children(el).map((c) => `${c.localName} ${c.state}`).join(', ')}`);
    for (const child of children(el)) expect(child.getAttribute('heading-level')).to.equal('4');
    for (const placeholder of $$(el, '.placeholder')) expect(placeholder.querySelector('h4')).to.not.equal(null);
  });

  it('without heading-level, the title is an h2', async () => {
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    expect(text($(el, 'h2'))).to.equal('Testmonitor');
    expect($$(el, 'section > h3')).to.have.length(2);
  });

  it('chooses a KPI, chart, map or table per indicator from its shape, and follows the view in the data', async () => {
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    await renderAll(el);
    const shown = Object.fromEntries(children(el).map((child) => [child.getAttribute('indicator'), child.localName + (child.getAttribute('type') === 'table' ? '[table]' : '')]));
    expect(shown).to.deep.equal({
      share: 'leiden-monitor-kpi',
      population: 'leiden-monitor-chart',
      'by-district': 'leiden-monitor-map',
      'as-table': 'leiden-monitor-chart[table]',
    });
    await until(() => allReady(el), () => `the children to render: ${children(el).map((c) => `${c.localName} ${c.state}`).join(', ')}`);
    expect(children(el).map((child) => child.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
  });

  it('chooseView: rules and the view override', () => {
    const model = normalizeMonitor(shapesMonitor());
    const kinds = model.indicators.map((i) => chooseView(model, i));
    expect(kinds).to.deep.equal(['kpi', 'chart', 'map', 'table']);
  });

  it("gives every child the monitor's model, its indicator, the language, and keeps their events inside", async () => {
    const doc = shapesMonitor();
    const outside: Event[] = [];
    const listen = (event: Event) => outside.push(event);
    document.addEventListener('monitor-load', listen);
    try {
      const el = await monitor(html`<leiden-monitor .data=${doc} lang="en"></leiden-monitor>`);
      await renderAll(el);
      await until(() => allReady(el), () => `the children to render: ${children(el).map((c) => `${c.localName} ${c.state}`).join(', ')}`);
      for (const child of children(el) as unknown as (HTMLElement & {data: unknown})[]) {
        expect(child.data).to.equal(toModel(doc));
        expect(child.getAttribute('lang')).to.equal('en');
      }
      expect(outside.map((event) => event.target)).to.deep.equal([el]);
    } finally {
      document.removeEventListener('monitor-load', listen);
    }
  });

  it('creates elements only near the viewport: 100 indicators open with few children, scrolling adds more', async () => {
    const started = performance.now();
    const el = await monitor(html`<leiden-monitor .data=${bigMonitor(100)}></leiden-monitor>`);
    await until(() => children(el).length > 0, 'the first children');
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    const first = children(el).length;
    expect(first, 'children on first render').to.be.within(1, 10);
    expect($$(el, '.placeholder').length).to.equal(100 - first);
    expect(performance.now() - started, 'ms to open').to.be.below(5000);
    $$(el, '.placeholder')[40]!.scrollIntoView();
    await until(() => children(el).length > first, 'more children after scrolling');
    expect(children(el).length).to.be.below(30);
    const indicators = children(el).map((child) => child.getAttribute('indicator'));
    expect(indicators).to.include('ind-0');
  });

  it('before printing, every indicator becomes its element and draws, without scrolling', async () => {
    const el = await monitor(html`<leiden-monitor .data=${bigMonitor(30)}></leiden-monitor>`);
    await until(() => children(el).length > 0, 'the first children');
    await el.updateComplete;
    expect($$(el, '.placeholder').length, 'placeholders before printing').to.be.above(0);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await until(() => $$(el, '.placeholder').length === 0 && children(el).length === 30, 'every indicator an element');
      await until(() => children(el).every((child) => child.state === 'ready'), 'every child drawn');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('fetches the document once for the monitor and all its children', async () => {
    const key = `monitor-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const el = await monitor(html`<leiden-monitor src="/fault/count/${key}"></leiden-monitor>`);
    expect(el.state).to.equal('ready');
    await renderAll(el);
    await until(() => children(el).length === 2 && allReady(el), 'both children to render');
    expect(children(el).map((child) => child.state)).to.deep.equal(['ready', 'ready']);
    const {hits} = (await (await fetch(`/fault/hits/${key}`)).json()) as {hits: number};
    expect(hits).to.equal(1);
  });

  it('a navigation link scrolls to its theme and moves focus to the theme heading', async () => {
    const el = await monitor(html`<leiden-monitor .data=${bigMonitor(20)}></leiden-monitor>`);
    const link = $$(el, 'nav a')[3] as HTMLAnchorElement;
    expect(text(link)).to.equal('Thema D');
    link.click();
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.localName).to.equal('h3');
    expect(text(focused)).to.equal('Thema D');
    expect(focused.getBoundingClientRect().top).to.be.within(-1, window.innerHeight);
    expect(location.hash).to.equal('');
  });

  it('speaks English with lang="en"', async () => {
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()} lang="en"></leiden-monitor>`);
    expect(text($(el, 'h2'))).to.equal('Test monitor');
    expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Themes');
    expect(text($(el, '[part=meta]'))).to.equal('Source: Test source · Updated: June 1, 2024');
    expect(text($(el, 'details summary'))).to.equal('Notes Share of internationals');
    expect(text($(el, 'details'))).to.contain('As registered.');
  });

  it('shows descriptions and notes in a disclosure per indicator', async () => {
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    const details = $$(el, 'details');
    expect(details).to.have.length(2);
    expect(text(details[0]!.querySelector('summary'))).to.equal('Toelichting Aandeel internationals');
    expect(text(details[0])).to.contain('Inwoners met een niet-Nederlandse nationaliteit.');
    expect(text(details[1]!.querySelector('li'))).to.equal('Breuk in de reeks vanaf 2022: Nieuwe indeling.');
  });

  it('shows an HTTP error and fires monitor-error', async () => {
    const el = await fixture<LeidenMonitor>(html`<leiden-monitor></leiden-monitor>`);
    const event = nextEvent<CustomEvent>(el, 'monitor-error');
    el.src = '/fault/status/404';
    expect((await event).detail.code).to.equal('http');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect($(el, '[role=alert]')).to.not.equal(null);
    await expectNoAxeViolations(el);
  });

  it('rejects a document with an unknown view with a schema error naming the path', async () => {
    const doc = shapesMonitor() as Record<string, unknown> & {indicators: Record<string, unknown>[]};
    doc.indicators[1]!.view = 'pie';
    const el = await fixture<LeidenMonitor>(html`<leiden-monitor></leiden-monitor>`);
    const event = nextEvent<CustomEvent>(el, 'monitor-error');
    el.data = doc;
    const {detail} = await event;
    expect(detail.code).to.equal('schema');
    expect(detail.message).to.contain('indicators[1].view');
  });

  for (const lang of ['nl', 'en']) {
    it(`is axe clean with its children rendered (${lang})`, async () => {
      const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()} lang=${lang}></leiden-monitor>`);
      await renderAll(el);
      window.scrollTo(0, 0);
      await expectNoAxeViolations(el);
    });
  }
});
