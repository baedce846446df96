/**
 * axe (WCAG 2.0–2.2 A/AA tags) on the KPI, map, vision goals and monitor in the states the
 * accessibility files (kpi-a11y, map-a11y, …) do not open: loading, empty and every error, plus
 * the map with its table open and a tooltip shown; in Dutch and English. chart-states-axe.test.ts
 * does the same for the chart.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';
import {districtsMonitor} from '../map/districts.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';

type Widget = HTMLElement & {state: string; error?: {code: string}; updateComplete: Promise<unknown>};

async function settled(template: ReturnType<typeof html>): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await until(() => el.state !== 'loading', `${el.localName} to settle`);
  await el.updateComplete;
  return el;
}

const slow = () => `/fault/slow/1500/${Math.random()}`;
const BROKEN = {format: 'leiden-monitor', version: 2};

for (const lang of ['nl', 'en']) {
  describe(`KPI, map, vision goals and monitor have no axe violations while loading and in error (${lang})`, () => {
    it('while loading', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <leiden-monitor-kpi lang=${lang} src=${slow()}></leiden-monitor-kpi>
        <leiden-monitor-map lang=${lang} src=${slow()}></leiden-monitor-map>
        <vision-goals lang=${lang} src=${slow()}></vision-goals>
        <leiden-monitor lang=${lang} src=${slow()}></leiden-monitor>
      </div>`);
      const all = [...page.children] as Widget[];
      expect(all.map((w) => w.state)).to.deep.equal(['loading', 'loading', 'loading', 'loading']);
      await expectNoAxeViolations(page);
    });

    it('empty (a KPI and a map with only missing values)', async () => {
      const kpi = await settled(html`<leiden-monitor-kpi lang=${lang} .data=${timeSeriesMonitor([null, null])}></leiden-monitor-kpi>`);
      expect(kpi.error?.code).to.equal('empty');
      await expectNoAxeViolations(kpi);
      const doc = districtsMonitor();
      for (const o of doc.indicators[0].observations as {value: number | null}[]) o.value = null;
      const map = await settled(html`<leiden-monitor-map lang=${lang} .data=${doc}></leiden-monitor-map>`);
      expect(map.error?.code).to.equal('empty');
      await expectNoAxeViolations(map);
    });

    for (const [code, src] of [['http', '/fault/status/404'], ['parse', '/fault/html']] as const) {
      it(`in the ${code} error state`, async () => {
        for (const el of [
          await settled(html`<leiden-monitor-kpi lang=${lang} src=${src}></leiden-monitor-kpi>`),
          await settled(html`<leiden-monitor-map lang=${lang} src=${src}></leiden-monitor-map>`),
          await settled(html`<vision-goals lang=${lang} src=${src}></vision-goals>`),
          await settled(html`<leiden-monitor lang=${lang} src=${src}></leiden-monitor>`),
        ]) {
          expect(el.state, el.localName).to.equal('error');
          await expectNoAxeViolations(el);
        }
      });
    }

    it('in the schema and not-found error states', async () => {
      for (const el of [
        await settled(html`<leiden-monitor-kpi lang=${lang} .data=${BROKEN}></leiden-monitor-kpi>`),
        await settled(html`<leiden-monitor-map lang=${lang} .data=${BROKEN}></leiden-monitor-map>`),
        await settled(html`<leiden-monitor lang=${lang} .data=${BROKEN}></leiden-monitor>`),
      ]) {
        expect(el.error?.code, el.localName).to.equal('schema');
        await expectNoAxeViolations(el);
      }
      const missing = await settled(html`<leiden-monitor-kpi lang=${lang} indicator="nope" .data=${timeSeriesMonitor()}></leiden-monitor-kpi>`);
      expect(missing.error?.code).to.equal('not-found');
      await expectNoAxeViolations(missing);
    });

    it('a map with its table open and a tooltip shown', async () => {
      const map = await settled(html`<leiden-monitor-map lang=${lang} .data=${districtsMonitor()}></leiden-monitor-map>`);
      (map.shadowRoot!.querySelector('button[part=toggle]') as HTMLButtonElement).click();
      (map.shadowRoot!.querySelectorAll('.area')[2] as SVGElement).focus();
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('table')).to.exist;
      expect(map.shadowRoot!.querySelector('[part=tooltip]')).to.exist;
      await expectNoAxeViolations(map);
    });
  });
}
