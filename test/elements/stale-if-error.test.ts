/**
 * Stale-if-error: after a transient failure an element shows the last good copy with its date,
 * keeps retrying, and replaces it with fresh data when the server is back. A hanging server ends
 * in the error state after the timeout when there is no copy.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {DataController} from '../../src/base/data-controller.js';
import {clearLoadCache} from '../../src/data/load.js';
import {forgetDocuments} from '../../src/data/stale-store.js';
import {until} from '../helpers/expect-event.js';

const key = () => `stale-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe('stale-if-error', () => {
  const originalDelay = DataController.staleRetryMs;
  beforeEach(async () => {
    await forgetDocuments();
    clearLoadCache();
  });
  afterEach(() => {
    DataController.staleRetryMs = originalDelay;
  });

  it('shows the kept copy with its date after a 503, then fresh data once the server is back', async function () {
    this.timeout(20000);
    // 1st request: fresh; 2nd–4th (a new visit, with its two retries): 503; 5th (the retry): fresh
    const src = `/fault/sequence/${key()}?codes=200,503,503,503,200`;
    const first = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="newcomers" src=${src}></leiden-monitor-chart>`);
    await until(() => first.state === 'ready', 'the first visit');
    expect(first.shadowRoot!.querySelector('.stale')).to.equal(null);
    // the copy is written in the background
    await new Promise((r) => setTimeout(r, 300));
    first.remove();

    clearLoadCache(); // a new page visit: nothing in memory, the kept copy on disk
    DataController.staleRetryMs = 500;
    const again = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart indicator="newcomers" src=${src}></leiden-monitor-chart>`);
    await until(() => again.state !== 'loading', 'a result', 10000);
    expect(again.state).to.equal('ready');
    const notice = again.shadowRoot!.querySelector('.stale');
    expect(notice, 'stale notice').to.exist;
    expect(notice!.getAttribute('role')).to.equal('status');
    expect(notice!.textContent).to.match(/Opgeslagen gegevens van \d{1,2} \w+\.? \d{4}/);
    expect(again.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);

    await until(() => again.shadowRoot!.querySelector('.stale') === null, 'fresh data after the retry', 10000);
    expect(again.state).to.equal('ready');
  });

  it('ends a hanging server in the error state after the timeout when no copy was kept', async () => {
    const el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart timeout="200" src="/fault/hang?${key()}"></leiden-monitor-chart>`);
    await until(() => el.state !== 'loading', 'the timeout', 8000);
    expect(el.state).to.equal('error');
    expect(el.error?.code).to.equal('network');
  });
});
