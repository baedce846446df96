/**
 * Accessibility of <vision-goals> beyond axe, as chart-a11y.test.ts does for the chart: the
 * accessibility tree as Chromium exposes it (CDP Accessibility domain: region, headings, lists,
 * link, the KPI tiles inside), the Tab order, forced colours, reduced motion and reflow at 320 px.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/vision-goals.js';
import type {VisionGoals} from '../../src/vision-goals.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {axTree, deepElements, emulate, motion, pageOverflow, pause, systemColour, undoEmulationAfterEach, settledElement, expectStillSpinnerUnderReducedMotion} from '../helpers/a11y-checks.js';

const CUSTOM = new URL('../fixtures/vision/custom-vision.json', import.meta.url).pathname;
const MONITOR = new URL('../fixtures/fault-monitor.json', import.meta.url).pathname;

type Tile = HTMLElement & {state: string; updateComplete: Promise<unknown>};

const vision = (template: ReturnType<typeof html>) => settledElement<VisionGoals>(template, 'vision-goals');

/** Waits for the vision's KPI tiles to be ready. */
async function tilesReady(el: VisionGoals, count: number): Promise<Tile[]> {
  const tiles = Array.from(el.shadowRoot!.querySelectorAll('leiden-monitor-kpi')) as Tile[];
  expect(tiles).to.have.length(count);
  await until(() => customElements.get('leiden-monitor-kpi') !== undefined && tiles.every((t) => t.state === 'ready'), 'ready tiles');
  await Promise.all(tiles.map((t) => t.updateComplete));
  return tiles;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));

const GOALS_NL = ['Kansen benutten', 'Samen knelpunten oplossen', 'Talent naar Leiden halen', 'Internationalisering in het beleid'];

describe('<vision-goals> in the accessibility tree', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`exposes a region named by the title, headings one level apart, the goals as a list and each goal's domains as a named list (${lang})`, async () => {
      const el = await vision(html`<vision-goals id="ax-vision" lang=${lang} heading-level="2"></vision-goals>`);
      const nl = lang === 'nl';
      const title = nl ? 'Visie internationalisering' : 'Internationalisation vision';
      const tree = await axTree('#ax-vision');
      expect(tree.find((n) => n.role === 'region')?.name).to.equal(title);
      const headings = tree.filter((n) => n.role === 'heading');
      expect(headings.map((h) => h.properties.level)).to.deep.equal([2, 3, 3, 3, 3]);
      expect(headings[0].name).to.equal(title);
      const goalNames = headings.slice(1).map((h) => h.name);
      // the English goal titles are the vision's own: compare with what the element shows
      expect(goalNames).to.deep.equal($$(el, 'ol.goals > li h3').map((h) => h.textContent!.trim()));
      if (nl) expect(goalNames).to.deep.equal(GOALS_NL);
      const lists = tree.filter((n) => n.role === 'list');
      // the goals, then one list of domains per goal, named "Beleidsterreinen:"
      expect(lists).to.have.length(5);
      expect(lists.slice(1).every((l) => l.name === (nl ? 'Beleidsterreinen:' : 'Policy areas:'))).to.be.true;
      expect(tree.filter((n) => n.role === 'listitem').length).to.equal(4 + $$(el, 'ul.domains li').length);
      const link = tree.find((n) => n.role === 'link');
      expect(link?.name, 'the source link').to.equal($(el, '[part=source] a')!.textContent!.trim());
      expect(texts(tree)).to.match(nl ? /^Visie internationalisering Vastgesteld door de gemeenteraad van Leiden op 17 september 2020\. / : /^Internationalisation vision Adopted by Leiden city council on September 17, 2020\. /);
    });
  }

  it('without heading-level exposes no heading, but still the named region and the lists', async () => {
    await vision(html`<vision-goals id="ax-plain"></vision-goals>`);
    const tree = await axTree('#ax-plain');
    expect(tree.filter((n) => n.role === 'heading')).to.have.length(0);
    expect(tree.find((n) => n.role === 'region')?.name).to.equal('Visie internationalisering');
    expect(tree.filter((n) => n.role === 'list')).to.have.length(5);
  });

  it('exposes the KPI tiles of a goal as groups named by their indicator, one level below the goal, each with its table button', async () => {
    const el = await vision(html`<vision-goals id="ax-tiles" heading-level="2" src=${CUSTOM} monitor-src=${MONITOR}></vision-goals>`);
    const tiles = await tilesReady(el, 2);
    const tree = await axTree('#ax-tiles');
    const groups = tree.filter((n) => n.role === 'group').map((n) => n.name);
    expect(groups).to.deep.equal(['Aandeel internationals (voorbeelddata / sample data)', 'Nieuwkomers per groep (voorbeelddata / sample data)']);
    const levels = tree.filter((n) => n.role === 'heading').map((n) => `${n.properties.level} ${n.name}`);
    expect(levels).to.deep.equal([
      '2 Testvisie',
      '3 Nieuwkomers verwelkomen',
      '4 Aandeel internationals (voorbeelddata / sample data)',
      '4 Nieuwkomers per groep (voorbeelddata / sample data)',
      '3 Ontmoeting',
    ]);
    // a table button where there is a trend line (workers have one value: no trend, no table)
    expect(tree.filter((n) => n.role === 'button' && n.name === 'Toon als tabel')).to.have.length(1);
    expect(tiles[1].shadowRoot!.querySelector('svg[part=sparkline], button')).to.equal(null);
    // a tile's table, opened, is in the vision's tree too
    (tiles[0].shadowRoot!.querySelector('button[part=toggle]') as HTMLButtonElement).click();
    await tiles[0].updateComplete;
    const open = await axTree('#ax-tiles');
    expect(open.find((n) => n.role === 'table')?.name).to.contain('Aandeel internationals');
    await expectNoAxeViolations(el);
  });
});

