/** Elements far below the fold load their data but draw it only when scrolled near. */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';
import {axTree} from '../helpers/a11y-checks.js';

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
    dispatchEvent(new Event('afterprint'));
  });

  // Guards the reader of a long page: a chart drawn off screen must stay in the accessibility tree.
  // (content-visibility: auto on the host, tried for speed, took it out of Chromium's tree.)
  it('keeps a drawn chart far below the fold in the accessibility tree and reachable by keyboard', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 6000px"></div>
      <leiden-monitor-chart id="far-chart" .data=${groupsMonitor()} type="column"></leiden-monitor-chart>
    </div>`);
    const el = page.querySelector('leiden-monitor-chart') as LeidenMonitorChart;
    dispatchEvent(new Event('beforeprint'));
    await until(() => el.state === 'ready', 'the chart to draw');
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    const tree = await axTree('#far-chart');
    expect(tree.find((n) => n.role === 'figure')?.name).to.equal('Internationals per groep');
    expect(tree.filter((n) => n.role === 'image')).to.have.length(9);
    expect(tree.find((n) => n.role === 'button' && n.properties.expanded !== undefined)).to.not.equal(undefined);
    const stop = el.shadowRoot!.querySelector<SVGElement>('.plot [tabindex="0"]')!;
    stop.focus();
    expect(el.shadowRoot!.activeElement).to.equal(stop);
    const box = stop.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, 'the focused point is scrolled into view').to.equal(true);
    window.scrollTo(0, 0);
  });
});
