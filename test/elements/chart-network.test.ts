/**
 * The chart against the fault server (test/helpers/fault-server.mjs): every failure a partner's
 * server can produce ends in a localised error state with the contract's code, never a crash.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {nextEvent, until} from '../helpers/expect-event.js';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const hits = async (key: string) => ((await (await fetch(`/fault/hits/${key}`)).json()) as {hits: number}).hits;

async function failWith(src: string, extra: Partial<LeidenMonitorChart> = {}): Promise<{el: LeidenMonitorChart; detail: {code: string; message: string}}> {
  const el = document.createElement('leiden-monitor-chart');
  Object.assign(el, extra);
  const failed = nextEvent<CustomEvent>(el, 'monitor-error', 15000);
  el.src = src;
  document.body.append(el);
  const event = await failed;
  await el.updateComplete;
  return {el, detail: event.detail};
}

describe('<leiden-monitor-chart> on a failing network', () => {
  afterEach(() => document.querySelectorAll('body > leiden-monitor-chart').forEach((el) => el.remove()));

  it('reports http for a 404, in the error state with an alert', async () => {
    const {el, detail} = await failWith('/fault/status/404');
    expect(detail.code).to.equal('http');
    expect(el.getAttribute('state')).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('HTTP-status 404');
  });

  it('reports http for a 500 after retrying', async () => {
    const {detail} = await failWith('/fault/status/500');
    expect(detail.code).to.equal('http');
    expect(detail.message).to.contain('500');
  });

  it('reports parse for invalid JSON and for an HTML page served with 200', async () => {
    expect((await failWith('/fault/invalid-json')).detail.code).to.equal('parse');
    expect((await failWith('/fault/html')).detail.code).to.equal('parse');
  });

  it('ends a hanging request in the network error state after its timeout, not an endless spinner', async () => {
    const {el, detail} = await failWith(`/fault/hang?${unique()}`, {timeout: 300});
    expect(detail.code).to.equal('network');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('konden niet worden geladen');
    expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
  });

  it('recovers from a transient 503 by retrying, and renders', async () => {
    const key = unique();
    const src = `/fault/flaky/${key}?fails=1&status=503`;
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="share-international" src=${src}></leiden-monitor-chart>`);
    await until(() => el.state !== 'loading', 'a result', 10000);
    expect(el.state).to.equal('ready');
    expect(await hits(key)).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
  });

  it('makes one request for ten charts with the same src', async function () {
    this.timeout(20000);
    const key = unique();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({length: 10}, () => html`<leiden-monitor-chart indicator="share-international" src="/fault/count/${key}"></leiden-monitor-chart>`)}
    </div>`);
    const charts = Array.from(wrapper.querySelectorAll('leiden-monitor-chart'));
    // each holds a plot's room while loading, so most are far below the fold: draw them all
    dispatchEvent(new Event('beforeprint'));
    await until(() => charts.every((c) => c.state === 'ready'), () => `ten ready charts, have ${charts.map((c) => `${c.state} ${c.error?.message ?? ''}`).join('; ')}`, 8000);
    dispatchEvent(new Event('afterprint'));
    expect(await hits(key)).to.equal(1);
  });

  it('aborts its request when removed from the page', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal && String(input).includes('/fault/slow/')) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="share-international" src="/fault/slow/2000/${unique()}"></leiden-monitor-chart>`);
      await until(() => signals.length === 1, 'the request to start');
      expect(signals[0].aborted).to.be.false;
      el.remove();
      expect(signals[0].aborted).to.be.true;
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows the newest src when an older, slower response arrives later', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="share-international" src="/fault/slow/800/${unique()}"></leiden-monitor-chart>`);
    el.indicator = null; // the new document holds one indicator
    el.src = '/demo/data/non-dutch-nationality.json';
    await until(() => el.state === 'ready', () => `ready, have ${el.state} ${el.error?.message ?? ''}`, 8000);
    const title = el.shadowRoot!.querySelector('#title')!.textContent;
    expect(title).to.contain('niet-Nederlandse nationaliteit');
    await new Promise((r) => setTimeout(r, 1000)); // the slow response has come and gone
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal(title);
    expect(el.src).to.equal('/demo/data/non-dutch-nationality.json');
  });

  it('tries again from the error state with its retry button', async () => {
    const key = unique();
    const {el} = await failWith(`/fault/flaky/${key}?fails=3&status=503`, {timeout: 2000, indicator: 'share-international'});
    expect(el.state).to.equal('error');
    (el.shadowRoot!.querySelector('button.retry') as HTMLButtonElement).click();
    await until(() => el.state === 'ready', 'ready after retry', 10000);
  });

  it('holds the room of its plot while loading, so the page does not jump when the chart arrives', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px">
      <leiden-monitor-chart type="line" indicator="share-international" src="/fault/slow/600/${unique()}"></leiden-monitor-chart>
      <p>after</p>
    </div>`);
    const el = box.querySelector('leiden-monitor-chart') as LeidenMonitorChart;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const loading = el.getBoundingClientRect().height;
    await until(() => el.state === 'ready', 'the chart to draw');
    await el.updateComplete;
    const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().height;
    // the plot is 0.55 × 640 px; the loading view holds that much (the title, legend and source
    // line under it still add their own lines)
    expect(plot).to.equal(352);
    expect(loading).to.be.within(plot, plot + 4);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(loading);
  });
});
