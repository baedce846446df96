/**
 * An element whose data is here does not wait for the IntersectionObserver's first report (which
 * comes with a frame, late on a page that is still loading): it measures where it is. Own file:
 * the observer is shared by the page's elements and made by the first one, here a silent one.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

/** An observer that never reports, as on a page that has not painted a frame yet. */
class SilentObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

describe('rendering near the viewport, before the observer has reported', () => {
  const real = window.IntersectionObserver;
  before(() => {
    window.IntersectionObserver = SilentObserver as unknown as typeof IntersectionObserver;
  });
  after(() => {
    window.IntersectionObserver = real;
  });

  it('draws a chart on screen as soon as its data is here, and leaves one far below the fold waiting', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <leiden-monitor-chart id="near" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
      <div style="height: 6000px"></div>
      <leiden-monitor-chart id="far" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const near = page.querySelector<LeidenMonitorChart>('#near')!;
    const far = page.querySelector<LeidenMonitorChart>('#far')!;
    await until(() => near.state === 'ready', 'the chart on screen to draw without an observer report');
    expect(near.shadowRoot!.querySelectorAll('.mark')).to.have.length(4);
    await new Promise((r) => setTimeout(r, 200));
    expect(far.state, 'the chart far below').to.equal('loading');
    dispatchEvent(new Event('beforeprint'));
    await until(() => far.state === 'ready', 'the far chart to draw for printing');
  });
});
