/**
 * The stale-if-error store (stale-store.ts): what it keeps, and that it never fails a load.
 * The element side (a kept copy shown with its date, then fresh data) is in
 * test/elements/stale-if-error.test.ts.
 */
import {expect} from '@open-wc/testing';
import {absoluteUrl, clearLoadCache, loadDocument} from '../../src/data/load.js';
import {MonitorError} from '../../src/data/errors.js';
import {forgetDocuments, recallAfter, rememberDocument} from '../../src/data/stale-store.js';

const offline = new MonitorError('network', 'offline');

const uniqueUrl = (name: string) => `/stale-store/${name}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`;

/** The kept copy of `url` once the background write has happened (it is not awaited by the load). */
async function keptCopy(url: string): Promise<Response> {
  for (let i = 0; i < 100; i++) {
    const response = await (await caches.open('leiden-monitor-widgets-v1')).match(absoluteUrl(url));
    if (response) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no copy of ${url} was kept`);
}

describe('stale-store', () => {
  beforeEach(async () => {
    await forgetDocuments();
    clearLoadCache();
  });

  it('a successful load keeps the body as fetched, not a re-serialised document', async () => {
    const url = uniqueUrl('text');
    // whitespace and key order JSON.stringify would not reproduce
    const body = '{ "b" : 2,\n  "a": [1, 2.50] }';
    const fetchFn = async () => new Response(body, {headers: {'Content-Type': 'application/json'}});
    const doc = await loadDocument(url, {fetch: fetchFn});
    expect(doc).to.deep.equal({b: 2, a: [1, 2.5]});
    const copy = await keptCopy(url);
    expect(await copy.text()).to.equal(body);
    const recalled = await recallAfter(offline, absoluteUrl(url));
    expect(recalled?.doc).to.deep.equal({b: 2, a: [1, 2.5]});
    expect(Number.isNaN(Date.parse(recalled?.savedAt ?? ''))).to.equal(false);
    // only a transient failure shows the kept copy
    expect(recallAfter(new MonitorError('http', 'HTTP 404', {status: 404}), absoluteUrl(url))).to.equal(undefined);
  });

  it('rememberDocument(url, text) swallows a full quota, and recallAfter then finds nothing', async () => {
    const url = absoluteUrl(uniqueUrl('quota'));
    const original = CacheStorage.prototype.open;
    CacheStorage.prototype.open = async function () {
      const cache = await original.call(this, 'leiden-monitor-widgets-v1');
      cache.put = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
      return cache;
    };
    try {
      await rememberDocument(url, '{"a":1}');
    } finally {
      CacheStorage.prototype.open = original;
    }
    expect(await recallAfter(offline, url)).to.equal(undefined);
  });
});
