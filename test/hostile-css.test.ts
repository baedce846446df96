// Issue 7 hardening: our elements on pages we do not control.
//
// 1. Hostile host CSS. The page's stylesheet says
//      * { font-size: 30px !important; color: #fff !important }
//      svg, table { display: none !important }
//      div { padding: 50px !important }
//    What we guarantee, and test here:
//    - page selectors do not reach into our shadow roots: our SVGs and tables are displayed, our
//      divs keep their padding, marks and areas keep their size;
//    - sizes that are ours stay ours: axis and category labels are 12px whatever the page's font size;
//    - our text is drawn in our colours (the --leiden-color-* tokens), not the page's `color`
//      (except the inline KPI, which takes the colour and font of the sentence it sits in, on purpose).
//    What we do not guarantee:
//    - the host element itself (`<leiden-monitor-chart>` …) is the page's to style, on purpose: its
//      box (display, margin, width) and inherited font-size. Text we size in `em` scales with the
//      page's font-size on the host (a page that wants bigger charts may do so); fixed sizes do not;
//    - the light-DOM fallback (the element's children, shown before we render and to readers without
//      JavaScript) is page content, styled by the page.
//
// 2. `display: none`. An element created inside a hidden container loads without error and without
//    NaN or Infinity in any SVG attribute and, once the container is shown, is ready and takes the
//    container's width. Since elements draw only near the viewport (src/base/viewport.ts), the monitor
//    elements stay `loading` while hidden (a display:none element never intersects) and draw when
//    shown; <vision-goals> draws at once. A zero-width (visible) container draws without NaN too.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import '../src/index.js';
import {groupsMonitor, timeSeriesMonitor} from './helpers/monitors.js';
import {districtsMonitor} from './map/districts.js';
import {until} from './helpers/expect-event.js';

const HOSTILE_CSS = `
  * { font-size: 30px !important; color: #fff !important }
  svg, table { display: none !important }
  div { padding: 50px !important }
`;
const WHITE = 'rgb(255, 255, 255)';
const SVG_NS = 'http://www.w3.org/2000/svg';

type Ours = HTMLElement & {state?: string; updateComplete?: Promise<unknown>};

const shadow = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => Array.from(shadow(el).querySelectorAll<Element>(selector));
const nameOf = (el: Element) => `<${el.localName}${el.getAttribute('type') ? ` type="${el.getAttribute('type')}"` : ''}${el.getAttribute('variant') ? ` variant="${el.getAttribute('variant')}"` : ''}>`;

async function ready(el: Ours): Promise<void> {
  // no attribute yet before the first render: wait for an outcome, not "not loading"
  await until(() => /^(ready|error)$/.test(el.getAttribute('state') ?? ''), () => `${nameOf(el)} to be ready (state="${el.getAttribute('state')}")`);
  expect(el.getAttribute('state'), `${nameOf(el)} state`).to.equal('ready');
  await el.updateComplete;
}

/** Whether `node` is inside something we hide on purpose (`hidden`, a closed table, visually-hidden text). */
function hiddenByUs(node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.classList.contains('visually-hidden') || n.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** Elements in our shadow root that hold text of their own (a non-blank text node child). */
function textHolders(el: Element): Element[] {
  return all(el, '*').filter(
    (n) => !hiddenByUs(n) && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== ''),
  );
}

/** Every SVG attribute in the shadow root that says NaN or Infinity. */
function badGeometry(el: Element): string[] {
  const bad: string[] = [];
  for (const node of all(el, '*')) {
    if (node.namespaceURI !== SVG_NS) continue;
    for (const a of node.attributes) if (/NaN|Infinity/.test(a.value)) bad.push(`${node.localName}[${a.name}="${a.value}"]`);
  }
  return bad;
}

