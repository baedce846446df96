import {expect, fixture, html} from '@open-wc/testing';
import '../../src/kpi.js';
import type {LeidenMonitorKpi} from '../../src/kpi.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {nextEvent, until} from '../helpers/expect-event.js';

const AXE = {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};

async function kpi(template: ReturnType<typeof html>): Promise<LeidenMonitorKpi> {
  const el = await fixture<LeidenMonitorKpi>(template);
  await until(() => el.state !== 'loading', 'the KPI to leave loading');
  await el.updateComplete;
  return el;
}

const $ = (el: LeidenMonitorKpi, selector: string) => el.shadowRoot!.querySelector(selector);
/** True when nothing matches (asserting on a missing element never formats a live DOM node). */
const none = (el: LeidenMonitorKpi, selector: string) => $(el, selector) === null;
const text = (el: LeidenMonitorKpi, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<leiden-monitor-kpi> tile', () => {
  it('shows the latest value, its period, the change in words and symbol, and a named trend line', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([10.5, 11.2, 11.6, 13.1])}></leiden-monitor-kpi>`);
    expect(el.state).to.equal('ready');
    expect(text(el, '[part=value]')).to.equal('13,1%');
    expect(text(el, '[part=period]')).to.equal('2023');
    expect(text(el, '[part=change]')).to.equal('▲ 1,5 procentpunt hoger dan in 2022');
    expect($(el, '[part=change] .symbol')!.getAttribute('aria-hidden')).to.equal('true');
    const spark = $(el, 'svg[part=sparkline]')!;
    expect(spark.getAttribute('role')).to.equal('img');
    expect(spark.getAttribute('aria-label')).to.equal('Trendlijn 2020–2023: van 10,5% in 2020 naar 13,1% in 2023.');
    expect($(el, 'path.spark-line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(text(el, '#title')).to.equal('Aandeel internationals');
    expect(text(el, '[part=source]')).to.contain('Bron: Testbron');
  });

  it('speaks English with lang="en": "12.5%" and "up … percentage points on …"', async () => {
    const nl = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([11, 12.5])}></leiden-monitor-kpi>`);
    expect(text(nl, '[part=value]')).to.equal('12,5%');
    const en = await kpi(html`<leiden-monitor-kpi lang="en" .data=${timeSeriesMonitor([11, 12.5])}></leiden-monitor-kpi>`);
    expect(text(en, '[part=value]')).to.equal('12.5%');
    expect(text(en, '[part=change]')).to.equal('▲ up 1.5 percentage points on 2020');
    expect(text(en, '#title')).to.equal('Share of internationals');
    expect($(en, 'svg[part=sparkline]')!.getAttribute('aria-label')).to.equal('Trend line 2020–2021: from 11.0% in 2020 to 12.5% in 2021.');
    const one = await kpi(html`<leiden-monitor-kpi lang="en" .data=${timeSeriesMonitor([11.5, 12.5])}></leiden-monitor-kpi>`);
    expect(text(one, '[part=change]')).to.equal('▲ up 1.0 percentage point on 2020');
  });

  it('gives a fall and no change in words, not colour alone', async () => {
    const down = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([12, 10.5])}></leiden-monitor-kpi>`);
    expect(text(down, '[part=change]')).to.equal('▼ 1,5 procentpunt lager dan in 2020');
    expect($(down, '[part=change]')!.classList.contains('down')).to.be.true;
    const same = await kpi(html`<leiden-monitor-kpi lang="en" .data=${timeSeriesMonitor([12, 12.01])}></leiden-monitor-kpi>`);
    expect(text(same, '[part=change]')).to.equal('= unchanged on 2020');
  });

  it('gives counts an absolute and a relative change', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([4000, 4500], 'count')}></leiden-monitor-kpi>`);
    expect(text(el, '[part=value]')).to.equal('4.500,0');
    expect(text(el, '[part=change]')).to.equal('▲ 500,0 meer dan in 2020, +12,5%');
    const en = await kpi(html`<leiden-monitor-kpi lang="en" .data=${timeSeriesMonitor([4000, 3000], 'count')}></leiden-monitor-kpi>`);
    expect(text(en, '[part=change]')).to.equal('▼ down 1,000.0 on 2020, −25.0%');
  });

  it('says when the latest period has no value and shows the latest present one with its period', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([10.5, 11.2, 13.1, null])}></leiden-monitor-kpi>`);
    expect(text(el, '.note')).to.equal('geen gegevens voor 2023');
    expect(text(el, '[part=value]')).to.equal('13,1%');
    expect(text(el, '[part=period]')).to.equal('2022');
    expect(text(el, '[part=change]')).to.equal('▲ 1,9 procentpunt hoger dan in 2021');
  });

  it('compares with the latest present period when the one before is missing, and says which', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    expect(text(el, '[part=change]')).to.equal('▲ 1,9 procentpunt hoger dan in 2021');
    // the gap breaks the trend line in two
    expect(($(el, 'path.spark-line')!.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(2);
  });

  it('shows a single period\'s value with its period, without change or trend line', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([12.5])}></leiden-monitor-kpi>`);
    expect(text(el, '[part=value]')).to.equal('12,5%');
    expect(text(el, '[part=period]')).to.equal('2020');
    expect(none(el, '[part=change]'), '[part=change]').to.be.true;
    expect(none(el, 'svg[part=sparkline]'), 'svg[part=sparkline]').to.be.true;
  });

  it('says when there is no earlier value to compare with', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([null, 12.5])}></leiden-monitor-kpi>`);
    expect(text(el, '[part=change]')).to.equal('Geen eerdere periode om mee te vergelijken.');
    expect(none(el, 'svg[part=sparkline]'), 'svg[part=sparkline]').to.be.true;
  });

  it('follows the first series and names it; `filter` picks another', async () => {
    const first = await kpi(html`<leiden-monitor-kpi .data=${groupsMonitor()}></leiden-monitor-kpi>`);
    expect(text(first, '.subtitle')).to.equal('Internationale studenten');
    expect(text(first, '[part=value]')).to.equal('1.200');
    const picked = await kpi(html`<leiden-monitor-kpi filter="group=labour-migrants" .data=${groupsMonitor()}></leiden-monitor-kpi>`);
    expect(text(picked, '.subtitle')).to.equal('Arbeidsmigranten');
    expect(text(picked, '[part=value]')).to.equal('1.220');
    expect(text(picked, '[part=change]')).to.equal('▲ 100 meer dan in 2022, +8,9%');
  });

  it('shows one value without change or trend when `filter` fixes the period', async () => {
    const el = await kpi(html`<leiden-monitor-kpi filter="period=2022;group=students" .data=${groupsMonitor()}></leiden-monitor-kpi>`);
    expect(text(el, '[part=value]')).to.equal('1.100');
    expect(text(el, '[part=period]')).to.equal('2022');
    expect(none(el, '[part=change]'), '[part=change]').to.be.true;
    expect(none(el, 'svg[part=sparkline]'), 'svg[part=sparkline]').to.be.true;
  });

  it('renders the title as a heading of `heading-level`, else as plain text', async () => {
    const el = await kpi(html`<leiden-monitor-kpi heading-level="3" .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    expect(text(el, 'h3#title')).to.equal('Aandeel internationals');
    const plain = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    expect(none(plain, 'h1, h2, h3, h4, h5, h6'), 'h1, h2, h3, h4, h5, h6').to.be.true;
  });

  it('hides its light-DOM fallback once rendered', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor()}><a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-kpi>`);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('re-renders when lang changes on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><leiden-monitor-kpi .data=${timeSeriesMonitor([11, 12.5])}></leiden-monitor-kpi></div>`);
    const el = wrapper.querySelector('leiden-monitor-kpi')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('12,5%');
    wrapper.setAttribute('lang', 'en');
    await until(() => text(el, '[part=value]') === '12.5%', 'English numbers');
    expect(text(el, '[part=change]')).to.contain('percentage points');
  });
});

