import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import '../../src/map.js';
import type {PlotElement} from '../../src/base/plot-element.js';
import {districtsMonitor} from '../map/districts.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

const plotWidth = (el: Element) => Number(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width'));
/** The next frame has been produced (its layout, resize observations and paint). */
const afterNextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

for (const [tag, data] of [
  ['leiden-monitor-chart', timeSeriesMonitor()],
  ['leiden-monitor-map', districtsMonitor()],
] as const) {
  describe(`<${tag}> following its container`, () => {
    it('draws at a new width in the frame that lays it out, and the browser reports no resize loop', async () => {
      const loopErrors: string[] = [];
      const onError = (event: ErrorEvent) => {
        if (/ResizeObserver/.test(event.message)) {
          loopErrors.push(event.message);
          event.preventDefault();
        }
      };
      addEventListener('error', onError);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
        const el = document.createElement(tag) as PlotElement & {data: unknown};
        el.data = data;
        wrapper.append(el);
        await until(() => el.getAttribute('state') === 'ready', 'ready');
        await until(() => plotWidth(el) === 640, 'drawn at 640 px');
        for (const width of [480, 720, 360]) {
          wrapper.style.width = `${width}px`;
          await afterNextFrame();
          expect(plotWidth(el), `drawn at ${width} px one frame later`).to.equal(width);
        }
        await afterNextFrame();
        expect(loopErrors).to.deep.equal([]);
      } finally {
        removeEventListener('error', onError);
      }
    });
  });
}
