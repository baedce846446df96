/** Elements far below the fold load their data but draw it only when scrolled near. */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

describe('rendering near the viewport', () => {
  it('draws a chart far below the fold only once it is scrolled near', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div class="spacer" style="height: 6000px"></div>
      <leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const el = page.querySelector('leiden-monitor-chart') as LeidenMonitorChart;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('svg.plot')).to.equal(null);
    el.scrollIntoView();
    await until(() => el.state === 'ready', 'the chart to draw when scrolled into view');
    expect(el.shadowRoot!.querySelectorAll('.mark')).to.have.length(4);
    window.scrollTo(0, 0);
  });

  it('draws a chart created inside display:none when it is shown, at the width it then has', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: none; width: 500px">
      <leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const el = box.querySelector('leiden-monitor-chart') as LeidenMonitorChart;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.state).to.equal('loading');
    box.style.display = 'block';
    await until(() => el.state === 'ready', 'the chart to draw when shown');
    await until(() => el.shadowRoot!.querySelector('svg.plot')?.getAttribute('width') === '500', 'the shown width');
    expect(el.shadowRoot!.querySelector('svg.plot')!.outerHTML).not.to.match(/NaN|Infinity/);
  });

  it('draws everything before printing', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 6000px"></div>
      <leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const el = page.querySelector('leiden-monitor-chart') as LeidenMonitorChart;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.state).to.equal('loading');
    dispatchEvent(new Event('beforeprint'));
    await until(() => el.state === 'ready', 'the chart to draw for printing');
  });
});
