/** Downloads of a chart: the disclosure, the SVG (with title and source) and the PNG. */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {groupsMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';
import {expectNoAxeViolations} from '../helpers/axe.js';
import {captureDownload} from '../helpers/downloads.js';

/** Captures what download option `option` of the chart offers instead of letting the browser save it. */
const downloadOption = (el: LeidenMonitorChart, option: number) =>
  captureDownload(() => (el.shadowRoot!.querySelectorAll('button[part=download-option]')[option] as HTMLButtonElement).click());

async function openChart(): Promise<LeidenMonitorChart> {
  const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
  await until(() => el.state === 'ready', 'ready');
  await el.updateComplete;
  return el;
}

describe('<leiden-monitor-chart> downloads', () => {
  it('opens and closes the download options with a button that exposes aria-expanded, Escape included', async () => {
    const el = await openChart();
    const button = el.shadowRoot!.querySelector('button[part=download]') as HTMLButtonElement;
    const options = el.shadowRoot!.querySelector('#download-options') as HTMLElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(options.hidden).to.be.true;
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(Array.from(options.querySelectorAll('button')).map((b) => b.textContent!.trim())).to.deep.equal(['Gegevens (CSV)', 'Afbeelding (SVG)', 'Afbeelding (PNG)']);
    await expectNoAxeViolations(el);
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('downloads a standalone SVG that carries the title, the source and every bar', async () => {
    const el = await openChart();
    (el.shadowRoot!.querySelector('button[part=download]') as HTMLButtonElement).click();
    await el.updateComplete;
    const {name, blob} = await downloadOption(el, 1);
    expect(name).to.equal('groups.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    const svg = doc.documentElement;
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).to.equal('Internationals per groep');
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).to.include('Internationals per groep');
    expect(texts.some((t) => t!.includes('Bron:') && t!.includes('Testbron'))).to.be.true;
    const bars = el.shadowRoot!.querySelectorAll('.mark').length;
    expect(bars).to.be.at.least(9);
    expect(svg.querySelectorAll('path[fill]:not(defs *)').length).to.be.at.least(bars);
    expect(svg.querySelector('.focus-ring, [tabindex]')).to.equal(null);
  });

  it('downloads a PNG drawn from the chart', async () => {
    const el = await openChart();
    (el.shadowRoot!.querySelector('button[part=download]') as HTMLButtonElement).click();
    await el.updateComplete;
    const {name, blob} = await downloadOption(el, 2);
    expect(name).to.equal('groups.png');
    expect(blob.type).to.equal('image/png');
    const image = await createImageBitmap(blob);
    expect(image.width).to.be.greaterThan(400);
    // not a blank canvas: some pixels carry the first series' colour
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
    let blue = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 60 && pixels[i + 2] > 140) blue++;
    expect(blue).to.be.greaterThan(500);
  });
});
