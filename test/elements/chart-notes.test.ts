import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {timeSeriesMonitor} from '../helpers/monitors.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Four years with a break from 2022 and a note on the 2023 value (invented numbers). */
function withBreak(period = '2022') {
  const doc = timeSeriesMonitor([10.5, 11.2, 12.0, 13.1]) as ReturnType<typeof timeSeriesMonitor> & {indicators: Record<string, unknown>[]};
  const indicator = doc.indicators[0] as Record<string, unknown> & {observations: Record<string, unknown>[]};
  indicator.notes = [
    {kind: 'break', period, text: {nl: 'Nieuwe herkomstindeling.', en: 'New origin classification.'}},
    {kind: 'definition', text: 'Niet getekend'},
  ];
  indicator.observations[3]!.note = {nl: 'Voorlopig cijfer.', en: 'Provisional figure.'};
  return doc;
}

async function chart(template: ReturnType<typeof html>): Promise<LeidenMonitorChart> {
  const el = await fixture<LeidenMonitorChart>(template);
  await until(() => el.state === 'ready', 'the chart to render');
  await el.updateComplete;
  return el;
}

describe('<leiden-monitor-chart> breaks in a series and value notes', () => {
  it('draws a dashed rule with a label between the categories before and at the break', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${withBreak()}></leiden-monitor-chart>`);
    const rules = $$(el, '.break-rule');
    expect(rules).to.have.length(1);
    const x = Number(rules[0]!.getAttribute('x1'));
    // a marker's centre, in the plot's coordinates
    const at = (c: number) => {
      const box = ($$(el, '.mark')[c] as SVGGraphicsElement).getBBox();
      return box.x + box.width / 2;
    };
    expect(x).to.be.closeTo((at(1) + at(2)) / 2, 0.5);
    expect(text($(el, '.break-label'))).to.equal('breuk');
    expect($(el, '.breaks')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('says the break in the summary and lists it under the chart, in nl and en', async () => {
    const nl = await chart(html`<leiden-monitor-chart .data=${withBreak()}></leiden-monitor-chart>`);
    expect(text($(nl, '#summary'))).to.contain('Breuk in de reeks vanaf 2022: Nieuwe herkomstindeling.');
    expect($$(nl, '[part=notes] li').map((li) => text(li))).to.deep.equal(['Breuk in de reeks vanaf 2022: Nieuwe herkomstindeling.']);
    const en = await chart(html`<leiden-monitor-chart .data=${withBreak()} lang="en"></leiden-monitor-chart>`);
    expect(text($(en, '#summary'))).to.contain('Break in the series from 2022: New origin classification.');
    expect(text($(en, '.break-label'))).to.equal('break');
  });

  it('marks no break at the first period or a period the chart does not show', async () => {
    for (const period of ['2020', '2019']) {
      const el = await chart(html`<leiden-monitor-chart .data=${withBreak(period)}></leiden-monitor-chart>`);
      expect($$(el, '.break-rule'), period).to.have.length(0);
      expect($(el, '[part=notes]'), period).to.equal(null);
    }
  });

  it('marks the break in a column chart too', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${withBreak()} type="column"></leiden-monitor-chart>`);
    expect($$(el, '.break-rule')).to.have.length(1);
  });

  it('marks a value with a note in the data table and gives the note under it', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${withBreak()} type="table"></leiden-monitor-chart>`);
    const marks = $$(el, 'td .note-mark');
    expect(marks).to.have.length(1);
    expect(text(marks[0])).to.equal('noot 1');
    expect(text(marks[0]!.closest('tr')!.querySelector('th'))).to.equal('2023');
    expect($$(el, '.table-notes li').map((li) => text(li))).to.deep.equal(['Voorlopig cijfer.']);
    await expectNoAxeViolations(el);
  });

  it('is axe clean with a marked break', async () => {
    const el = await chart(html`<leiden-monitor-chart .data=${withBreak()}></leiden-monitor-chart>`);
    await expectNoAxeViolations(el);
  });
});
