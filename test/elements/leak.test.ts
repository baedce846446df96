/**
 * No leak when elements come and go: a chart added to and removed from the page a thousand times
 * leaves the JS heap within 10 % of where it started (garbage collected through the DevTools Protocol).
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {groupsMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

const heap = () => executeServerCommand<number, Record<string, never>>('heap', {});

async function addAndRemove(times: number, data: unknown): Promise<void> {
  for (let i = 0; i < times; i++) {
    const el = document.createElement('leiden-monitor-chart') as LeidenMonitorChart;
    el.data = data;
    document.body.append(el);
    if (i % 100 === 0) await until(() => el.state === 'ready', 'a drawn chart'); // now and then: drawn, not only created
    else await el.updateComplete;
    el.remove();
  }
}

describe('memory', () => {
  it('keeps the heap within 10 % after adding and removing a chart 1000 times', async function () {
    this.timeout(120_000);
    const data = groupsMonitor();
    await addAndRemove(50, data); // warm up: compiled code, caches, catalogues
    const before = await heap();
    await addAndRemove(1000, data);
    const after = await heap();
    expect(after / before, `heap ${before} → ${after} bytes`).to.be.at.most(1.1);
  });
});
