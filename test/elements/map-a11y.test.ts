/**
 * Accessibility of <leiden-monitor-map> beyond axe, as chart-a11y.test.ts does for the chart: the
 * accessibility tree as Chromium exposes it (CDP Accessibility domain), the Tab and arrow-key
 * model, forced colours (the classes stay apart by dot density), reduced motion and reflow at
 * 320 px.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/map.js';
import type {LeidenMonitorMap} from '../../src/map.js';
import {districtsMonitor} from '../map/districts.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {axTree, emulate, motion, pageOverflow, pause, systemColour, undoEmulationAfterEach, settledElement, expectStillSpinnerUnderReducedMotion} from '../helpers/a11y-checks.js';

const map = (template: ReturnType<typeof html>) => settledElement<LeidenMonitorMap>(template, 'leiden-monitor-map');

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const areas = (el: LeidenMonitorMap) => $$(el, 'path.area') as SVGPathElement[];
const byName = (el: LeidenMonitorMap, name: string) => areas(el).find((a) => a.getAttribute('aria-label')!.startsWith(`${name}:`))!;
const active = (el: LeidenMonitorMap) => el.shadowRoot!.activeElement;
const press = async (el: LeidenMonitorMap, key: string) => {
  await sendKeys({press: key});
  await el.updateComplete;
};

describe('<leiden-monitor-map> in the accessibility tree', () => {
  for (const lang of ['nl', 'en']) {
    it(`exposes the figure, every area with name and value, the legend, the toggle and the table (${lang})`, async () => {
      const el = await map(html`<leiden-monitor-map id="ax-map" lang=${lang} heading-level="2" .data=${districtsMonitor()}></leiden-monitor-map>`);
      const nl = lang === 'nl';
      const title = nl ? 'Aandeel met migratieachtergrond' : 'Share with a migration background';
      const tree = await axTree('#ax-map');
      const figure = tree.find((n) => n.role === 'figure');
      expect(figure?.name).to.equal(title);
      expect(figure?.description).to.contain(nl ? 'Laagste waarde: 9,0% (Roodenburgerdistrict).' : 'Lowest value: 9.0% (Roodenburgerdistrict).');
      expect(tree.find((n) => n.role === 'heading')?.name).to.equal(title);
      expect(tree.find((n) => n.role === 'heading')?.properties.level).to.equal(2);
      const plot = tree.find((n) => n.role === 'group' && n.name === title);
      expect(plot?.description).to.contain(nl ? 'pijltoetsen' : 'arrow keys');
      const names = tree.filter((n) => n.role === 'image').map((n) => n.name);
      expect(names).to.have.length(10);
      expect(names).to.include(nl ? 'Leiden-Noord: 25,0%' : 'Leiden-Noord: 25.0%');
      expect(names).to.include(nl ? 'Roodenburgerdistrict: 9,0%' : 'Roodenburgerdistrict: 9.0%');
      expect(names).to.include(nl ? 'Stevenshofdistrict: geen gegevens (confidential)' : 'Stevenshofdistrict: no data (confidential)');
      // the exposed names are the areas' own, one per shape
      expect(names.slice().sort()).to.deep.equal(areas(el).map((a) => a.getAttribute('aria-label')).sort());
      const legend = tree.find((n) => n.role === 'list' && n.name === (nl ? 'Legenda' : 'Legend'));
      expect(legend, 'a list named Legenda/Legend').to.exist;
      const items = tree.filter((n) => n.role === 'listitem').map((n) => n.name);
      expect(items).to.have.length(6);
      const toggle = tree.find((n) => n.role === 'button' && n.properties.expanded !== undefined && n.name === (nl ? 'Toon als tabel' : 'Show as table'));
      expect(toggle?.properties.expanded).to.equal(false);
      expect(tree.find((n) => n.role === 'button' && n.name === (nl ? 'Downloaden' : 'Download'))?.properties.expanded).to.equal(false);
      expect(tree.find((n) => n.role === 'link')?.name).to.equal(nl ? 'Testbron' : 'Test source');

      ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
      await el.updateComplete;
      const open = await axTree('#ax-map');
      expect(open.find((n) => n.role === 'button' && n.name === (nl ? 'Verberg tabel' : 'Hide table'))?.properties.expanded).to.equal(true);
      expect(open.find((n) => n.role === 'table')?.name).to.contain(title);
      expect(open.filter((n) => n.role === 'columnheader').map((n) => n.name)).to.deep.equal(nl ? ['Wijk', title] : ['District', title]);
      const rows = open.filter((n) => n.role === 'rowheader').map((n) => n.name);
      expect(rows).to.have.length(10);
      expect(rows).to.include('Leiden-Noord');
      await expectNoAxeViolations(el);
    });
  }
});

describe('<leiden-monitor-map> keyboard', () => {
  it('is one Tab stop into the map (the westernmost area, then the last visited), then on to the source link, the toggle and the downloads', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map><button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector('leiden-monitor-map')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('aria-label')).to.equal('Stevenshofdistrict: geen gegevens (confidential)');
    await press(el, 'ArrowRight');
    expect(active(el)?.getAttribute('aria-label')).to.equal('Morsdistrict: 18,0%');
    await press(el, 'Tab');
    expect(active(el)?.localName).to.equal('a');
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('part')).to.equal('toggle');
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('part')).to.equal('download');
    await press(el, 'Tab');
    expect(document.activeElement?.id).to.equal('after');
    // back into the map: the area last visited, not the first
    await sendKeys({down: 'Shift'});
    for (let i = 0; i < 4; i++) await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    await el.updateComplete;
    expect(active(el)?.getAttribute('aria-label')).to.equal('Morsdistrict: 18,0%');
    expect(areas(el).filter((a) => a.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('opens the downloads with Enter and closes them with Escape, focus back on "Downloaden"', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    const button = $(el, 'button[part=download]') as HTMLButtonElement;
    button.focus();
    await press(el, 'Enter');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(($(el, '#download-options') as HTMLElement).hidden).to.be.false;
    await expectNoAxeViolations(el);
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('part')).to.equal('download-option');
    await press(el, 'Escape');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(($(el, '#download-options') as HTMLElement).hidden).to.be.true;
    expect(active(el)).to.equal(button);
  });
});

describe('<leiden-monitor-map> visual accessibility', () => {
  undoEmulationAfterEach();

  it('keeps the five classes and "no data" apart under forced colours: system colours and dot density, the same in the legend', async () => {
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const canvas = systemColour('Canvas');
    const canvasText = systemColour('CanvasText');
    expect(canvas).not.to.equal(canvasText);
    const fill = (node: Element) => getComputedStyle(node).fill;
    // one area of each class, lowest to highest, and the one without data
    const byClass = ['Roodenburgerdistrict', 'Stationsdistrict', 'Morsdistrict', 'Bos- en Gasthuisdistrict', 'Leiden-Noord'].map((name) => byName(el, name));
    byClass.forEach((area, k) => expect(area.classList.contains(`c${k + 1}`), `${area.getAttribute('aria-label')} in class ${k + 1}`).to.be.true);
    const fills = byClass.map(fill);
    expect(fills[0]).to.equal(canvas);
    for (const k of [2, 3, 4]) expect(fills[k - 1]).to.match(new RegExp(`^url\\("?#class-${k}"?\\)`));
    expect(fills[4]).to.equal(canvasText);
    const noData = fill(byName(el, 'Stevenshofdistrict'));
    expect(noData).to.contain('#no-data');
    expect(new Set([...fills, noData]).size, 'six different fills').to.equal(6);
    // the patterns themselves are drawn in system colours, ink growing with the class
    const radii = [2, 3, 4].map((k) => Number($(el, `pattern#class-${k} circle`)!.getAttribute('r')));
    expect(radii[0]).to.be.greaterThan(0);
    expect(radii[1]).to.be.greaterThan(radii[0]);
    expect(radii[2]).to.be.greaterThan(radii[1]);
    expect(radii[2] * 2).to.be.lessThan(4); // still dots on the 4 px grid, not solid like class 5
    for (const k of [2, 3, 4]) {
      expect(fill($(el, `pattern#class-${k} circle`)!)).to.equal(canvasText);
      expect(fill($(el, `pattern#class-${k} rect`)!)).to.equal(canvas);
    }
    // "no data" is hatched with lines, which no class pattern uses
    expect($(el, 'pattern#no-data line')).to.exist;
    expect($$(el, 'pattern[id^=class-] line')).to.have.length(0);
    expect(getComputedStyle($(el, 'pattern#no-data line')!).stroke).not.to.equal(canvas);
    // outlines in CanvasText
    for (const area of areas(el)) expect(getComputedStyle(area).stroke).to.equal(canvasText);
    // each legend swatch is filled as the areas of its class
    const swatches = $$(el, '[part=legend] li rect');
    expect(swatches.map(fill)).to.deep.equal([...fills, noData]);
    for (const swatch of swatches) expect(getComputedStyle(swatch).stroke).to.equal(canvasText);
    // text in system colours
    expect(getComputedStyle($(el, '#title')!).color).to.equal(canvasText);
    expect(getComputedStyle($(el, '[part=legend]')!).color).to.equal(canvasText);
    await expectNoAxeViolations(el);
  });

  it('draws the classes in five different colours, without patterns, when colours are not forced', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    const fills = ['Roodenburgerdistrict', 'Stationsdistrict', 'Morsdistrict', 'Bos- en Gasthuisdistrict', 'Leiden-Noord'].map((name) => getComputedStyle(byName(el, name)).fill);
    expect(new Set(fills).size).to.equal(5);
    for (const f of fills) expect(f).to.match(/^rgb/);
  });

  it('shows the focused area with a Highlight ring under forced colours', async () => {
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    byName(el, 'Leiden-Noord').focus();
    await el.updateComplete;
    expect(getComputedStyle($(el, 'path.ring.focus')!).stroke).to.equal(systemColour('Highlight'));
  });

  it('has no animation or transition at all under reduced motion, loading or ready', async () => {
    await expectStillSpinnerUnderReducedMotion(html`<leiden-monitor-map src="/fault/slow/1500/map-rm-${Math.random()}"></leiden-monitor-map>`);
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    byName(el, 'Leiden-Noord').focus();
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part=tooltip]')).to.exist;
    expect(motion(el)).to.deep.equal([]);
  });

  it('reflows at 320 CSS px without horizontal page scroll: map, legend, table open and a tooltip', async () => {
    await setViewport({width: 320, height: 640});
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor({withCity: true})}></leiden-monitor-map>`);
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    ($(el, 'button[part=download]') as HTMLButtonElement).click();
    await el.updateComplete;
    await until(() => Number($(el, 'svg.plot')!.getAttribute('width')) <= 320, 'the map to take the narrow width');
    byName(el, 'Merenwijkdistrict').focus(); // the easternmost: its tooltip is nearest the right edge
    await el.updateComplete;
    await pause(100);
    expect($(el, '[part=tooltip]')).to.exist;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect($(el, 'svg.plot')!.getBoundingClientRect().right).to.be.at.most(320);
    expect(pageOverflow()).to.be.at.most(0);
    await expectNoAxeViolations(el);
  });
});
