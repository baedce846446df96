import {expect} from '@open-wc/testing';
import {isMonitorError, type MonitorError} from '../../src/data/errors.js';
import {backoffDelay, MAX_RETRY_DELAY_MS, parseRetryAfter} from '../../src/data/retry-timing.js';
import {absoluteUrl, clearLoadCache, loadDocument, loadModel, type LoadAttempt} from '../../src/data/load.js';
import {rejectionOf} from './expect-error.js';

/** A key no other test (or earlier run against the same server) has used. */
const uniqueKey = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

async function hits(key: string): Promise<number> {
  const response = await fetch(`/fault/hits/${key}`);
  return ((await response.json()) as {hits: number}).hits;
}

async function monitorErrorOf(promise: Promise<unknown>): Promise<MonitorError> {
  const error = await rejectionOf(promise);
  if (!isMonitorError(error)) expect.fail(`expected a MonitorError, got ${String(error)}`);
  return error;
}

async function expectAbortError(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

/** Records the attempts of one load. */
function attemptLog() {
  const attempts: LoadAttempt[] = [];
  return {attempts, onAttempt: (attempt: LoadAttempt) => attempts.push(attempt)};
}

const FAST = {baseDelayMs: 1};

describe('loadDocument', () => {
  beforeEach(() => clearLoadCache());

  describe('success and sharing', () => {
    it('loadDocument(url) resolves to the parsed document, whose model is frozen', async () => {
      const doc = (await loadDocument(`/fault/count/${uniqueKey('ok')}`)) as {format: string; indicators: {id: string}[]};
      expect(doc.format).to.equal('leiden-monitor');
      expect(doc.indicators.map(({id}) => id)).to.deep.equal(['newcomers', 'share-international']);
      // the raw document is shared as is (freezing a million observations costs seconds); the model is frozen
      const model = await loadModel(`/fault/count/${uniqueKey('ok-model')}`);
      expect(Object.isFrozen(model.indicators[0])).to.equal(true);
      expect(Object.isFrozen(model.indicators[0].observations[0])).to.equal(true);
      expect(Object.isFrozen(model.indicators[0].observations[0].coords)).to.equal(true);
    });

    it('loadDocument(url) ×10 at once makes one request and gives every caller the same document', async () => {
      const key = uniqueKey('ten');
      const docs = await Promise.all(Array.from({length: 10}, () => loadDocument(`/fault/count/${key}`)));
      expect(await hits(key)).to.equal(1);
      expect(new Set(docs).size).to.equal(1);
    });

    it('loadDocument(url) keys the cache by absolute URL', async () => {
      const key = uniqueKey('abs');
      const relative = `/fault/count/${key}`;
      expect(absoluteUrl(relative)).to.equal(new URL(relative, document.baseURI).href);
      await Promise.all([loadDocument(relative), loadDocument(absoluteUrl(relative)), loadDocument(`../fault/count/${key}`)]);
      expect(await hits(key)).to.equal(1);
    });

    it('loadDocument(url) serves a later call from the cache', async () => {
      const key = uniqueKey('later');
      const first = await loadDocument(`/fault/count/${key}`);
      const second = await loadDocument(`/fault/count/${key}`);
      expect(second).to.equal(first);
      expect(await hits(key)).to.equal(1);
    });

    it('clearLoadCache() makes the next call fetch again', async () => {
      const key = uniqueKey('clear');
      await loadDocument(`/fault/count/${key}`);
      clearLoadCache();
      await loadDocument(`/fault/count/${key}`);
      expect(await hits(key)).to.equal(2);
    });
  });

  describe('errors', () => {
    it('loadDocument(404) rejects with http, the status, and a message naming it, without retrying', async () => {
      const log = attemptLog();
      const error = await monitorErrorOf(loadDocument('/fault/status/404', {...FAST, ...log}));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.message).to.contain('404');
      expect(log.attempts.map(({attempt}) => attempt)).to.deep.equal([1]);
    });

    it('loadDocument(url) does not retry a 4xx: the server saw one request', async () => {
      const key = uniqueKey('404');
      const error = await monitorErrorOf(loadDocument(`/fault/flaky/${key}?fails=5&status=404`, {retries: 3, ...FAST}));
      expect(error.status).to.equal(404);
      expect(await hits(key)).to.equal(1);
    });

    it('loadDocument(500) retries, then rejects with http 500', async () => {
      const log = attemptLog();
      const error = await monitorErrorOf(loadDocument('/fault/status/500', {retries: 2, ...FAST, ...log}));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(500);
      expect(log.attempts.map(({attempt}) => attempt)).to.deep.equal([1, 2, 3]);
    });

    it('loadDocument(flaky) succeeds after a retry', async () => {
      const key = uniqueKey('flaky');
      const doc = (await loadDocument(`/fault/flaky/${key}?fails=1`, FAST)) as {format: string};
      expect(doc.format).to.equal('leiden-monitor');
      expect(await hits(key)).to.equal(2);
    });

    it('loadDocument(flaky 429) retries a 429 too', async () => {
      const key = uniqueKey('429');
      await loadDocument(`/fault/flaky/${key}?fails=2&status=429`, FAST);
      expect(await hits(key)).to.equal(3);
    });

    it('loadDocument(url) honours Retry-After on a 503', async () => {
      let calls = 0;
      const fakeFetch: typeof fetch = async () =>
        ++calls === 1 ? new Response('busy', {status: 503, headers: {'Retry-After': '1'}}) : Response.json({ok: true});
      const started = performance.now();
      expect(await loadDocument('https://example.invalid/retry-after.json', {fetch: fakeFetch, ...FAST})).to.deep.equal({ok: true});
      expect(performance.now() - started).to.be.greaterThan(900);
      expect(calls).to.equal(2);
    });

    it('loadDocument(hang) with a short timeout rejects with network, saying it timed out', async () => {
      const error = await monitorErrorOf(loadDocument('/fault/hang', {timeoutMs: 150, retries: 0}));
      expect(error.code).to.equal('network');
      expect(error.message).to.contain('timed out');
    });

    it('loadDocument(hang) retries a timeout like any network error', async () => {
      const log = attemptLog();
      const error = await monitorErrorOf(loadDocument('/fault/hang', {timeoutMs: 100, retries: 1, ...FAST, ...log}));
      expect(error.code).to.equal('network');
      expect(log.attempts).to.have.length(2);
    });

    it('loadDocument(url) rejects with network when fetch itself fails', async () => {
      const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const error = await monitorErrorOf(loadDocument('https://example.invalid/down.json', {fetch: failing, retries: 1, ...FAST}));
      expect(error.code).to.equal('network');
      expect(error.message).to.contain('Failed to fetch');
      expect(error.cause).to.be.instanceOf(TypeError);
    });

    it('loadDocument(closed port) rejects with network from the real fetch', async () => {
      const error = await monitorErrorOf(loadDocument('http://127.0.0.1:9/monitor.json', {retries: 0}));
      expect(error.code).to.equal('network');
    });

    it('loadDocument(html page with 200) rejects with parse', async () => {
      const error = await monitorErrorOf(loadDocument('/fault/html', FAST));
      expect(error.code).to.equal('parse');
      expect(error.message).to.contain('HTML');
    });

    it('loadDocument(truncated JSON) rejects with parse', async () => {
      const log = attemptLog();
      const error = await monitorErrorOf(loadDocument('/fault/invalid-json', {...FAST, ...log}));
      expect(error.code).to.equal('parse');
      expect(log.attempts).to.have.length(1);
    });

    it('loadDocument(url) forgets a failure, so a later call fetches again', async () => {
      const key = uniqueKey('forget');
      const error = await monitorErrorOf(loadDocument(`/fault/flaky/${key}?fails=1`, {retries: 0}));
      expect(error.status).to.equal(503);
      const doc = (await loadDocument(`/fault/flaky/${key}?fails=1`, {retries: 0})) as {format: string};
      expect(doc.format).to.equal('leiden-monitor');
      expect(await hits(key)).to.equal(2);
    });
  });

  describe('aborting', () => {
    it('loadDocument(url, {signal: aborted}) rejects at once with an AbortError and fetches nothing', async () => {
      let calls = 0;
      const counting: typeof fetch = (...args) => (calls++, fetch(...args));
      await expectAbortError(loadDocument(`/fault/count/${uniqueKey('pre')}`, {signal: AbortSignal.abort(), fetch: counting}));
      expect(calls).to.equal(0);
    });

    it('aborting one caller rejects only that caller; the other still gets the document', async () => {
      const key = uniqueKey('one');
      const url = `/fault/slow/300/${key}`;
      const first = new AbortController();
      const aborted = loadDocument(url, {signal: first.signal});
      const kept = loadDocument(url, {signal: new AbortController().signal});
      first.abort();
      await expectAbortError(aborted);
      expect(((await kept) as {format: string}).format).to.equal('leiden-monitor');
      expect(await hits(key)).to.equal(1);
    });

    it('aborting every caller aborts the request and removes it from the cache', async () => {
      const signals: AbortSignal[] = [];
      const spying: typeof fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return fetch(input, init);
      };
      const a = new AbortController();
      const b = new AbortController();
      const first = loadDocument('/fault/hang', {signal: a.signal, fetch: spying});
      const second = loadDocument('/fault/hang', {signal: b.signal, fetch: spying});
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(signals).to.have.length(1);
      a.abort();
      expect(signals[0]!.aborted).to.equal(false);
      b.abort();
      expect(signals[0]!.aborted).to.equal(true);
      await expectAbortError(first);
      await expectAbortError(second);
      // gone from the cache: a new caller starts a new request
      const c = new AbortController();
      const third = loadDocument('/fault/hang', {signal: c.signal, fetch: spying});
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(signals).to.have.length(2);
      c.abort();
      await expectAbortError(third);
    });

    it('aborting during the backoff stops the retries at once', async () => {
      const log = attemptLog();
      const controller = new AbortController();
      const started = performance.now();
      const pending = loadDocument('/fault/status/500', {signal: controller.signal, baseDelayMs: 5000, ...log});
      setTimeout(() => controller.abort(), 200);
      await expectAbortError(pending);
      expect(performance.now() - started).to.be.lessThan(2000);
      expect(log.attempts).to.have.length(1);
    });
  });
});

