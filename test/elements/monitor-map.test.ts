import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/map.js';
import type {LeidenMonitorMap} from '../../src/map.js';
import {districtsMonitor} from '../map/districts.js';
import {groupsMonitor} from '../helpers/monitors.js';
import {nextEvent, until} from '../helpers/expect-event.js';
import {captureDownload} from '../helpers/downloads.js';

const AXE = {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};
const FIXTURES = new URL('../map/fixtures/', import.meta.url).href;
// no dot in fault-server keys: the dev server caches URLs that look like files for a year
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const SHIPPED_TOPOJSON = new URL('../../src/geo/leiden-wijken-2023.json', import.meta.url).href;

async function map(template: ReturnType<typeof html>): Promise<LeidenMonitorMap> {
  const el = await fixture<LeidenMonitorMap>(template);
  await until(() => el.state !== 'loading', 'the map to leave loading');
  await el.updateComplete;
  return el;
}

const $ = (el: LeidenMonitorMap, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: LeidenMonitorMap, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const areas = (el: LeidenMonitorMap) => $$(el, 'path.area') as SVGPathElement[];
const byName = (el: LeidenMonitorMap, name: string) => areas(el).find((a) => a.getAttribute('aria-label')!.startsWith(`${name}:`))!;
const focused = (el: LeidenMonitorMap) => (el.shadowRoot!.activeElement as SVGElement | null)?.getAttribute('aria-label');

describe('<leiden-monitor-map> rendering', () => {
  it("draws Leiden's ten shipped districts, one path each, in a figure named by the title", async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(areas(el)).to.have.length(10);
    expect($(el, 'figure')!.getAttribute('aria-labelledby')).to.equal('title');
    expect($(el, '#title')!.textContent).to.equal('Aandeel met migratieachtergrond');
    expect($(el, '.subtitle')!.textContent).to.equal('2017');
    expect(byName(el, 'Leiden-Noord').getAttribute('aria-label')).to.equal('Leiden-Noord: 25,0%');
  });

  it('downloads a standalone SVG of the map with its title and every district', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    ($(el, 'button[part=download]') as HTMLButtonElement).click();
    await el.updateComplete;
    const file = await captureDownload(() => ($$(el, 'button[part=download-option]')[1] as HTMLButtonElement).click());
    expect(file.name).to.match(/\.svg$/);
    const svg = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml').documentElement;
    expect(svg.querySelector('title')!.textContent).to.equal('Aandeel met migratieachtergrond');
    expect(svg.querySelectorAll('path[fill]').length).to.be.at.least(10);
  });

  it('colours areas by quantile class and lists each class range in the legend, plus "no data"', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    // values 9, 11.5 | 13, 14 | 16, 18 | 20, 21 | 25 (and one missing): nine values by rank into five
    expect(byName(el, 'Roodenburgerdistrict').classList.contains('c1')).to.be.true;
    expect(byName(el, 'Leiden-Noord').classList.contains('c5')).to.be.true;
    expect(byName(el, 'Morsdistrict').classList.contains('c3')).to.be.true;
    const legend = $$(el, '[part=legend] li').map((li) => li.textContent!.trim());
    expect(legend).to.deep.equal(['9,0%–11,5%', '13,0%–14,0%', '16,0%–18,0%', '20,0%–21,0%', '25,0%', 'geen gegevens']);
    const fills = new Set(areas(el).filter((a) => !a.classList.contains('no-data')).map((a) => getComputedStyle(a).fill));
    expect(fills.size).to.equal(5);
  });

  it('hatches an area without data with the SVG pattern, never a class colour, and says so', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    const stevenshof = byName(el, 'Stevenshofdistrict');
    expect(stevenshof.getAttribute('aria-label')).to.equal('Stevenshofdistrict: geen gegevens (confidential)');
    expect(stevenshof.classList.contains('no-data')).to.be.true;
    expect([...stevenshof.classList].some((c) => /^c\d$/.test(c))).to.be.false;
    expect(getComputedStyle(stevenshof).fill).to.contain('#no-data');
    expect($(el, 'pattern#no-data line')).to.exist;
    expect($(el, '#summary')!.textContent).to.contain('Eén gebied zonder gegevens: Stevenshofdistrict.');
  });

  it('writes a summary with the lowest and highest areas', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    const summary = $(el, '#summary')!.textContent!;
    expect(summary).to.contain('Kaart van Aandeel met migratieachtergrond in 2017, 10 gebieden.');
    expect(summary).to.contain('Laagste waarde: 9,0% (Roodenburgerdistrict).');
    expect(summary).to.contain('Hoogste waarde: 25,0% (Leiden-Noord).');
  });

  it('shows data areas without a shape as such: in the summary and a console warning, not on the map', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await map(html`<leiden-monitor-map .data=${districtsMonitor({withCity: true})}></leiden-monitor-map>`);
      expect(areas(el)).to.have.length(10);
      expect($(el, '#summary')!.textContent).to.contain('Eén gebied uit de gegevens staat niet op de kaart: Leiden.');
      expect(warnings.join('\n')).to.contain('1 area(s) in the data have no shape in the geometry: GM0546');
    } finally {
      console.warn = warn;
    }
  });

  it('shows the `period` asked for, and `filter` picks the group', async () => {
    const el = await map(html`<leiden-monitor-map period="2016" .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(byName(el, 'Leiden-Noord').getAttribute('aria-label')).to.equal('Leiden-Noord: 1,0%');
    const western = await map(html`<leiden-monitor-map filter="group=western" .data=${districtsMonitor({withGroups: true})}></leiden-monitor-map>`);
    expect(byName(western, 'Leiden-Noord').getAttribute('aria-label')).to.equal('Leiden-Noord: 125,0%');
    expect($(western, '.subtitle')!.textContent).to.equal('2017 · Westers');
  });

  it('renders the title as a heading of `heading-level`, and period and source under the map', async () => {
    const el = await map(html`<leiden-monitor-map heading-level="3" .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect($(el, 'h3#title')).to.exist;
    const source = $(el, '[part=source]')!;
    expect(source.textContent).to.contain('Periode: 2017');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/bron');
  });

  it('hides its light-DOM fallback once rendered', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}><a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-map>`);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('draws GeoJSON and TopoJSON from `geo`, and rewinds rings wound the other way', async () => {
    const geojson = await map(html`<leiden-monitor-map geo=${`${FIXTURES}leiden-wijken-2023.geojson`} .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(areas(geojson)).to.have.length(10);
    const topo = await map(html`<leiden-monitor-map geo=${SHIPPED_TOPOJSON} geo-object="wijken" .data=${districtsMonitor()}></leiden-monitor-map>`);
    // both at the same width before comparing shapes (the layout follows the width)
    const drawnWidth = (el: LeidenMonitorMap) => Number($(el, 'svg.plot')!.getAttribute('width'));
    await until(() => drawnWidth(topo) === drawnWidth(geojson) && drawnWidth(topo) === Math.floor(topo.clientWidth), 'both maps at their width');
    expect(areas(topo).map((a) => a.getAttribute('d'))).to.deep.equal(areas(geojson).map((a) => a.getAttribute('d')));
    // 54 buurten, published with the other winding: all no-data here (district data), none the whole map
    const buurten = await map(html`<leiden-monitor-map geo=${`${FIXTURES}leiden-buurten-2023-ccw.geojson`} .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(areas(buurten)).to.have.length(54);
    const svgBox = $(buurten, 'svg.plot')!.getBoundingClientRect();
    for (const area of areas(buurten)) {
      const box = area.getBoundingClientRect();
      expect(box.width * box.height).to.be.lessThan((svgBox.width * svgBox.height) / 4);
    }
    expect($$(buurten, 'path.area.no-data')).to.have.length(54);
  });

  it('follows its container width without NaN geometry, also from zero width', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 0px"><leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map></div>`);
    const el = wrapper.querySelector('leiden-monitor-map')!;
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    const svgText = () => $(el, 'svg.plot')!.outerHTML;
    expect(svgText()).not.to.match(/NaN|Infinity/);
    for (const d of areas(el).map((a) => a.getAttribute('d')!)) expect(d).to.match(/^M[\d.,LMZ-]+Z$/);
    wrapper.style.width = '500px';
    await until(() => Number($(el, 'svg.plot')!.getAttribute('width')) === 500, 'the map to take 500px');
    expect(svgText()).not.to.match(/NaN|Infinity/);
    expect(Number($(el, 'svg.plot')!.getAttribute('height'))).to.be.within(200, 520);
  });
});

