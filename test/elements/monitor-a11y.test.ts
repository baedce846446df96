/**
 * Accessibility of <leiden-monitor> beyond axe, as chart-a11y.test.ts does for the chart: the
 * accessibility tree as Chromium exposes it (CDP Accessibility domain: title, navigation, theme
 * regions, the children's figures and groups, the notes disclosures), the keyboard path through
 * the navigation, forced colours, reduced motion and reflow at 320 px, with every child rendered.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/monitor.js';
import type {LeidenMonitor} from '../../src/monitor.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {axTree, deepElements, emulate, motion, pageOverflow, pause, systemColour, undoEmulationAfterEach, settledElement, expectStillSpinnerUnderReducedMotion} from '../helpers/a11y-checks.js';
import {shapesMonitor} from '../helpers/shapes-monitor.js';

type Child = HTMLElement & {state: string; updateComplete: Promise<unknown>};
const CHILD = 'leiden-monitor-chart, leiden-monitor-kpi, leiden-monitor-map';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const children = (el: Element) => $$(el, CHILD) as Child[];

const monitor = (template: ReturnType<typeof html>) => settledElement<LeidenMonitor>(template, 'leiden-monitor');

/** Scrolls each placeholder into view until every indicator is a rendered, ready element. */
async function renderAll(el: LeidenMonitor, count = 3): Promise<Child[]> {
  for (let guard = 0; guard < 100; guard++) {
    const pending = $(el, '.placeholder') ?? children(el).find((c) => c.state !== 'ready');
    if (!pending) break;
    pending.scrollIntoView();
    await pause(50);
    await el.updateComplete;
  }
  const all = children(el);
  expect(all.map((c) => `${c.localName} ${c.state}`)).to.have.length(count);
  await until(() => all.every((c) => c.state === 'ready'), 'every child ready');
  await Promise.all(all.map((c) => c.updateComplete));
  window.scrollTo(0, 0);
  return all;
}

afterEach(() => window.scrollTo(0, 0));

describe('<leiden-monitor> in the accessibility tree', () => {
  for (const lang of ['nl', 'en']) {
    it(`exposes the title, a named navigation of links, a region per theme and each indicator below its theme (${lang})`, async () => {
      const el = await monitor(html`<leiden-monitor id="ax-monitor" lang=${lang} .data=${shapesMonitor()}></leiden-monitor>`);
      await renderAll(el);
      const nl = lang === 'nl';
      const tree = await axTree('#ax-monitor');
      const nav = tree.find((n) => n.role === 'navigation');
      expect(nav?.name).to.equal(nl ? "Thema's" : 'Themes');
      const themes = nl ? ['Bevolking', 'Wijken'] : ['Population', 'Districts'];
      expect(tree.filter((n) => n.role === 'link' && themes.includes(n.name)).map((n) => n.name)).to.deep.equal(themes);
      expect(tree.filter((n) => n.role === 'region').map((n) => n.name)).to.deep.equal(themes);
      const headings = tree.filter((n) => n.role === 'heading').map((n) => `${n.properties.level} ${n.name}`);
      const [share, residents, byDistrict] = nl ? ['Aandeel internationals', 'Inwoners', 'Aandeel per wijk'] : ['Share of internationals', 'Residents', 'Share by district'];
      expect(headings).to.deep.equal([`2 ${nl ? 'Testmonitor' : 'Test monitor'}`, `3 ${themes[0]}`, `4 ${share}`, `4 ${residents}`, `3 ${themes[1]}`, `4 ${byDistrict}`]);
      // the children as they name themselves: the KPI a group, the chart and the map figures
      expect(tree.find((n) => n.role === 'group' && n.name === share), 'the KPI tile').to.exist;
      expect(tree.filter((n) => n.role === 'figure').map((n) => n.name)).to.deep.equal([residents, byDistrict]);
      expect(tree.filter((n) => n.role === 'image' && /^Wijk \d: /.test(n.name))).to.have.length(10);
      // the notes of an indicator: a closed disclosure named with its indicator
      const notes = tree.find((n) => n.role === 'DisclosureTriangle');
      expect(notes?.name.replace(/\s+/g, ' ')).to.equal(`${nl ? 'Toelichting' : 'Notes'} ${share}`);
      expect(notes?.properties.expanded).to.equal(false);
      expect(tree.find((n) => n.role === 'link' && n.name === (nl ? 'Testbron' : 'Test source')), 'the source link').to.exist;
    });
  }
});