describe('loadModel', () => {
  beforeEach(() => clearLoadCache());

  it('loadModel(url) resolves to the model, shared by every caller', async () => {
    const url = `/fault/count/${uniqueKey('model')}`;
    const [a, b] = await Promise.all([loadModel(url), loadModel(url)]);
    expect(a).to.equal(b);
    expect(a.indicators.map(({id}) => id)).to.deep.equal(['newcomers', 'share-international']);
    expect(a.indicators.every(({sample}) => sample === true)).to.equal(true);
    expect(a.indicatorById.get('share-international')!.observation({period: '2023', area: 'GM0546'})?.value).to.equal(12);
  });

  it('loadModel(url) keeps the model, not the document: later calls get it without a request', async () => {
    const key = uniqueKey('model-kept');
    const url = `/fault/count/${key}`;
    const [a, b] = await Promise.all([loadModel(url), loadModel(url)]);
    const c = await loadModel(absoluteUrl(url));
    expect(await hits(key)).to.equal(1);
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    // the document itself was let go: asking for it fetches again
    await loadDocument(url);
    expect(await hits(key)).to.equal(2);
    expect(await loadModel(url)).to.equal(a);
    expect(await hits(key)).to.equal(2);
  });

  it('loadModel(url) rejects with schema for a document that breaks the contract', async () => {
    const fakeFetch: typeof fetch = async () => Response.json({format: 'leiden-monitor', version: 1, dimensions: {}, indicators: 'none'});
    const error = await monitorErrorOf(loadModel('https://example.invalid/broken.json', {fetch: fakeFetch}));
    expect(error.code).to.equal('schema');
    expect(error.path).to.equal('indicators');
  });
});

describe('retry timing', () => {
  it('parseRetryAfter(header) reads seconds and HTTP dates, capped at 10 s', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter('0')).to.equal(0);
    expect(parseRetryAfter('120')).to.equal(MAX_RETRY_DELAY_MS);
    const now = Date.parse('2024-06-01T12:00:00Z');
    expect(parseRetryAfter('Sat, 01 Jun 2024 12:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Sat, 01 Jun 2024 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('backoffDelay(retry, base) doubles per retry with jitter between half and all of it', () => {
    expect(backoffDelay(0, 300, () => 0)).to.equal(150);
    expect(backoffDelay(0, 300, () => 1)).to.equal(300);
    expect(backoffDelay(2, 300, () => 0)).to.equal(600);
    expect(backoffDelay(2, 300, () => 1)).to.equal(1200);
    expect(backoffDelay(20, 300, () => 1)).to.equal(MAX_RETRY_DELAY_MS);
  });
});