function texts(tree: {role: string; name: string}[]): string {
  return tree
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join(' ');
}

describe('<vision-goals> keyboard', () => {
  it('has Tab stops only for what can be operated: the tiles\' table and CSV buttons, then the source link', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><vision-goals src=${CUSTOM} monitor-src=${MONITOR}></vision-goals><button id="after">after</button></div>`);
    const el = wrapper.querySelector('vision-goals')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    const tiles = await tilesReady(el, 2);
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    const stops: string[] = [];
    for (let i = 0; i < 10 && document.activeElement?.id !== 'after'; i++) {
      await sendKeys({press: 'Tab'});
      const host = document.activeElement;
      const inner = host === el ? el.shadowRoot!.activeElement : null;
      const deep = inner?.shadowRoot?.activeElement ?? inner;
      stops.push(host?.id === 'after' ? 'after' : `${deep?.localName}${deep?.getAttribute('part') ? `[${deep.getAttribute('part')}]` : ''}`);
    }
    // the first tile: its table and CSV buttons and source link; the second (one value, no trend):
    // its source link; then the vision's source link
    expect(stops).to.deep.equal(['button[toggle]', 'button[download]', 'a', 'a', 'a', 'after']);
    expect(tiles[0].shadowRoot!.querySelector('button[part=toggle]')).to.exist;
  });
});

describe('<vision-goals> visual accessibility', () => {
  undoEmulationAfterEach();

  it('draws with system colours under forced colours: text, list numbers, domain borders and the tiles', async () => {
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const el = await vision(html`<vision-goals heading-level="2" src=${CUSTOM} monitor-src=${MONITOR}></vision-goals>`);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const tiles = await tilesReady(el, 2);
    const canvasText = systemColour('CanvasText');
    expect(getComputedStyle($(el, '#vision-title')!).color).to.equal(canvasText);
    expect(getComputedStyle($(el, '.description')!).color).to.equal(canvasText);
    expect(getComputedStyle($(el, 'li.goal')!, '::marker').color).to.equal(canvasText);
    for (const li of $$(el, 'ul.domains li')) expect(getComputedStyle(li).borderTopColor).to.equal(canvasText);
    expect(getComputedStyle(tiles[0].shadowRoot!.querySelector('.tile')!).borderTopColor).to.equal(canvasText);
    expect(getComputedStyle(tiles[0].shadowRoot!.querySelector('.spark-line')!).stroke).to.equal(canvasText);
    await expectNoAxeViolations(el);
  });

  it('has no animation or transition at all under reduced motion, loading or ready with its tiles', async () => {
    await expectStillSpinnerUnderReducedMotion(html`<vision-goals src="/fault/slow/1500/vision-rm-${Math.random()}"></vision-goals>`);
    const el = await vision(html`<vision-goals src=${CUSTOM} monitor-src=${MONITOR}></vision-goals>`);
    await tilesReady(el, 2);
    expect(deepElements(el).some((e) => e.classList.contains('tile'))).to.be.true;
    expect(motion(el)).to.deep.equal([]);
  });

  it('reflows at 320 CSS px without horizontal page scroll, with KPI tiles and a table open', async () => {
    await setViewport({width: 320, height: 640});
    const el = await vision(html`<vision-goals heading-level="2" src=${CUSTOM} monitor-src=${MONITOR}></vision-goals>`);
    const tiles = await tilesReady(el, 2);
    (tiles[0].shadowRoot!.querySelector('button[part=toggle]') as HTMLButtonElement).click();
    await tiles[0].updateComplete;
    await pause(50);
    for (const tile of tiles) expect(tile.getBoundingClientRect().right, tile.getAttribute('indicator')!).to.be.at.most(320);
    expect(pageOverflow()).to.be.at.most(0);
    const built = await vision(html`<vision-goals lang="en"></vision-goals>`);
    expect(built.getBoundingClientRect().right).to.be.at.most(320);
    expect(pageOverflow()).to.be.at.most(0);
    await expectNoAxeViolations(el);
  });
});
