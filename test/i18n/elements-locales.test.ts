/**
 * Per-locale checks for the elements besides the chart (chart-locales.test.ts covers the chart in
 * depth): UI strings and numbers follow `lang`, and Arabic content runs right to left.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/kpi.js';
import '../../src/vision-goals.js';
import '../../src/map.js';
import '../../src/monitor.js';
import type {LeidenMonitorKpi} from '../../src/kpi.js';
import type {LeidenMonitorMap} from '../../src/map.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {districtsMonitor} from '../map/districts.js';
import {until} from '../helpers/expect-event.js';

const AXE = {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};
type Monitor = HTMLElement & {state: string; updateComplete: Promise<boolean>};

async function ready<T extends Monitor>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await until(() => el.state !== 'loading', 'the element to leave loading');
  await el.updateComplete;
  return el;
}
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

describe('<leiden-monitor-kpi> per locale', () => {
  it('writes the value and the change in nl, en and ar', async () => {
    const data = timeSeriesMonitor([11, 12.5]);
    const nl = await ready<LeidenMonitorKpi>(html`<leiden-monitor-kpi lang="nl" .data=${data}></leiden-monitor-kpi>`);
    const en = await ready<LeidenMonitorKpi>(html`<leiden-monitor-kpi lang="en" .data=${data}></leiden-monitor-kpi>`);
    const ar = await ready<LeidenMonitorKpi>(html`<leiden-monitor-kpi lang="ar" .data=${data}></leiden-monitor-kpi>`);
    expect(text(nl, '[part=value]')).to.equal('12,5%');
    expect(text(en, '[part=value]')).to.equal('12.5%');
    expect(plain(text(ar, '[part=value]'))).to.equal('12.5%');
    expect(text(nl, '[part=change]')).to.contain('hoger dan in 2020');
    expect(text(en, '[part=change]')).to.contain('up 1.5 percentage points on 2020');
    expect(text(ar, '[part=change]')).to.contain('بارتفاع').and.to.contain('نقطة مئوية').and.to.contain('2020');
    expect($(ar, 'svg[part=sparkline]')!.getAttribute('aria-label')).to.match(/^خط الاتجاه/);
    const content = $(ar, '[part=kpi]')!;
    expect(content.getAttribute('lang')).to.equal('ar');
    expect(content.getAttribute('dir')).to.equal('rtl');
    expect($(nl, '[part=kpi]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('is accessible in Arabic (axe)', async () => {
    const el = await ready<LeidenMonitorKpi>(html`<leiden-monitor-kpi lang="ar" .data=${timeSeriesMonitor([10.5, 11.2, 11.6, 13.1])}></leiden-monitor-kpi>`);
    await expect(el).to.be.accessible(AXE);
  });
});

describe('<vision-goals> per locale', () => {
  it('labels the built-in vision in nl, en and ar, right to left in ar', async () => {
    const [nl, en, ar] = await Promise.all(
      ['nl', 'en', 'ar'].map((lang) => ready<Monitor>(html`<vision-goals lang=${lang}></vision-goals>`)),
    );
    expect(text(nl, '.domains-label')).to.equal('Beleidsterreinen:');
    expect(text(en, '.domains-label')).to.equal('Policy areas:');
    expect(text(ar, '.domains-label')).to.equal('مجالات السياسة:');
    const section = $(ar, '[part=vision]')!;
    expect(section.getAttribute('dir')).to.equal('rtl');
    expect(section.getAttribute('lang')).to.equal('ar');
    await expect(ar).to.be.accessible(AXE);
  });
});

describe('<leiden-monitor-map> per locale', () => {
  it('speaks nl, en and ar (UI strings and numbers)', async () => {
    const data = districtsMonitor();
    const nl = await ready<LeidenMonitorMap>(html`<leiden-monitor-map lang="nl" .data=${data}></leiden-monitor-map>`);
    const ar = await ready<LeidenMonitorMap>(html`<leiden-monitor-map lang="ar" .data=${data}></leiden-monitor-map>`);
    expect(text(nl, '#summary')).to.match(/^Kaart van/);
    expect(text(ar, '#summary')).to.match(/^خريطة/);
    expect(text(ar, 'button[part=toggle]')).to.equal('عرض كجدول');
    expect($(ar, 'figure')!.getAttribute('lang')).to.equal('ar');
    expect($(ar, 'figure')!.getAttribute('dir')).to.equal('rtl');
    expect($(nl, 'figure')!.getAttribute('dir')).to.equal('ltr');
    await expect(ar).to.be.accessible(AXE);
  });
});

describe('<leiden-monitor> per locale', () => {
  it('lays out a whole monitor right to left in Arabic, with Arabic navigation', async () => {
    const data = groupsMonitor();
    const ar = await ready<Monitor>(html`<leiden-monitor lang="ar" .data=${data}></leiden-monitor>`);
    const root = $(ar, '[part=monitor]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    const en = await ready<Monitor>(html`<leiden-monitor lang="en" .data=${data}></leiden-monitor>`);
    expect($(en, '[part=monitor]')!.getAttribute('dir')).to.equal('ltr');
    expect(text(en, 'h2')).to.equal('Groepen');
  });
});
