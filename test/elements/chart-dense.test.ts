/** A long series (5 000 points): drawn decimated, one mark, every value still reachable. */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {until} from '../helpers/expect-event.js';

const N = 5000;

/** Monthly values 1600-01 … (test data, not Leiden's). */
function longSeries() {
  const periods = Array.from({length: N}, (_, i) => `${1600 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return {
    format: 'leiden-monitor',
    version: 1,
    dimensions: {period: {label: 'Maand', role: 'time'}},
    indicators: [
      {
        id: 'long',
        label: 'Lange reeks (testdata)',
        unit: 'count',
        dimensions: ['period'],
        observations: periods.map((period, i) => ({period, value: i === 10 ? null : Math.round(1000 + 500 * Math.sin(i / 40))})),
      },
    ],
  };
}

describe('<leiden-monitor-chart> with a dense line', () => {
  it('draws a decimated path and a single focusable mark, with every value in the table', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart type="line" .data=${longSeries()}></leiden-monitor-chart>`);
    await until(() => el.state === 'ready', 'ready', 10000);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.mark')).to.have.length(1);
    const commands = (root.querySelector('path.series-line')!.getAttribute('d')!.match(/[ML]/g) ?? []).length;
    expect(commands).to.be.lessThan(N / 2);
    expect(commands).to.be.greaterThan(100);
    expect(root.querySelector('#plot-help')!.textContent).to.contain('honderdste');
    (root.querySelector('button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelectorAll('tbody tr')).to.have.length(N);
  });

  it('moves a hundredth of the series per arrow key, and End reaches the last value', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart type="line" .data=${longSeries()}></leiden-monitor-chart>`);
    await until(() => el.state === 'ready', 'ready', 10000);
    (el.shadowRoot!.querySelector('.mark') as SVGElement).focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    const label = () => (el.shadowRoot!.activeElement as SVGElement).getAttribute('aria-label');
    expect(label()).to.equal('maart 1604: 1.474'); // index 50: March 1604, 1000 + 500·sin(50/40)
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(label()).to.match(/^augustus 2016: /);
  });
});
