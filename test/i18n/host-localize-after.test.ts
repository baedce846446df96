/**
 * A host page whose own app configures @lit/localize AFTER our elements rendered: nothing throws
 * (our library never calls configure*), the host's msg() works, and our elements keep their lang.
 * See host-localize-before.test.ts for the other order.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg as hostMsg} from '@lit/localize';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

// '' while an element waits for its language's catalogue (it shows its loading state meanwhile)
const toggleText = (el: LeidenMonitorChart) => el.shadowRoot!.querySelector('button[part=toggle]')?.textContent?.trim() ?? '';

describe('a host page that configures @lit/localize after our elements rendered', () => {
  it('configures without an error, and both sides keep their languages', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <leiden-monitor-chart lang="nl" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
      <leiden-monitor-chart lang="ar" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const charts = Array.from(wrapper.querySelectorAll('leiden-monitor-chart'));
    await until(() => charts.every((c) => c.state === 'ready'), 'the charts');
    expect(charts.map(toggleText)).to.deep.equal(['Toon als tabel', 'عرض كجدول']);

    // would throw "lit-localize can only be configured once" if we had configured it
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({templates: {greeting: 'Hallo'}}),
    });
    await host.setLocale('de');
    expect(hostMsg('Hello', {id: 'greeting'})).to.equal('Hallo');

    // our elements re-render in their own language, also after a lang change
    charts[0].setAttribute('lang', 'en');
    await until(() => toggleText(charts[0]) === 'Show as table', 'English');
    charts[1].requestUpdate();
    await charts[1].updateComplete;
    expect(toggleText(charts[1])).to.equal('عرض كجدول');
    expect(host.getLocale()).to.equal('de');
  });
});
