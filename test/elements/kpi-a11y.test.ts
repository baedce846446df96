/**
 * Accessibility of <leiden-monitor-kpi> beyond axe, as chart-a11y.test.ts does for the chart: the
 * accessibility tree as Chromium exposes it (CDP Accessibility domain), the table of the trend
 * line's values behind a disclosure button, forced colours, reduced motion and reflow at 320 px,
 * as a tile and inline in running text.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/kpi.js';
import type {LeidenMonitorKpi} from '../../src/kpi.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {captureDownload} from '../helpers/downloads.js';
import {axTree, emulate, motion, pageOverflow, pause, systemColour, undoEmulationAfterEach, settledElement, expectStillSpinnerUnderReducedMotion} from '../helpers/a11y-checks.js';

const kpi = (template: ReturnType<typeof html>) => settledElement<LeidenMonitorKpi>(template, 'leiden-monitor-kpi');

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const toggle = (el: LeidenMonitorKpi) => $(el, 'button[part=toggle]') as HTMLButtonElement;
const texts = (nodes: {role: string; name: string}[]) => nodes.filter((n) => n.role === 'StaticText').map((n) => n.name);

describe('<leiden-monitor-kpi> in the accessibility tree', () => {
  for (const lang of ['nl', 'en']) {
    it(`exposes the tile as a named group: value with period, the change in words, the trend line, and a table of every value behind a button (${lang})`, async () => {
      const el = await kpi(html`<leiden-monitor-kpi id="ax-kpi" lang=${lang} heading-level="3" .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
      const nl = lang === 'nl';
      const title = nl ? 'Aandeel internationals' : 'Share of internationals';
      const tree = await axTree('#ax-kpi');
      expect(tree.find((n) => n.role === 'group')?.name).to.equal(title);
      const heading = tree.find((n) => n.role === 'heading');
      expect(heading?.name).to.equal(title);
      expect(heading?.properties.level).to.equal(3);
      const words = texts(tree);
      expect(words).to.include(nl ? '13,1%' : '13.1%');
      expect(words).to.include('2023');
      // the change in words; the ▲ is hidden, the direction is in the words
      const change = words.find((t) => /procentpunt|percentage point/.test(t));
      expect(change?.trim()).to.equal(nl ? '1,9 procentpunt hoger dan in 2021' : 'up 1.9 percentage points on 2021');
      expect(words.join(' ')).not.to.match(/[▲▼]/);
      expect(tree.find((n) => n.role === 'image')?.name).to.equal(
        nl ? 'Trendlijn 2020–2023: van 10,5% in 2020 naar 13,1% in 2023.' : 'Trend line 2020–2023: from 10.5% in 2020 to 13.1% in 2023.',
      );
      const button = tree.find((n) => n.role === 'button');
      expect(button?.name).to.equal(nl ? 'Toon als tabel' : 'Show as table');
      expect(button?.properties.expanded).to.equal(false);
      expect(tree.find((n) => n.role === 'table'), 'no table while closed').to.equal(undefined);

      toggle(el).click();
      await el.updateComplete;
      const open = await axTree('#ax-kpi');
      const openButton = open.find((n) => n.role === 'button');
      expect(openButton?.name).to.equal(nl ? 'Verberg tabel' : 'Hide table');
      expect(openButton?.properties.expanded).to.equal(true);
      // caption with the unit, a column header per column, a row header per period, every value
      expect(open.find((n) => n.role === 'table')?.name.replace(/\s+/g, '')).to.equal(`${title}(${nl ? 'procent' : 'percent'})`.replace(/\s+/g, ''));
      expect(open.filter((n) => n.role === 'columnheader').map((n) => n.name)).to.deep.equal([nl ? 'Jaar' : 'Year', title]);
      expect(open.filter((n) => n.role === 'rowheader').map((n) => n.name)).to.deep.equal(['2020', '2021', '2022', '2023']);
      const cells = open.filter((n) => n.role === 'cell').map((n) => n.name.trim());
      expect(cells).to.deep.equal(nl ? ['10,5%', '11,2%', 'geen gegevens (confidential)', '13,1%'] : ['10.5%', '11.2%', 'no data (confidential)', '13.1%']);
      await expectNoAxeViolations(el);
    });
  }

  it('tables only the series the tile follows, with that series as its column', async () => {
    // the filter fixes the group (named in the tile's subtitle): the column is the indicator
    const el = await kpi(html`<leiden-monitor-kpi filter="group=labour-migrants" .data=${groupsMonitor()}></leiden-monitor-kpi>`);
    toggle(el).click();
    await el.updateComplete;
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Jaar', 'Internationals per groep']);
    expect($$(el, 'tbody td').map((td) => td.textContent!.trim())).to.deep.equal(['1.020', '1.120', '1.220']);
    const first = await kpi(html`<leiden-monitor-kpi .data=${groupsMonitor()}></leiden-monitor-kpi>`);
    toggle(first).click();
    await first.updateComplete;
    expect($$(first, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Jaar', 'Internationale studenten']);
    expect($$(first, 'tbody td').map((td) => td.textContent!.trim())).to.deep.equal(['1.000', '1.100', '1.200']);
  });

  it('offers the trend line\'s values as a CSV download, with every value', async () => {
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    const button = $(el, 'button[part=download]') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Downloaden (CSV)');
    const file = await captureDownload(() => button.click());
    expect(file.name).to.equal('share.csv');
    const text = (await file.blob.text()).replace(/^\ufeff/, '');
    expect(text).to.equal('Jaar,Aandeel internationals,Aandeel internationals (status)\r\n2020,10.5,\r\n2021,11.2,\r\n2022,,confidential\r\n2023,13.1,\r\n');
  });

  it('offers no table where there is no trend line: one period, or inline in running text', async () => {
    const one = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor([12.5])}></leiden-monitor-kpi>`);
    expect($(one, 'button, table')).to.equal(null);
    const p = await fixture<HTMLParagraphElement>(
      html`<p id="ax-inline">Het aandeel is <leiden-monitor-kpi variant="inline" .data=${timeSeriesMonitor([10.5, 11.2, 11.6, 13.1])}></leiden-monitor-kpi> volgens de monitor.</p>`,
    );
    const inline = p.querySelector('leiden-monitor-kpi')!;
    await until(() => inline.state === 'ready', 'ready');
    await inline.updateComplete;
    const tree = await axTree('#ax-inline');
    expect(tree.filter((n) => ['button', 'table', 'group', 'image', 'heading'].includes(n.role)).map((n) => n.role)).to.deep.equal([]);
    // text runs as the tree splits them: compare without the spaces between runs
    const phrase = texts(tree).join('').replace(/\s+/g, '');
    expect(phrase).to.contain('Hetaandeelis13,1%(2023;1,5procentpunthogerdanin2022)volgensdemonitor.');
  });
});

describe('<leiden-monitor-kpi> keyboard', () => {
  it('reaches the table button with Tab, opens and closes the table with Enter and Space, focus staying on the button', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi></div>`);
    const el = wrapper.querySelector('leiden-monitor-kpi')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    // the source link comes after the button: the button is the first stop
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#table-wrap table')).to.exist;
    expect(toggle(el).getAttribute('aria-controls')).to.equal($(el, '#table-wrap')!.id);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'table')).to.equal(null);
    expect(($(el, '#table-wrap') as HTMLElement).hidden).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
  });
});

describe('<leiden-monitor-kpi> visual accessibility', () => {
  undoEmulationAfterEach();

  it('draws with system colours under forced colours: text, tile border, trend line, button and table', async () => {
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const canvasText = systemColour('CanvasText');
    const style = (selector: string) => getComputedStyle($(el, selector)!);
    expect(style('[part=value]').color).to.equal(canvasText);
    expect(style('[part=change]').color).to.equal(canvasText);
    expect(style('.tile').borderTopColor).to.equal(canvasText);
    expect(style('.spark-line').stroke).to.equal(canvasText);
    expect(style('.spark-dot').fill).to.equal(canvasText);
    expect(style('button[part=toggle]').color).to.equal(systemColour('ButtonText'));
    toggle(el).click();
    await el.updateComplete;
    expect(style('td').color).to.equal(canvasText);
    expect(style('th').color).to.equal(canvasText);
    await expectNoAxeViolations(el);
  });

  it('has no animation or transition at all under reduced motion, loading or ready', async () => {
    await expectStillSpinnerUnderReducedMotion(html`<leiden-monitor-kpi indicator="share-international" src="/fault/slow/1500/kpi-rm-${Math.random()}"></leiden-monitor-kpi>`);
    const el = await kpi(html`<leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
    toggle(el).click();
    await el.updateComplete;
    expect(motion(el)).to.deep.equal([]);
  });

  it('reflows at 320 CSS px without horizontal page scroll, as a tile with its table open and inline in a sentence', async () => {
    await setViewport({width: 320, height: 640});
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <leiden-monitor-kpi heading-level="2" .data=${groupsMonitor()}></leiden-monitor-kpi>
      <p>Het aandeel internationals in de gemeente Leiden is <leiden-monitor-kpi variant="inline" lang="en" .data=${timeSeriesMonitor([4000, 3000, 3500, 4500], 'count')}></leiden-monitor-kpi> volgens de monitor.</p>
    </div>`);
    const [tile, inline] = Array.from(wrapper.querySelectorAll('leiden-monitor-kpi'));
    await until(() => tile.state === 'ready' && inline.state === 'ready', 'both ready');
    toggle(tile).click();
    await tile.updateComplete;
    await pause(50);
    expect(tile.getBoundingClientRect().right).to.be.at.most(320);
    const table = $(tile, 'table')!.getBoundingClientRect();
    expect(table.right, 'the table fits the tile').to.be.at.most($(tile, '.tile')!.getBoundingClientRect().right);
    // the inline phrase wraps with its sentence
    expect(inline.getClientRects().length).to.be.at.least(2);
    expect(pageOverflow()).to.be.at.most(0);
    await expectNoAxeViolations(wrapper);
  });
});
