/**
 * axe (WCAG 2.0–2.2 A/AA tags) on <leiden-monitor-chart> in every state, in Dutch and English:
 * loading, ready (each type), empty, each error, table open, tooltip open.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {areasMonitor, groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';

async function settled(template: ReturnType<typeof html>): Promise<LeidenMonitorChart> {
  const el = await fixture<LeidenMonitorChart>(template);
  await until(() => el.state !== 'loading', 'the chart to settle');
  await el.updateComplete;
  return el;
}

for (const lang of ['nl', 'en']) {
  describe(`<leiden-monitor-chart> has no axe violations (${lang})`, () => {
    it('while loading', async () => {
      const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart lang=${lang} indicator="newcomers" src="/fault/slow/1500/${Math.random()}"></leiden-monitor-chart>`);
      expect(el.state).to.equal('loading');
      await expectNoAxeViolations(el);
    });

    for (const type of ['line', 'column', 'bar', 'table'] as const) {
      it(`ready as ${type}`, async () => {
        const el = await settled(html`<leiden-monitor-chart lang=${lang} type=${type} heading-level="2" .data=${groupsMonitor()}></leiden-monitor-chart>`);
        expect(el.state).to.equal('ready');
        await expectNoAxeViolations(el);
      });
    }

    it('ready with negative values and long labels, stacked', async () => {
      const el = await settled(html`<leiden-monitor-chart lang=${lang} stacked type="column" .data=${groupsMonitor(true)}></leiden-monitor-chart>`);
      await expectNoAxeViolations(el);
      const bars = await settled(html`<leiden-monitor-chart lang=${lang} .data=${areasMonitor()}></leiden-monitor-chart>`);
      await expectNoAxeViolations(bars);
    });

    it('empty', async () => {
      const el = await settled(html`<leiden-monitor-chart lang=${lang} .data=${timeSeriesMonitor([null, null])}></leiden-monitor-chart>`);
      expect(el.error?.code).to.equal('empty');
      await expectNoAxeViolations(el);
    });

    for (const [code, src] of [['http', '/fault/status/404'], ['parse', '/fault/html']] as const) {
      it(`in the ${code} error state`, async () => {
        const el = await settled(html`<leiden-monitor-chart lang=${lang} src=${src}></leiden-monitor-chart>`);
        expect(el.error?.code).to.equal(code);
        await expectNoAxeViolations(el);
      });
    }

    it('in the schema and not-found error states', async () => {
      const broken = await settled(html`<leiden-monitor-chart lang=${lang} .data=${{format: 'leiden-monitor', version: 2}}></leiden-monitor-chart>`);
      expect(broken.error?.code).to.equal('schema');
      await expectNoAxeViolations(broken);
      const missing = await settled(html`<leiden-monitor-chart lang=${lang} indicator="nope" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
      expect(missing.error?.code).to.equal('not-found');
      await expectNoAxeViolations(missing);
    });

    it('with the table open and a tooltip shown', async () => {
      const el = await settled(html`<leiden-monitor-chart lang=${lang} .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
      (el.shadowRoot!.querySelector('button[part=toggle]') as HTMLButtonElement).click();
      (el.shadowRoot!.querySelectorAll('.mark')[1] as SVGElement).focus();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('table')).to.exist;
      expect(el.shadowRoot!.querySelector('[part=tooltip]')).to.exist;
      await expectNoAxeViolations(el);
    });
  });
}
