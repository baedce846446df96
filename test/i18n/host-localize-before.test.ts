/**
 * A host page whose own app configures @lit/localize BEFORE our elements render (CONTRACT §2,
 * decision note 2026-11-26): both keep working. @lit/localize can be configured once per page, and
 * each test file runs in its own page; host-localize-after.test.ts configures after rendering.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg as hostMsg, str} from '@lit/localize';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

// the host app's own catalogue, as lit-localize build would generate it
const hostFrench = {templates: {greeting: 'Bonjour', welcome: str`Bienvenue, ${0} !`}};
const host = configureLocalization({sourceLocale: 'en', targetLocales: ['fr'], loadLocale: async () => hostFrench});

// '' while an element waits for its language's catalogue (it shows its loading state meanwhile)
const toggleText = (el: LeidenMonitorChart) => el.shadowRoot!.querySelector('button[part=toggle]')?.textContent?.trim() ?? '';

describe('a host page that configured @lit/localize before our elements', () => {
  it('keeps its own msg() and locale, while our elements speak their own lang', async () => {
    await host.setLocale('fr');
    // imported after the host configured: registering our elements must not touch @lit/localize
    await import('../../src/chart.js');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <leiden-monitor-chart lang="nl" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
      <leiden-monitor-chart lang="en" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
      <leiden-monitor-chart lang="ar" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const charts = Array.from(wrapper.querySelectorAll('leiden-monitor-chart'));
    await until(() => charts.every((c) => c.state === 'ready'), 'the charts');
    await Promise.all(charts.map((c) => c.updateComplete));
    expect(charts.map(toggleText)).to.deep.equal(['Toon als tabel', 'Show as table', 'عرض كجدول']);
    // the host's configuration is intact
    expect(host.getLocale()).to.equal('fr');
    expect(hostMsg('Hello', {id: 'greeting'})).to.equal('Bonjour');
    expect(hostMsg(str`Welcome, ${'Ada'}!`, {id: 'welcome'})).to.equal('Bienvenue, Ada !');
    // and switching the host's locale leaves ours alone
    await host.setLocale('en');
    expect(hostMsg('Hello', {id: 'greeting'})).to.equal('Hello');
    charts.forEach((c) => c.requestUpdate());
    await Promise.all(charts.map((c) => c.updateComplete));
    expect(charts.map(toggleText)).to.deep.equal(['Toon als tabel', 'Show as table', 'عرض كجدول']);
  });
});
