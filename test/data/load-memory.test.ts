/**
 * What the loader keeps of a fetched monitor: its model, not the parsed document. A monitor's
 * document as JS objects takes many times the memory of its columnar model, for as long as the
 * page is open (heap measured after garbage collection, through the DevTools Protocol).
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {clearLoadCache, loadDocument, loadModel} from '../../src/data/load.js';

const heap = () => executeServerCommand<number, Record<string, never>>('heap', {});

/** Monitor JSON of `periods` × `areas` observations. */
function bigMonitorText(periods: number, areas: number): string {
  const years = Array.from({length: periods}, (_, i) => String(1800 + i));
  const ids = Array.from({length: areas}, (_, i) => `A${i}`);
  return JSON.stringify({
    format: 'leiden-monitor',
    version: 1,
    title: {nl: 'Groot'},
    source: {name: {nl: 'Test'}},
    dimensions: {period: {label: {nl: 'Jaar'}, role: 'time'}, area: {label: {nl: 'Gebied'}, categories: ids.map((id) => ({id, label: {nl: id}}))}},
    indicators: [
      {id: 'n', label: {nl: 'N'}, unit: 'count', dimensions: ['period', 'area'], observations: years.flatMap((period, p) => ids.map((area, a) => ({period, area, value: p * areas + a})))},
    ],
  });
}

/** Resolves once the loader's copy of `url` is in the Cache API (see stale-store.ts): until then
 *  the write holds the fetched text, which would blur the heap measured. */
async function copyKept(url: string): Promise<void> {
  const cache = await caches.open('leiden-monitor-widgets-v1');
  for (let tries = 0; !(await cache.match(url)); tries++) {
    if (tries > 100) throw new Error(`no kept copy of ${url}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('loader memory', () => {
  beforeEach(() => clearLoadCache());

  it("keeps a monitor's model and lets its document go (30 000 observations)", async function () {
    this.timeout(30_000);
    const text = bigMonitorText(300, 100);
    const fakeFetch: typeof fetch = async () => new Response(text, {headers: {'Content-Type': 'application/json'}});
    const load = async <T>(url: string, how: (url: string, options: {fetch: typeof fetch}) => Promise<T>): Promise<T> => {
      const result = await how(url, {fetch: fakeFetch});
      await copyKept(url);
      return result;
    };
    // warm up: compiled code, the stale-copy module and its cache
    await load('https://example.invalid/warm-model.json', loadModel);
    await load('https://example.invalid/warm-document.json', loadDocument);
    clearLoadCache();

    const start = await heap();
    const model = await load('https://example.invalid/model.json', loadModel);
    const withModel = await heap();
    const doc = await load('https://example.invalid/document.json', loadDocument);
    const withDocument = await heap();

    expect(model.indicators[0].observation({period: '1999', area: 'A7'})?.value).to.equal(199 * 100 + 7);
    expect((doc as {indicators: unknown[]}).indicators).to.have.length(1);
    const kept = {model: withModel - start, document: withDocument - withModel};
    expect(kept.document, `bytes kept for the document: ${kept.document}`).to.be.above(500_000);
    expect(kept.model, `bytes kept for the model: ${kept.model} (document: ${kept.document})`).to.be.below(kept.document / 4);
  });
});
