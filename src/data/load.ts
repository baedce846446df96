/**
 * Loads monitor documents once per page. Every caller asking for the same absolute URL shares
 * one request (a dashboard of twenty elements fetches once), yet each caller keeps its own
 * AbortSignal: aborting rejects only that caller's promise, and the request itself is aborted
 * only when every caller has gone. Successes stay cached for the page; failures and abandoned
 * requests leave the cache, so a later attempt fetches again.
 *
 * The first caller's options (timeout, retries, fetch) shape the shared request.
 */
import {abortError, fetchJson, type LoadAttempt} from './fetch-json.js';
import type {MonitorModel} from './model.js';
import {toModelLazy} from './to-model-lazy.js';

export type {LoadAttempt} from './fetch-json.js';

export interface LoadOptions {
  /** Aborting rejects this call with an AbortError DOMException. */
  readonly signal?: AbortSignal;
  /** Per attempt; default 15000. */
  readonly timeoutMs?: number;
  /** Retries after network errors, 5xx and 429; default 2. */
  readonly retries?: number;
  /** First backoff delay, doubled each retry, with jitter; default 300. */
  readonly baseDelayMs?: number;
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Called before each attempt of the request this call starts (not when it joins one). */
  readonly onAttempt?: (attempt: LoadAttempt) => void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_BASE_DELAY_MS = 300;

/** An element's `timeout` attribute as `timeoutMs`: a positive number, else undefined (the default). */
export function elementTimeout(timeout: number | null | undefined): number | undefined {
  return timeout && timeout > 0 ? timeout : undefined;
}

interface SharedRequest {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  /** Callers still waiting; one without a signal never leaves. */
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

/** The cache key: `url` resolved against the page, so `data.json` and `/data.json` meet. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    // no document (a worker, Node) or no valid URL: the key is `url` as given
    return url;
  }
}

/** Documents that are a kept copy after a failed fetch, and their models, with when that copy was
 *  fetched. */
const stale = new WeakMap<object, string>();

/**
 * When `model` comes from a kept copy because the latest fetch failed: the ISO time that copy was
 * fetched. Undefined for fresh data.
 */
export function staleSince(model: MonitorModel): string | undefined {
  return stale.get(model);
}

function startRequest(key: string, options: LoadOptions): SharedRequest {
  const controller = new AbortController();
  const forget = () => {
    if (requests.get(key) === request) requests.delete(key);
  };
  // abandoned by every caller (loadDocument aborts it): out of the cache at once
  controller.signal.addEventListener('abort', forget);
  const promise = fetchJson(key, controller.signal, {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    fetch: options.fetch ?? fetch,
    onAttempt: options.onAttempt,
  }).then(
    ({doc, text}) => {
      request.settled = true;
      // the Cache API copy is off the critical path: its module loads after the first success (if
      // that module cannot load, no copy is kept). It keeps the body as fetched: re-serialising a
      // big document on the main thread would cost as much as parsing it
      void import('./stale-store.js').then(({rememberDocument}) => rememberDocument(key, text), () => undefined);
      // shared by every caller as is: documents are treated as immutable (see to-model-core.ts),
      // and the model built from them is frozen; freezing a million raw observations costs seconds
      return doc;
    },
    async (error: unknown) => {
      // stale-if-error: a transient failure shows the last good copy, marked with its date
      const copy = controller.signal.aborted ? undefined : await import('./stale-store.js').then(({recallAfter}) => recallAfter(error, key), () => undefined);
      request.settled = true;
      forget(); // a failure, or a kept copy: the next load fetches again
      if (!copy) throw error;
      const doc = copy.doc;
      if (typeof doc === 'object' && doc !== null) stale.set(doc, copy.savedAt);
      return doc;
    },
  );
  const request: SharedRequest = {promise, controller, waiting: 0, settled: false};
  requests.set(key, request);
  return request;
}

/** The parsed JSON at `url`; one request per absolute URL however many callers ask. */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<unknown> {
  const {signal} = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = absoluteUrl(url);
  const request = requests.get(key) ?? startRequest(key, options);
  request.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(abortError());
      if (--request.waiting === 0 && !request.settled) request.controller.abort();
    };
    signal?.addEventListener('abort', leave, {once: true});
    request.promise.finally(() => signal?.removeEventListener('abort', leave)).then(resolve, reject);
  });
}

/** Models of fetched documents, by absolute URL (fresh ones only: a kept copy is fetched again). */
const models = new Map<string, MonitorModel>();

/**
 * The model of the document at `url`, shared by every caller. Once it is made, the page keeps the
 * model and lets the document go: a monitor's parsed JSON takes several times the memory of its
 * columnar model (100 000 observations: ~5 MB more), for as long as the page is open. So a later
 * `loadDocument` of the same URL fetches again.
 */
export async function loadModel(url: string, options: LoadOptions = {}): Promise<MonitorModel> {
  const key = absoluteUrl(url);
  const known = models.get(key);
  if (known) return known;
  const doc = await loadDocument(key, options);
  const model = await toModelLazy(doc);
  const since = stale.get(doc as object); // undefined for a primitive
  if (since !== undefined) stale.set(model, since);
  else if (requests.get(key)?.settled) {
    models.set(key, model);
    requests.delete(key);
  }
  return model;
}

/** Forgets every cached or pending request and model (for tests); pending ones run on for their
 *  callers. */
export function clearLoadCache(): void {
  requests.clear();
  models.clear();
}
