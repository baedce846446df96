import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {areasMonitor, groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {nextEvent, until} from '../helpers/expect-event.js';
import {sendKeys} from '@web/test-runner-commands';

const AXE = {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};

async function chart(template: ReturnType<typeof html>): Promise<LeidenMonitorChart> {
  const el = await fixture<LeidenMonitorChart>(template);
  await until(() => el.state !== 'loading', 'the chart to leave loading');
  await el.updateComplete;
  return el;
}

const $ = (el: LeidenMonitorChart, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: LeidenMonitorChart, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const marks = (el: LeidenMonitorChart) => $$(el, '.mark') as SVGElement[];

describe('<leiden-monitor-chart> rendering', () => {
  it('draws one mark per point of a time series as a line chart, in a figure named by the title', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(marks(el)).to.have.length(4);
    expect($(el, 'path.series-line')).to.exist;
    const figure = $(el, 'figure')!;
    expect(figure.getAttribute('aria-labelledby')).to.equal('title');
    expect($(el, '#title')!.textContent).to.equal('Aandeel internationals');
    expect($(el, '#summary')!.textContent).to.contain('Hoogste waarde: 13,1%');
  });

  it('chooses horizontal bars for areas and columns for a few periods', async () => {
    const bars = await chart(html`<leiden-monitor-chart .data=${areasMonitor()}></leiden-monitor-chart>`);
    const rect = marks(bars)[0].getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(rect.height);
    const columns = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor([4, 5])}></leiden-monitor-chart>`);
    const col = marks(columns)[0].getBoundingClientRect();
    expect(col.height).to.be.greaterThan(col.width);
  });

  it('draws a missing value as a gap, labelled as missing, never as zero', async () => {
    const el = await chart(html`<leiden-monitor-chart type="column" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    const missing = $$(el, '.mark.missing');
    expect(missing).to.have.length(1);
    expect(missing[0].getAttribute('aria-label')).to.equal('2022: geen gegevens (confidential)');
    const line = await chart(html`<leiden-monitor-chart type="line" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    // d3's line with defined() breaks the path in two at the gap
    expect(($(line, 'path.series-line')!.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(2);
  });

  it('draws negative values from the zero baseline', async () => {
    const el = await chart(html`<leiden-monitor-chart type="bar" .data=${areasMonitor()}></leiden-monitor-chart>`);
    const zero = $(el, '.zero-line')!.getBoundingClientRect().left;
    const [positive, , negative] = marks(el).map((m) => m.getBoundingClientRect());
    expect(Math.abs(positive.left - zero)).to.be.lessThan(2);
    expect(Math.abs(negative.right - zero)).to.be.lessThan(2);
  });

  it('groups series side by side, and stacks them with `stacked`', async () => {
    const grouped = await chart(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    const g = marks(grouped).map((m) => m.getBoundingClientRect());
    expect(g).to.have.length(9);
    expect(g[1].left).to.be.greaterThan(g[0].left); // same period, next series: to the right
    const stacked = await chart(html`<leiden-monitor-chart type="column" stacked .data=${groupsMonitor()}></leiden-monitor-chart>`);
    const s = marks(stacked).map((m) => m.getBoundingClientRect());
    expect(Math.abs(s[1].left - s[0].left)).to.be.lessThan(1); // same column
    expect(Math.abs(s[1].bottom - s[0].top)).to.be.lessThan(1.5); // on top of each other
    expect($$(stacked, '.legend li')).to.have.length(3);
  });

  it('truncates long labels visibly and keeps the full text in names and the table', async () => {
    const el = await chart(html`<leiden-monitor-chart type="bar" style="width: 360px" .data=${areasMonitor()}></leiden-monitor-chart>`);
    const labels = $$(el, '.category-label').map((t) => t.textContent!);
    expect(labels[2].endsWith('…')).to.be.true;
    expect(marks(el)[2].getAttribute('aria-label')).to.contain('die niet past');
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'table')!.textContent).to.contain('Stationsdistrict en een wijk met een uitzonderlijk lange naam die niet past');
  });

  it('renders `type="table"` as a table only, with scoped headers and units', async () => {
    const el = await chart(html`<leiden-monitor-chart type="table" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect($(el, 'svg.plot')).to.equal(null);
    expect($$(el, 'tbody tr')).to.have.length(4);
    expect($$(el, 'th[scope=row]')).to.have.length(4);
    expect($(el, 'caption')!.textContent).to.contain('procent');
    expect($$(el, 'td')[0].textContent).to.equal('10,5%');
    expect($$(el, 'td.missing')).to.have.length(1);
  });

  it('renders the title as a heading of `heading-level`', async () => {
    const el = await chart(html`<leiden-monitor-chart heading-level="3" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect($(el, 'h3#title')!.textContent).to.equal('Aandeel internationals');
    const plain = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect($(plain, 'h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('shows the description in the caption, and period, source link and update date under the chart', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    const source = $(el, '[part=source]')!;
    expect(source.textContent).to.contain('Periode: 2020–2023');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/bron');
    expect(source.textContent).to.contain('1 juni 2024');
    expect($(el, 'figcaption .description')!.textContent).to.equal('Inwoners met een niet-Nederlandse nationaliteit, als deel van alle inwoners.');
  });

  it('applies `filter` and `series`', async () => {
    const el = await chart(html`<leiden-monitor-chart type="bar" filter="period=2023" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    expect(marks(el)).to.have.length(3);
    expect($(el, '.subtitle')!.textContent).to.equal('2023');
    const transposed = await chart(html`<leiden-monitor-chart type="column" series="period" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    expect($$(transposed, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['2021', '2022', '2023']);
  });

  it('hides its light-DOM fallback once rendered', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}><a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-chart>`);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('follows its container width without NaN geometry, also from zero width', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 0px"><leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart></div>`);
    const el = wrapper.querySelector('leiden-monitor-chart')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    const svgText = $(el, 'svg.plot')!.outerHTML;
    expect(svgText).not.to.match(/NaN|Infinity/);
    wrapper.style.width = '700px';
    await until(() => Number($(el, 'svg.plot')!.getAttribute('width')) === 700, 'the chart to take 700px');
    wrapper.style.width = '420px';
    await until(() => Number($(el, 'svg.plot')!.getAttribute('width')) === 420, 'the chart to take 420px');
  });
});

describe('<leiden-monitor-chart> keyboard and tooltip', () => {
  it('has one Tab stop into the plot; arrows, Home and End move between points', async () => {
    const el = await chart(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    marks(el)[0].focus();
    const focused = () => el.shadowRoot!.activeElement as SVGElement;
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(focused().getAttribute('aria-label')).to.equal('2022, Internationale studenten: 1.100');
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(focused().getAttribute('aria-label')).to.equal('2022, Kenniswerkers: 1.110');
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(focused().getAttribute('aria-label')).to.equal('2023, Kenniswerkers: 1.210');
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(focused().getAttribute('aria-label')).to.equal('2021, Kenniswerkers: 1.010');
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('leaves modified arrow keys to the browser', async () => {
    const el = await chart(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    marks(el)[0].focus();
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({up: 'Control'});
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as SVGElement).getAttribute('aria-label')).to.contain('2021');
  });

  it('shows a tooltip on focus and closes it with Escape', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    marks(el)[3].focus();
    await el.updateComplete;
    expect($(el, '[part=tooltip]')!.textContent).to.contain('13,1%');
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect($(el, '[part=tooltip]')).to.equal(null);
  });

  it('toggles the data table with a button that exposes aria-expanded', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    const button = $(el, 'button[part=toggle]') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'table')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, 'tbody tr')).to.have.length(4);
  });
});

