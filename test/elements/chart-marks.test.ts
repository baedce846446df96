import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

// The marks are written into their group by chart/draw-marks.ts, not by lit: these tests follow one
// chart through changes and check that every mark is rewritten and none is left over.

const marks = (el: LeidenMonitorChart) => Array.from(el.shadowRoot!.querySelectorAll('g.marks > *')) as SVGPathElement[];
const attributesOf = (mark: Element) => Object.fromEntries(Array.from(mark.attributes, (a) => [a.name, a.value]));

async function redrawn(el: LeidenMonitorChart): Promise<void> {
  await until(() => el.getAttribute('state') === 'ready', 'ready');
  await el.updateComplete;
}

describe('<leiden-monitor-chart> marks through changes', () => {
  it('rewrites every mark when the type, filter and data change, leaving none behind', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    await redrawn(el);
    // 3 periods × 3 groups; series 2 and 3 are patterned
    expect(marks(el)).to.have.length(9);
    expect(marks(el).filter((m) => m.getAttribute('fill')?.startsWith('url(#'))).to.have.length(6);
    for (const mark of marks(el)) {
      expect(mark.localName).to.equal('path');
      expect(mark.getAttribute('role')).to.equal('img');
      expect(mark.getAttribute('aria-label')).to.match(/^\d{4}, .+: [\d.]+$/);
    }
    expect(new Set(marks(el).map((m) => m.getAttribute('aria-label'))).size).to.equal(9);

    el.type = 'line';
    await redrawn(el);
    expect(marks(el)).to.have.length(9);
    for (const mark of marks(el)) {
      expect(mark.hasAttribute('fill'), 'a line marker has no pattern fill').to.be.false;
      expect(mark.getAttribute('class')).to.match(/^mark s[0-2]$/);
      expect(mark.getAttribute('d')).not.to.contain('h'); // a marker's outline, not a bar's box
    }

    el.filter = 'period=2023';
    await redrawn(el);
    expect(marks(el)).to.have.length(3);
    // one period left: the groups are the categories now
    expect(marks(el).map((m) => m.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['Internationale studenten', 'Kenniswerkers', 'Arbeidsmigranten']);

    el.data = timeSeriesMonitor();
    el.filter = null;
    await redrawn(el);
    expect(marks(el)).to.have.length(4);
    // the missing value is an invisible hit area on a line, still named
    const missing = marks(el)[2];
    expect(missing.getAttribute('class')).to.equal('mark hit');
    expect(missing.getAttribute('aria-label')).to.contain('2022');
  });

  it('keeps one Tab stop and the same path elements as the cursor moves', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    await redrawn(el);
    const before = marks(el);
    before[0].focus();
    await el.updateComplete;
    before[0].dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, composed: true}));
    await until(() => marks(el).some((m, i) => i > 0 && m.getAttribute('tabindex') === '0'), 'the cursor to move');
    await el.updateComplete;
    const after = marks(el);
    expect(after).to.deep.equal(before); // the same elements, rewritten
    expect(after.filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(after.find((m) => m.getAttribute('tabindex') === '0'));
    expect(attributesOf(after[0]).class).not.to.contain('active');
  });
});