describe('<leiden-monitor-kpi variant="inline">', () => {
  it('flows in running text as one phrase: value (period; change)', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p>Het aandeel is <leiden-monitor-kpi variant="inline" .data=${timeSeriesMonitor([10.5, 11.2, 11.6, 13.1])}></leiden-monitor-kpi> volgens de monitor.</p>`,
    );
    const el = p.querySelector('leiden-monitor-kpi')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(text(el, '[part=kpi]')).to.equal('13,1% (2023; ▲ 1,5 procentpunt hoger dan in 2022)');
    expect(none(el, 'svg'), 'svg').to.be.true;
    expect(none(el, 'h1, h2, h3, h4, h5, h6, p, div'), 'h1, h2, h3, h4, h5, h6, p, div').to.be.true;
    await expect(p).to.be.accessible(AXE);
  });

  it('says inline when the latest period has no value', async () => {
    const el = await kpi(html`<leiden-monitor-kpi lang="en" variant="inline" .data=${timeSeriesMonitor([10.5, 11.2, 13.1, null])}></leiden-monitor-kpi>`);
    expect(text(el, '[part=kpi]')).to.equal('13.1% (2022; no data for 2023; ▲ up 1.9 percentage points on 2021)');
  });

  it('stays inline in the error state', async () => {
    const el = await kpi(html`<leiden-monitor-kpi variant="inline" indicator="nope" .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    expect(el.state).to.equal('error');
    expect(getComputedStyle($(el, '[role=alert]')!).display).to.equal('inline');
    await expect(el).to.be.accessible(AXE);
  });
});