describe('<leiden-monitor-chart> language', () => {
  it('speaks Dutch by default and English with lang="en", numbers included', async () => {
    const nl = await chart(html`<leiden-monitor-chart type="table" .data=${timeSeriesMonitor([12.5])}></leiden-monitor-chart>`);
    expect($$(nl, 'td')[0].textContent).to.equal('12,5%');
    const en = await chart(html`<leiden-monitor-chart lang="en" type="table" .data=${timeSeriesMonitor([12.5])}></leiden-monitor-chart>`);
    expect($$(en, 'td')[0].textContent).to.equal('12.5%');
    expect($(en, '#title')!.textContent).to.equal('Share of internationals');
    expect($(en, '[part=source]')!.textContent).to.contain('Source:');
  });

  it('re-renders when lang changes on the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart></div>`);
    const el = wrapper.querySelector('leiden-monitor-chart')!;
    await until(() => el.state === 'ready', 'ready');
    expect($(el, 'button[part=toggle]')!.textContent!.trim()).to.equal('Toon als tabel');
    wrapper.setAttribute('lang', 'en');
    await until(() => $(el, 'button[part=toggle]')!.textContent!.trim() === 'Show as table', 'English UI');
    el.setAttribute('lang', 'nl');
    await until(() => $(el, 'button[part=toggle]')!.textContent!.trim() === 'Toon als tabel', 'Dutch UI again');
  });

  it('does not throw on a malformed lang, and falls back to Dutch', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="not a tag!" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect(el.state).to.equal('ready');
    expect($(el, 'button[part=toggle]')!.textContent!.trim()).to.equal('Toon als tabel');
  });
});

describe('<leiden-monitor-chart> states and errors', () => {
  it('fires monitor-load after rendering, with the indicator', async () => {
    const el = document.createElement('leiden-monitor-chart');
    const loaded = nextEvent<CustomEvent>(el, 'monitor-load');
    el.data = timeSeriesMonitor();
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({indicator: 'share'});
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('.mark')).to.have.length(4);
    el.remove();
  });

  for (const [name, doc, code] of [
    ['an unknown indicator', {indicator: 'nope', data: timeSeriesMonitor()}, 'not-found'],
    ['an unknown filter value', {filter: 'area=GM9999', data: timeSeriesMonitor()}, 'not-found'],
    ['a broken document', {data: {format: 'leiden-monitor', version: 1, dimensions: {}, indicators: [{id: 'x', dimensions: [], observations: [{value: '12,5'}]}]}}, 'schema'],
    ['a document without values', {data: timeSeriesMonitor([null, null])}, 'empty'],
  ] as const) {
    it(`shows an alert and fires monitor-error (${code}) for ${name}`, async () => {
      const el = document.createElement('leiden-monitor-chart');
      const failed = nextEvent<CustomEvent>(el, 'monitor-error');
      Object.assign(el, doc);
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal(code);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.exist;
      await expect(el).to.be.accessible(AXE);
      el.remove();
    });
  }

  it('shows a polite loading status while fetching', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="share-international" src="/fault/slow/600/loading-${Math.random()}"></leiden-monitor-chart>`);
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Gegevens laden');
    await expect(el).to.be.accessible(AXE);
    await until(() => el.state === 'ready', 'ready');
  });

  it('is accessible when ready, with the table open and with a tooltip', async () => {
    const el = await chart(html`<leiden-monitor-chart heading-level="2" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    await expect(el).to.be.accessible(AXE);
    marks(el)[1].focus();
    await el.updateComplete;
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible(AXE);
    const en = await chart(html`<leiden-monitor-chart lang="en" type="bar" .data=${areasMonitor()}></leiden-monitor-chart>`);
    await expect(en).to.be.accessible(AXE);
  });
});
