/**
 * Accessibility of <leiden-monitor-chart> beyond axe: the accessibility tree as Chromium exposes
 * it (CDP Accessibility domain), forced colours and reduced motion (CDP Emulation), reflow at
 * 320 px, the focus ring, and the CSV download.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand, setViewport, sendKeys} from '@web/test-runner-commands';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';
import {undoEmulationAfterEach} from '../helpers/a11y-checks.js';
import {captureDownload} from '../helpers/downloads.js';

interface AxNode {
  role: string;
  name: string;
  description: string;
  properties: Record<string, unknown>;
}

const axTree = (selector?: string) => executeServerCommand<AxNode[], {selector?: string}>('ax-tree', {selector});
const emulate = (features: {name: string; value: string}[]) => executeServerCommand('cdp-emulate-media', {features});

async function chart(template: ReturnType<typeof html>): Promise<LeidenMonitorChart> {
  const el = await fixture<LeidenMonitorChart>(template);
  await until(() => el.state !== 'loading', 'the chart to leave loading');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('<leiden-monitor-chart> in the accessibility tree', () => {
  for (const lang of ['nl', 'en']) {
    it(`exposes the figure, its points, the toggle and the table by name and role (${lang})`, async () => {
      const el = await chart(html`<leiden-monitor-chart id="ax" lang=${lang} type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
      const tree = await axTree('#ax');
      const title = lang === 'nl' ? 'Internationals per groep' : 'Internationals by group';
      const figure = tree.find((n) => n.role === 'figure');
      expect(figure?.name).to.equal(title);
      expect(figure?.description).to.contain(lang === 'nl' ? 'Hoogste waarde' : 'Highest value');
      const points = tree.filter((n) => n.role === 'image');
      expect(points).to.have.length(9);
      expect(points[0].name).to.equal(lang === 'nl' ? '2021, Internationale studenten: 1.000' : '2021, International students: 1,000');
      const toggle = tree.find((n) => n.role === 'button' && n.properties.expanded !== undefined);
      expect(toggle?.properties.expanded).to.equal(false);

      ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
      await el.updateComplete;
      const open = await axTree('#ax');
      expect(open.find((n) => n.role === 'button' && n.properties.expanded !== undefined)?.properties.expanded).to.equal(true);
      const table = open.find((n) => n.role === 'table');
      expect(table?.name).to.contain(title);
      expect(open.filter((n) => n.role === 'rowheader').map((n) => n.name)).to.deep.equal(['2021', '2022', '2023']);
    });
  }

  it('names a missing point as missing, with its status', async () => {
    await chart(html`<leiden-monitor-chart id="missing" type="column" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    const names = (await axTree('#missing')).filter((n) => n.role === 'image').map((n) => n.name);
    expect(names).to.deep.equal(['2020: 10,5%', '2021: 11,2%', '2022: geen gegevens (confidential)', '2023: 13,1%']);
  });
});

describe('<leiden-monitor-chart> visual accessibility', () => {
  undoEmulationAfterEach();

  it('draws with system colours under forced colours, series still told apart by pattern', async () => {
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const el = await chart(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    const marks = Array.from(el.shadowRoot!.querySelectorAll('.mark')) as SVGElement[];
    expect(getComputedStyle(marks[0]).fill).to.equal(canvasText);
    // the second series is filled with a pattern whose overlay lines are drawn in Canvas
    expect(marks[1].getAttribute('fill')).to.match(/^url\(#series-pattern-1\)$/);
    const overlay = $(el, '#series-pattern-1 .pattern-overlay') as SVGElement;
    expect(getComputedStyle(overlay).stroke).not.to.equal(canvasText);
  });

  it('stops the loading spinner when reduced motion is asked for', async () => {
    await emulate([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="newcomers" src="/fault/slow/1500/${Math.random()}"></leiden-monitor-chart>`);
    const spinner = $(el, '.spinner') as HTMLElement;
    expect(getComputedStyle(spinner).animationName).to.equal('none');
    await emulate([]);
    expect(getComputedStyle(spinner).animationName).to.equal('spin');
  });

  it('reflows at 320 CSS px without horizontal page scroll, table open', async () => {
    await setViewport({width: 320, height: 640});
    const el = await chart(html`<leiden-monitor-chart type="bar" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('is one Tab stop into the plot (a mark, never the SVG itself), and Tab leaves it', async () => {
    const root = await fixture<HTMLElement>(html`<div><button id="before">before</button><leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart></div>`);
    const el = root.querySelector('leiden-monitor-chart')!;
    await until(() => el.state === 'ready', 'the chart to be ready');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    const first = el.shadowRoot!.activeElement;
    expect(first?.classList.contains('mark'), `focused: ${first?.localName}.${first?.getAttribute('class')}`).to.equal(true);
    await sendKeys({press: 'Tab'});
    const next = el.shadowRoot!.activeElement;
    expect(next?.localName, 'after the plot: a link or a button of the figure').to.be.oneOf(['a', 'button']);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(el.shadowRoot!.activeElement?.classList.contains('mark')).to.equal(true);
  });

  it('draws a focus ring outside the focused point, and removes it when focus leaves', async () => {
    const el = await chart(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    const mark = el.shadowRoot!.querySelector('.mark') as SVGGraphicsElement;
    mark.focus();
    await el.updateComplete;
    const ring = $(el, '.focus-ring') as SVGGraphicsElement;
    const r = ring.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    expect(r.left).to.be.lessThan(m.left);
    expect(r.right).to.be.greaterThan(m.right);
    expect(r.top).to.be.lessThan(m.top);
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    const moved = ($(el, '.focus-ring') as SVGGraphicsElement).getBoundingClientRect();
    expect(moved.left).to.be.greaterThan(r.left);
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    expect($(el, '.focus-ring')).to.equal(null);
  });

  it('offers the data as a CSV download with every value', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    ($(el, 'button[part=download]') as HTMLButtonElement).click();
    await el.updateComplete;
    const file = await captureDownload(() => ($(el, 'button[part=download-option]') as HTMLButtonElement).click());
    expect(file.name).to.equal('share.csv');
    expect(file.href).to.match(/^blob:/);
    const text = (await file.blob.text()).replace(/^\ufeff/, '');
    expect(text).to.equal('Jaar,Aandeel internationals,Aandeel internationals (status)\r\n2020,10.5,\r\n2021,11.2,\r\n2022,,confidential\r\n2023,13.1,\r\n');
  });
});