describe('<leiden-monitor-map> loading', () => {
  for (const width of [640, 320]) {
    it(`holds the room of Leiden's map while loading, so the page does not jump when it arrives (${width} px)`, async () => {
      // loading: the geometry is slow to come
      const slow = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
        <leiden-monitor-map .data=${districtsMonitor()} geo="/fault/slow/600/${unique()}"></leiden-monitor-map>
      </div>`);
      const loadingEl = slow.querySelector('leiden-monitor-map')!;
      await loadingEl.updateComplete;
      expect(loadingEl.state).to.equal('loading');
      const loading = loadingEl.getBoundingClientRect().height;
      // drawn: Leiden's shipped districts at the same width
      const drawn = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map></div>`);
      const el = drawn.querySelector('leiden-monitor-map')!;
      await until(() => el.state === 'ready', 'the map to draw');
      await el.updateComplete;
      const plot = $(el, 'svg.plot')!.getBoundingClientRect().height;
      expect(plot).to.be.above(150);
      expect(loading).to.be.within(plot - 1, plot + 4);
    });
  }
});

describe('<leiden-monitor-map> keyboard, tooltip and table', () => {
  it('has one Tab stop; arrows move west/east and north/south, Home and End to the ends', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    const stops = () => areas(el).filter((a) => a.getAttribute('tabindex') === '0');
    expect(stops()).to.have.length(1);
    // the Tab stop starts at the westernmost district
    expect(stops()[0].getAttribute('aria-label')).to.match(/^Stevenshofdistrict/);
    stops()[0].focus();
    await el.updateComplete;
    const press = async (key: string) => {
      await sendKeys({press: key});
      await el.updateComplete;
      return focused(el);
    };
    // west to east: Stevenshof, Mors, Boerhaave, …, Merenwijk; north to south: Merenwijk, Boerhaave, …
    expect(await press('ArrowRight')).to.equal('Morsdistrict: 18,0%');
    expect(await press('ArrowLeft')).to.equal('Stevenshofdistrict: geen gegevens (confidential)');
    expect(await press('ArrowLeft')).to.equal('Stevenshofdistrict: geen gegevens (confidential)');
    expect(await press('End')).to.equal('Merenwijkdistrict: 20,0%');
    expect(await press('ArrowDown')).to.equal('Boerhaavedistrict: 16,0%');
    expect(await press('ArrowUp')).to.equal('Merenwijkdistrict: 20,0%');
    expect(await press('ArrowUp')).to.equal('Merenwijkdistrict: 20,0%');
    expect(await press('Home')).to.equal('Stevenshofdistrict: geen gegevens (confidential)');
    expect(stops()).to.have.length(1);
  });

  it('leaves modified arrow keys to the browser', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    (areas(el).find((a) => a.getAttribute('tabindex') === '0') as SVGElement).focus();
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({up: 'Control'});
    await el.updateComplete;
    expect(focused(el)).to.match(/^Stevenshofdistrict/);
  });

  it('shows a tooltip with name and value on focus, keeps the focus outline, and closes the tooltip with Escape', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    byName(el, 'Leiden-Noord').focus();
    await el.updateComplete;
    const tip = $(el, '[part=tooltip]')!;
    expect(tip.textContent).to.contain('Leiden-Noord');
    expect(tip.textContent).to.contain('25,0%');
    expect($(el, 'path.ring.focus')!.getAttribute('d')).to.equal(byName(el, 'Leiden-Noord').getAttribute('d'));
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect($(el, '[part=tooltip]')).to.equal(null);
    expect($(el, 'path.ring.focus')).to.exist;
    expect(focused(el)).to.equal('Leiden-Noord: 25,0%');
  });

  it('shows a tooltip on hover', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    byName(el, 'Morsdistrict').dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await el.updateComplete;
    expect($(el, '[part=tooltip]')!.textContent).to.contain('Morsdistrict');
    expect($(el, 'path.ring.hover')).to.exist;
    $(el, '.plot-wrap')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part=tooltip]')).to.equal(null);
  });

  it('toggles the data table with a button that exposes aria-expanded', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor({withCity: true})}></leiden-monitor-map>`);
    const button = $(el, 'button[part=toggle]') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'table')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // every data area, Leiden as a whole included, and the missing one as missing
    expect($$(el, 'tbody th[scope=row]').map((th) => th.textContent!.trim())).to.include.members(['Leiden-Noord', 'Leiden']);
    expect($$(el, 'tbody tr')).to.have.length(11);
    expect($$(el, 'td.missing')).to.have.length(1);
  });
});

describe('<leiden-monitor-map> language', () => {
  it('speaks English with lang="en", numbers included', async () => {
    const el = await map(html`<leiden-monitor-map lang="en" .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect($(el, '#title')!.textContent).to.equal('Share with a migration background');
    expect(byName(el, 'Binnenstad-Zuid').getAttribute('aria-label')).to.equal('Binnenstad-Zuid: 11.5%');
    expect(byName(el, 'Stevenshofdistrict').getAttribute('aria-label')).to.equal('Stevenshofdistrict: no data (confidential)');
    expect($$(el, '[part=legend] li').map((li) => li.textContent!.trim())).to.deep.equal(['9.0%–11.5%', '13.0%–14.0%', '16.0%–18.0%', '20.0%–21.0%', '25.0%', 'no data']);
    const summary = $(el, '#summary')!.textContent!;
    expect(summary).to.contain('Map of Share with a migration background in 2017, 10 areas.');
    expect(summary).to.contain('Lowest value: 9.0% (Roodenburgerdistrict).');
    expect($(el, 'button[part=toggle]')!.textContent!.trim()).to.equal('Show as table');
  });

  it('re-renders when lang changes', async () => {
    const el = await map(html`<leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(byName(el, 'Binnenstad-Zuid').getAttribute('aria-label')).to.equal('Binnenstad-Zuid: 11,5%');
    el.setAttribute('lang', 'en');
    await until(() => byName(el, 'Binnenstad-Zuid').getAttribute('aria-label') === 'Binnenstad-Zuid: 11.5%', 'English numbers');
  });
});

describe('<leiden-monitor-map> states and errors', () => {
  it('fires monitor-load once both data and geometry are in, with the indicator', async () => {
    const el = document.createElement('leiden-monitor-map');
    const loaded = nextEvent<CustomEvent>(el, 'monitor-load');
    el.data = districtsMonitor();
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({indicator: 'share'});
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('path.area')).to.have.length(10);
    el.remove();
  });

  it('is loading while the geometry loads, and fires one monitor-load', async () => {
    const el = document.createElement('leiden-monitor-map');
    let loads = 0;
    el.addEventListener('monitor-load', () => loads++);
    el.geo = `/fault/slow/400/geo-${unique()}`; // the monitor fixture: valid JSON, slowly
    el.data = districtsMonitor();
    const failed = nextEvent<CustomEvent>(el, 'monitor-error');
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[role=status]')).to.exist;
    await failed; // …which is no geometry
    el.geo = null;
    await until(() => el.state === 'ready', 'ready with the shipped districts');
    await el.updateComplete;
    expect(loads).to.equal(1);
    el.remove();
  });

  for (const [name, props, code] of [
    ['a geo that answers 404', {geo: '/fault/status/404', data: districtsMonitor()}, 'http'],
    ['a geo that is not GeoJSON or TopoJSON', {geo: `/fault/count/not-geo-${unique()}`, data: districtsMonitor()}, 'schema'],
    ['a geo that is not JSON', {geo: '/fault/invalid-json', data: districtsMonitor()}, 'parse'],
    ['a TopoJSON object that is not there', {geo: SHIPPED_TOPOJSON, geoObject: 'buurten', data: districtsMonitor()}, 'schema'],
    ['an indicator without an area dimension', {data: groupsMonitor()}, 'not-found'],
    ['an unknown indicator', {indicator: 'nope', data: districtsMonitor()}, 'not-found'],
    ['an unknown period', {period: '1999', data: districtsMonitor()}, 'not-found'],
  ] as const) {
    it(`shows an alert and fires monitor-error (${code}) for ${name}`, async () => {
      const el = document.createElement('leiden-monitor-map');
      const failed = nextEvent<CustomEvent>(el, 'monitor-error');
      Object.assign(el, props);
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

  it('fetches the geometry again with "try again" after an HTTP error', async () => {
    const key = `geo-retry-${unique()}`;
    const el = await map(html`<leiden-monitor-map geo=${`/fault/flaky/${key}?fails=3&status=503`} .data=${districtsMonitor()}></leiden-monitor-map>`);
    expect(el.error?.code).to.equal('http');
    // the flaky route serves the monitor fixture after its failures: a schema error proves the refetch
    (el.shadowRoot!.querySelector('button.retry') as HTMLButtonElement).click();
    await until(() => el.error?.code === 'schema', 'the geometry to be fetched again', 10000);
  });

  it('is accessible when ready, with the table open and with a tooltip, in nl and en', async () => {
    const el = await map(html`<leiden-monitor-map heading-level="2" .data=${districtsMonitor({withCity: true})}></leiden-monitor-map>`);
    await expect(el).to.be.accessible(AXE);
    byName(el, 'Leiden-Noord').focus();
    await el.updateComplete;
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible(AXE);
    const en = await map(html`<leiden-monitor-map lang="en" .data=${districtsMonitor()}></leiden-monitor-map>`);
    await expect(en).to.be.accessible(AXE);
  });
});