describe('hostile host CSS leaves our rendering intact', () => {
  let style: HTMLStyleElement;
  let els: Ours[];
  // not fixture(): its container is removed after each test, and these tests share one page
  const wrap = document.createElement('section');

  before(async () => {
    style = document.createElement('style');
    style.id = 'hostile-css';
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    document.body.append(wrap);
    render(html`
      <leiden-monitor-chart .data=${groupsMonitor()} type="column"><a href="https://example.org/">fallback</a></leiden-monitor-chart>
      <leiden-monitor-chart .data=${timeSeriesMonitor()} type="line"></leiden-monitor-chart>
      <leiden-monitor-chart .data=${groupsMonitor()} type="table"></leiden-monitor-chart>
      <leiden-monitor-kpi .data=${timeSeriesMonitor()}></leiden-monitor-kpi>
      <p>Inline: <leiden-monitor-kpi variant="inline" .data=${timeSeriesMonitor()}></leiden-monitor-kpi>.</p>
      <leiden-monitor-map .data=${districtsMonitor()}></leiden-monitor-map>
      <vision-goals heading-level="2"></vision-goals>
    `, wrap);
    els = [...wrap.querySelectorAll<Ours>('leiden-monitor-chart, leiden-monitor-kpi, leiden-monitor-map, vision-goals')];
    for (const el of els) await ready(el);
  });

  after(() => {
    style.remove();
    wrap.remove();
  });

  const byTag = (tag: string, type?: string) => els.find((e) => e.localName === tag && (!type || e.getAttribute('type') === type || e.getAttribute('variant') === type))!;

  it('the hostile stylesheet is in force on the page (the light DOM)', () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    try {
      expect(getComputedStyle(probe).padding).to.equal('50px');
      expect(getComputedStyle(probe).color).to.equal(WHITE);
    } finally {
      probe.remove();
    }
  });

  it('keeps our SVGs and tables displayed (page selectors do not reach the shadow DOM)', () => {
    const checked: string[] = [];
    for (const el of els) {
      for (const node of all(el, 'svg, table')) {
        if (hiddenByUs(node)) continue;
        expect(getComputedStyle(node).display, `${nameOf(el)} ${node.localName}.${node.getAttribute('class') ?? ''}`).not.to.equal('none');
        checked.push(`${el.localName} ${node.localName}`);
      }
    }
    // the drawings themselves: chart plots, the sparkline, the map, the table of type="table"
    expect(shadow(byTag('leiden-monitor-chart', 'column')).querySelector('svg.plot')).to.exist;
    expect(shadow(byTag('leiden-monitor-chart', 'table')).querySelector('table')).to.exist;
    expect(shadow(byTag('leiden-monitor-kpi', 'tile')).querySelector('svg.sparkline')).to.exist;
    expect(shadow(byTag('leiden-monitor-map')).querySelector('svg.plot')).to.exist;
    expect(checked.length).to.be.at.least(5);
  });

  it('draws marks, lines and areas with a non-zero size, in a plot with a non-zero box', () => {
    for (const el of [byTag('leiden-monitor-chart', 'column'), byTag('leiden-monitor-chart', 'line'), byTag('leiden-monitor-map')]) {
      const box = shadow(el).querySelector('svg.plot')!.getBoundingClientRect();
      expect(box.width, `${nameOf(el)} plot width`).to.be.greaterThan(100);
      expect(box.height, `${nameOf(el)} plot height`).to.be.greaterThan(50);
    }
    const sizes = (el: Element, selector: string) => {
      const nodes = all(el, selector) as SVGGraphicsElement[];
      expect(nodes.length, `${nameOf(el)} ${selector}`).to.be.greaterThan(0);
      return nodes.map((n) => n.getBBox());
    };
    for (const b of sizes(byTag('leiden-monitor-chart', 'column'), 'path.mark')) expect(b.width > 0 && b.height > 0, 'column mark size').to.be.true;
    for (const b of sizes(byTag('leiden-monitor-chart', 'line'), 'path.line, path[class*="line"]')) expect(b.width, 'line width').to.be.greaterThan(0);
    for (const b of sizes(byTag('leiden-monitor-map'), 'path.area')) expect(b.width > 0 && b.height > 0, 'map area size').to.be.true;
    for (const b of sizes(byTag('leiden-monitor-kpi', 'tile'), 'svg.sparkline path')) expect(b.width, 'sparkline width').to.be.greaterThan(0);
  });

  it('keeps the axis and category labels at our 12px, whatever the page font size', () => {
    for (const el of [byTag('leiden-monitor-chart', 'column'), byTag('leiden-monitor-chart', 'line')]) {
      const labels = all(el, '.tick-label, .category-label');
      expect(labels.length, `${nameOf(el)} labels`).to.be.greaterThan(0);
      for (const label of labels) {
        expect(getComputedStyle(label).fontSize, `${nameOf(el)} ${label.getAttribute('class')} "${label.textContent}"`).to.equal('12px');
        expect(getComputedStyle(label).fill, `${nameOf(el)} label fill`).not.to.equal(WHITE);
      }
    }
  });

  it('does not let the page pad our divs', () => {
    const divs = els.flatMap((el) => all(el, 'div'));
    expect(divs.length).to.be.greaterThan(0);
    for (const div of divs) expect(getComputedStyle(div).paddingTop, `div.${div.getAttribute('class') ?? ''}`).not.to.equal('50px');
  });

  it('the host itself is the page\'s to style: its font size is the page\'s, so em-sized text scales with it', () => {
    // documents the boundary of the guarantee above, it is not a wish
    for (const el of els) expect(getComputedStyle(el).fontSize, nameOf(el)).to.equal('30px');
  });

  for (const [tag, type] of [
    ['leiden-monitor-chart', 'column'],
    ['leiden-monitor-chart', 'table'],
    ['leiden-monitor-kpi', 'tile'],
    ['leiden-monitor-map', undefined],
    ['vision-goals', undefined],
  ] as const) {
    it(`draws the text of <${tag}${type ? ` ${type}` : ''}> in our colours, not the page's color on the host`, () => {
      const el = byTag(tag, type);
      const white = textHolders(el)
        .filter((n) => getComputedStyle(n).color === WHITE)
        .map((n) => `${n.localName}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}.${n.getAttribute('class') ?? ''} "${n.textContent!.trim().slice(0, 30)}"`);
      expect(white, `${nameOf(el)}: text in the page's #fff`).to.deep.equal([]);
    });
  }
});

