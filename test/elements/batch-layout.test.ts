/**
 * Charts that get their data together draw without making the browser lay out the page between
 * them: each reads its width and text style when it comes near the viewport, in one measure with
 * the others, not in its render after the chart before it has drawn. Counted with the DevTools
 * Protocol's layout and style counters (a page of 50 charts spent ~20 % of its render in those
 * per-chart layouts). Own file: the viewport observer is shared by the page's elements.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {groupsMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

const layoutCounts = () => executeServerCommand<{layouts: number; styles: number}, Record<string, never>>('layout-counts', {});

describe('charts drawn together', () => {
  it('draw ten charts with no layout or style recalculation per chart', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const data = groupsMonitor();
    const charts = Array.from({length: 10}, () => {
      const el = document.createElement('leiden-monitor-chart') as LeidenMonitorChart;
      el.type = 'column';
      el.data = data;
      return el;
    });
    const before = await layoutCounts();
    page.append(...charts);
    await until(() => charts.every((el) => el.state === 'ready'), 'the ten charts to draw');
    await Promise.all(charts.map((el) => el.updateComplete));
    const after = await layoutCounts();
    // each chart drew once, at the box's width, with its labels measured
    for (const el of charts) expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal('640');
    expect(charts[0].shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
    // one measure for all of them (plus the frames' own), not one per chart
    expect(after.layouts - before.layouts, 'layouts').to.be.below(5);
    expect(after.styles - before.styles, 'style recalculations').to.be.below(5);
  });
});