describe('<leiden-monitor> keyboard', () => {
  it('reaches the source and the navigation first; Enter on a theme link moves focus to that theme\'s heading', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><leiden-monitor .data=${shapesMonitor()}></leiden-monitor></div>`);
    const el = wrapper.querySelector('leiden-monitor')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    const inner = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await sendKeys({press: 'Tab'});
    expect(inner()?.textContent).to.equal('Testbron');
    await sendKeys({press: 'Tab'});
    expect(inner()?.textContent).to.equal('Bevolking');
    await sendKeys({press: 'Tab'});
    expect(inner()?.textContent).to.equal('Wijken');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(inner()?.localName).to.equal('h3');
    expect(inner()?.textContent).to.equal('Wijken');
    // the next Tab goes on from the theme, not back to the top
    await sendKeys({press: 'Tab'});
    await pause(50);
    const next = inner();
    expect(next?.closest('section')?.querySelector('h3')?.textContent ?? next?.localName).to.not.equal('Bevolking');
    expect(['Testbron', 'Bevolking', 'Wijken']).not.to.include(next?.textContent);
  });

  it('opens an indicator\'s notes with the keyboard', async () => {
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    const summary = $(el, 'details summary') as HTMLElement;
    summary.focus();
    await sendKeys({press: 'Enter'});
    expect(($(el, 'details') as HTMLDetailsElement).open).to.be.true;
    await expectNoAxeViolations(el);
  });
});

describe('<leiden-monitor> visual accessibility', () => {
  undoEmulationAfterEach();

  it('draws every text in a system colour under forced colours, its children included', async () => {
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    await renderAll(el);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const system = new Set(['CanvasText', 'LinkText', 'VisitedText', 'ButtonText', 'GrayText', 'Highlight', 'HighlightText', 'Canvas', 'ButtonFace'].map(systemColour));
    const canvasText = systemColour('CanvasText');
    const offenders = deepElements(el)
      .filter((e) => Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((e) => !system.has(getComputedStyle(e).color))
      .map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}: ${getComputedStyle(e).color}`);
    expect(offenders).to.deep.equal([]);
    expect(getComputedStyle($(el, 'h2')!).color).to.equal(canvasText);
    const [kpi, , map] = children(el);
    expect(getComputedStyle(kpi.shadowRoot!.querySelector('.spark-line')!).stroke).to.equal(canvasText);
    // the map's classes stay apart inside the monitor too
    const fills = new Set(Array.from(map.shadowRoot!.querySelectorAll('path.area'), (a) => getComputedStyle(a).fill));
    expect(fills.size).to.equal(5);
    await expectNoAxeViolations(el);
  });

  it('has no animation or transition at all under reduced motion, loading or with every child rendered', async () => {
    await expectStillSpinnerUnderReducedMotion(html`<leiden-monitor src="/fault/slow/1500/monitor-rm-${Math.random()}"></leiden-monitor>`);
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    await renderAll(el);
    expect(motion(el)).to.deep.equal([]);
  });

  it('reflows at 320 CSS px without horizontal page scroll, every child rendered, tables open', async () => {
    await setViewport({width: 320, height: 640});
    const el = await monitor(html`<leiden-monitor .data=${shapesMonitor()}></leiden-monitor>`);
    const all = await renderAll(el);
    for (const child of all) (child.shadowRoot!.querySelector('button[part=toggle]') as HTMLButtonElement | null)?.click();
    await Promise.all(all.map((c) => c.updateComplete));
    await pause(100);
    for (const child of all) expect(child.getBoundingClientRect().right, child.localName).to.be.at.most(320);
    expect(pageOverflow()).to.be.at.most(0);
  });
});