describe('<leiden-monitor-kpi> states, events and errors', () => {
  afterEach(() => document.querySelectorAll('body > leiden-monitor-kpi').forEach((el) => el.remove()));

  it('fires monitor-load after rendering, with the indicator, and is accessible', async () => {
    const el = document.createElement('leiden-monitor-kpi');
    const loaded = nextEvent<CustomEvent>(el, 'monitor-load');
    el.data = timeSeriesMonitor();
    el.headingLevel = 2;
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({indicator: 'share'});
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part=value]')).to.exist;
    await expect(el).to.be.accessible(AXE);
  });

  it('shows a polite loading status while fetching, then the figure from the shared loader', async () => {
    const el = await fixture<LeidenMonitorKpi>(html`<leiden-monitor-kpi indicator="share-international" filter="area=GM0546" src="/fault/slow/600/kpi-${Math.random()}"></leiden-monitor-kpi>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[role=status]')!.textContent).to.contain('Gegevens laden');
    await expect(el).to.be.accessible(AXE);
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('12,0%');
    await expect(el).to.be.accessible(AXE);
  });

  for (const [name, setup, code] of [
    ['an unknown indicator', {indicator: 'nope', data: timeSeriesMonitor()}, 'not-found'],
    ['an unknown filter value', {filter: 'area=GM9999', data: timeSeriesMonitor()}, 'not-found'],
    ['a broken document', {data: {format: 'leiden-monitor', version: 1, dimensions: {}, indicators: [{id: 'x', dimensions: [], observations: [{value: '12,5'}]}]}}, 'schema'],
    ['a document without values', {data: timeSeriesMonitor([null, null])}, 'empty'],
    ['a 404', {src: '/fault/status/404'}, 'http'],
    ['invalid JSON', {src: '/fault/invalid-json'}, 'parse'],
    ['a hanging server', {src: `/fault/hang?kpi-${Math.random()}`, timeout: 300}, 'network'],
  ] as const) {
    it(`shows an alert and fires monitor-error (${code}) for ${name}`, async () => {
      const el = document.createElement('leiden-monitor-kpi');
      const failed = nextEvent<CustomEvent>(el, 'monitor-error', 12000);
      Object.assign(el, setup);
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal(code);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.exist;
      await expect(el).to.be.accessible(AXE);
    });
  }

  it('offers a keyboard-reachable retry button after a network error', async () => {
    const el = document.createElement('leiden-monitor-kpi');
    const failed = nextEvent<CustomEvent>(el, 'monitor-error', 12000);
    Object.assign(el, {src: '/fault/status/404'});
    document.body.append(el);
    await failed;
    await el.updateComplete;
    const retry = $(el, 'button.retry') as HTMLButtonElement;
    retry.focus();
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    expect(retry.textContent!.trim()).to.equal('Opnieuw proberen');
  });

  it('is defined once: a second define is harmless', async () => {
    const {defineElement} = await import('../../src/base/define.js');
    const {LeidenMonitorKpi} = await import('../../src/kpi.js');
    expect(() => defineElement('leiden-monitor-kpi', class extends LeidenMonitorKpi {})).not.to.throw();
    expect(customElements.get('leiden-monitor-kpi')).to.equal(LeidenMonitorKpi);
  });
});