describe('an element created inside display: none', () => {
  const WIDTH = 480;
  const cases: [string, () => HTMLElement, string | undefined][] = [
    ['leiden-monitor-chart', () => Object.assign(document.createElement('leiden-monitor-chart'), {data: groupsMonitor(), type: 'column' as const}), 'svg.plot'],
    ['leiden-monitor-chart (line)', () => Object.assign(document.createElement('leiden-monitor-chart'), {data: timeSeriesMonitor(), type: 'line' as const}), 'svg.plot'],
    ['leiden-monitor-map', () => Object.assign(document.createElement('leiden-monitor-map'), {data: districtsMonitor()}), 'svg.plot'],
    ['leiden-monitor-kpi', () => Object.assign(document.createElement('leiden-monitor-kpi'), {data: timeSeriesMonitor()}), 'svg.sparkline'],
    ['vision-goals', () => document.createElement('vision-goals'), undefined],
  ];

  for (const [name, create, plot] of cases) {
    it(`<${name}> loads while hidden without NaN geometry, and is ready${plot === 'svg.plot' ? ' at the container width' : ''} when shown`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.style.display = 'none';
      container.style.width = `${WIDTH}px`;
      const el = create() as Ours;
      container.append(el);
      // while hidden: a state, never an error, no broken geometry in whatever is drawn
      await until(() => el.hasAttribute('state'), () => `${nameOf(el)} to render once while hidden`);
      await new Promise((r) => setTimeout(r, 200));
      expect(el.getAttribute('state'), `${nameOf(el)} while hidden`).to.be.oneOf(['loading', 'ready']);
      expect(badGeometry(el), 'SVG attributes with NaN/Infinity while hidden').to.deep.equal([]);

      container.style.display = 'block';
      expect(container.clientWidth).to.equal(WIDTH);
      await ready(el);
      expect(badGeometry(el), 'SVG attributes with NaN/Infinity when shown').to.deep.equal([]);
      if (el.localName === 'vision-goals') expect(all(el, 'ol.goals > li').length).to.be.greaterThan(0);
      if (!plot) return;
      expect(shadow(el).querySelector(plot), `${plot} when shown`).to.exist;
      if (plot !== 'svg.plot') return; // the KPI's trend line has a fixed size
      const width = () => shadow(el).querySelector(plot)?.getAttribute('width');
      await until(() => width() === String(WIDTH), () => `${plot} width="${WIDTH}" (has "${width()}")`);
      await el.updateComplete;
      expect(badGeometry(el), 'SVG attributes with NaN/Infinity at the new width').to.deep.equal([]);
      expect(shadow(el).querySelector(plot)!.getBoundingClientRect().width).to.be.closeTo(WIDTH, 1);
    });
  }

  for (const [name, create] of cases.filter(([, , plot]) => plot === 'svg.plot')) {
    it(`<${name}> in a zero-width container draws without NaN geometry`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.style.width = '0px';
      const el = create() as Ours;
      container.append(el);
      await ready(el);
      expect(shadow(el).querySelector('svg.plot')).to.exist;
      expect(badGeometry(el)).to.deep.equal([]);
    });
  }
});
