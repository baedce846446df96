/**
 * The drop-in bundle as a CMS page uses it (built by `npm run build`, served byte for byte via
 * `?raw`, see test/helpers/csp-pages.mjs): two copies on one page, and no globals of ours.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {until} from './helpers/expect-event.js';
import {templates as en} from '../src/generated/locales/en.js';
import {templates as ar} from '../src/generated/locales/ar.js';

// lit's own version markers are allowed (CONTRACT §1)
const LIT_MARKERS = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'];

describe('drop-in bundle dist/leiden-widgets.js', () => {
  it('defines the elements, writes no globals, and a second copy on the page does not throw', async () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      // two different URLs: two module instances, as with two <script> tags of different versions
      await import(/* @vite-ignore */ '/dist/leiden-widgets.js?raw&copy=1' as string);
      await import(/* @vite-ignore */ '/dist/leiden-widgets.js?raw&copy=2' as string);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('leiden-monitor-chart')).to.exist;
    const added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && !LIT_MARKERS.includes(name));
    expect(added).to.deep.equal([]);

    const el = document.createElement('leiden-monitor-chart') as HTMLElement & {state: string};
    el.setAttribute('src', '/test/fixtures/fault-monitor.json?raw');
    el.setAttribute('indicator', 'newcomers');
    document.body.append(el);
    await until(() => el.state === 'ready', () => `ready, have ${el.state}`);
    expect(el.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
    el.remove();
  });

  type Chart = HTMLElement & {state: string};

  /** A chart of the fixture's `newcomers` from the drop-in, set up by `prepare`, rendered; removed after `check`. */
  async function withDropInChart(prepare: (el: Chart) => void, check: (root: ShadowRoot) => Promise<void> | void): Promise<void> {
    await import(/* @vite-ignore */ '/dist/leiden-widgets.js?raw&copy=1' as string);
    const el = document.createElement('leiden-monitor-chart') as Chart;
    el.setAttribute('src', '/test/fixtures/fault-monitor.json?raw');
    el.setAttribute('indicator', 'newcomers');
    prepare(el);
    document.body.append(el);
    try {
      await until(() => el.state === 'ready', () => `ready, have ${el.state}`);
      await check(el.shadowRoot!);
    } finally {
      el.remove();
    }
  }

  // the drop-in's build turns message ids into indexes (scripts/compact-messages.mjs): each language
  // must still show its own text for each id
  for (const [lang, catalogue] of [['en', en], ['ar', ar]] as const) {
    it(`shows the ${lang} catalogue's text for each message`, () =>
      withDropInChart(
        (el) => (el.lang = lang),
        (root) => {
          expect(root.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal(catalogue['table.show']);
          expect(root.querySelector('[part="download"]')!.textContent!.trim()).to.equal(catalogue['download.menu']);
          expect(root.querySelector('#plot-help')!.textContent!.startsWith(catalogue['plot.help'] as string)).to.be.true;
        },
      ));
  }

  // the drop-in's CSS reads our private custom properties under short names (scripts/minify-templates.mjs):
  // the public tokens must still reach every rule that reads them
  it('applies the public colour and font tokens through the renamed private properties', () =>
    withDropInChart(
      (el) => {
        el.style.setProperty('--leiden-color-series-1', 'rgb(1, 2, 3)');
        el.style.setProperty('--leiden-color-text-muted', 'rgb(4, 5, 6)');
        el.style.setProperty('--leiden-font-family', 'monospace');
        el.setAttribute('type', 'column');
      },
      (root) => {
        expect(getComputedStyle(root.querySelector('.mark.s0')!).fill).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(root.querySelector('.tick-label')!).fill).to.equal('rgb(4, 5, 6)');
        expect(getComputedStyle(root.querySelector('figure')!).fontFamily).to.equal('monospace');
      },
    ));

  // the drop-in shortens lit's shared internals (`_$…`, rollup.config.mjs): events, boolean and
  // property bindings and updates must work as in the npm build
  it('answers the keyboard and the table toggle', () =>
    withDropInChart(
      (el) => el.setAttribute('type', 'column'),
      async (root) => {
        const first = root.querySelector<SVGElement>('.mark[tabindex="0"]')!;
        first.focus();
        await sendKeys({press: 'ArrowRight'});
        await until(() => root.activeElement !== first && root.activeElement?.classList.contains('mark') === true, () => 'focus on the next mark');
        expect(root.querySelector('.tooltip')).to.exist;
        const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
        toggle.click();
        await until(() => root.querySelector('table') !== null, () => 'a table');
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      },
    ));

  // the drop-in also shortens our base classes' protected members (rollup.config.mjs,
  // DROP_IN_PROTECTED): every element must still draw its data, load the code it needs and resize
  it('draws every element from it', async () => {
    await import(/* @vite-ignore */ '/dist/leiden-widgets.js?raw&copy=1' as string);
    const src = '/test/fixtures/fault-monitor.json?raw';
    const box = document.createElement('div');
    box.style.width = '640px';
    const make = (tag: string, attributes: Record<string, string>) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    };
    box.append(
      make('leiden-monitor-kpi', {src, indicator: 'share-international', filter: 'area=GM0546'}),
      make('leiden-monitor-map', {src, indicator: 'share-international'}),
      make('leiden-monitor', {src}),
      make('vision-goals', {src: '/test/fixtures/vision/custom-vision.json'}),
    );
    document.body.append(box);
    const els = [...box.children] as (HTMLElement & {state: string})[];
    try {
      await until(() => els.every((el) => el.state !== 'loading'), () => `all drawn, have ${els.map((el) => `${el.localName} ${el.state}`).join(', ')}`);
      expect(els.map((el) => `${el.localName} ${el.state}`)).to.deep.equal(els.map((el) => `${el.localName} ready`));
      expect(els[0].shadowRoot!.textContent).to.match(/\d/);
      expect(els[1].shadowRoot!.querySelectorAll('path[role="img"]').length).to.be.greaterThan(1);
      expect(els[1].shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('640');
      expect(els[2].shadowRoot!.querySelectorAll('[part="theme"]').length).to.be.greaterThan(0);
      expect(els[3].shadowRoot!.querySelectorAll('[part="goal"]').length).to.be.greaterThan(0);
      // the map draws again at its new width (plotWidth, measureLayout, renderReady)
      box.style.width = '500px';
      await until(() => els[1].shadowRoot!.querySelector('svg')!.getAttribute('width') === '500', () => 'the map at 500 px');
    } finally {
      box.remove();
    }
  });
});
