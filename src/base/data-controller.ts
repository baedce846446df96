import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {MonitorModel} from '../data/model.js';
import {elementTimeout, loadDocument, loadModel, staleSince, type LoadOptions} from '../data/load.js';
import {toModelLazy} from '../data/to-model-lazy.js';
import {asMonitorError, type MonitorError} from '../data/errors.js';

/** How often a kept copy's `src` is fetched again (see `DataController.staleRetryMs`). */
const STALE_RETRIES = 5;

export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a document becomes: the value, or a promise of it; throws (a MonitorError) to refuse it. */
export type DocumentReader<T> = (doc: unknown) => T | Promise<T>;

interface DataHost extends ReactiveControllerHost {
  src?: string | null;
  data?: unknown;
  timeout?: number | null;
}

/**
 * Turns an element's `src` / `data` into a MonitorModel, or with a `read` function into whatever
 * that makes of the document (`<vision-goals>`: a checked vision document). `data` wins over
 * `src` and fetches nothing. Each run has its own AbortSignal: a new `src`, or leaving the page,
 * aborts the pending run, and a run that is no longer current never overwrites a newer one.
 * Fetches share the page's loader (one request per URL, timeout, retries, kept copies); only
 * monitor models are marked `staleSince` and fetched again later.
 */
export class DataController<T = MonitorModel> implements ReactiveController {
  /**
   * First wait before fetching again after a kept copy was shown (stale-if-error); it doubles on
   * every further failure, up to STALE_RETRIES tries. Static so tests can shorten it.
   */
  static staleRetryMs = 30_000;

  status: DataStatus = 'idle';
  model?: T;
  error?: MonitorError;
  /** When the model is a kept copy shown because fetching failed: when that copy was fetched. */
  staleSince?: string;
  #staleRetry?: ReturnType<typeof setTimeout>;
  #staleTries = 0;
  readonly #host: DataHost;
  #run?: AbortController;
  #lastSrc?: string | null;
  #lastData?: unknown;
  #connected = false;

  readonly #read?: DocumentReader<T>;

  /** `read`: what a document becomes; absent: its MonitorModel (`T` must then be MonitorModel). */
  constructor(host: DataHost, read?: DocumentReader<T>) {
    this.#host = host;
    if (read) this.#read = read;
    host.addController(this);
  }

  #toValue(doc: unknown): T | Promise<T> {
    return this.#read ? this.#read(doc) : (toModelLazy(doc) as T | Promise<T>);
  }

  #load(src: string, options: LoadOptions): Promise<T> {
    return this.#read ? loadDocument(src, options).then(this.#read) : (loadModel(src, options) as Promise<T>);
  }

  /** When the value is a kept monitor model: when it was fetched (see load.ts `staleSince`). */
  #staleOf(value: T): string | undefined {
    return this.#read ? undefined : staleSince(value as MonitorModel);
  }

  hostConnected(): void {
    this.#connected = true;
    // re-run what a disconnect aborted (e.g. the element was moved in the DOM)
    if (this.status === 'loading') this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#staleRetry);
    this.#run?.abort();
  }

  /**
   * Starts a load when `src` or `data` changed. The host calls this at the top of `willUpdate`
   * (controllers' `hostUpdate` runs after `willUpdate`, too late for deriving the view).
   */
  sync(): void {
    const {src, data} = this.#host;
    if (src === this.#lastSrc && data === this.#lastData) return;
    this.#lastSrc = src;
    this.#lastData = data;
    this.#start();
  }

  /** Fetches again later while a kept copy is shown: the server may be back. */
  #retryStale(): void {
    if (this.#staleTries >= STALE_RETRIES || !this.#connected) return;
    const delay = DataController.staleRetryMs * 2 ** this.#staleTries++;
    this.#staleRetry = setTimeout(() => this.#refresh(), delay);
  }

  /** Fetches `src` again while the kept copy stays on screen; only fresh data replaces it. */
  #refresh(): void {
    const src = this.#host.src;
    if (!src || !this.#connected) return;
    const run = new AbortController();
    this.#run = run;
    this.#load(src, {signal: run.signal}).then(
      (model) => {
        if (run !== this.#run) return;
        if (this.#staleOf(model) === undefined) this.#finish(run, () => model);
        else this.#retryStale();
      },
      () => {
        if (run === this.#run) this.#retryStale();
      },
    );
  }

  /** Loads again (after a failure: failed loads are not cached). */
  reload(): void {
    this.#start();
    this.#host.requestUpdate();
  }

  #start(): void {
    this.#run?.abort();
    this.#run = undefined;
    this.error = undefined;
    const {src, data} = this.#host;
    if (data !== undefined && data !== null) {
      this.#follow(() => this.#toValue(data));
    } else if (!src) {
      this.model = undefined;
      this.status = 'idle';
    } else if (!this.#connected) {
      this.status = 'loading'; // starts on connect
    } else {
      const timeoutMs = elementTimeout(this.#host.timeout);
      this.#follow((signal) => this.#load(src, {signal, timeoutMs}));
    }
  }

  /**
   * Settles now when `produce` answers synchronously (monitor JSON in `data`), else when its
   * promise does, unless a newer run has started or this one was aborted.
   */
  #follow(produce: (signal: AbortSignal) => T | Promise<T>): void {
    const run = new AbortController();
    this.#run = run;
    let result: T | Promise<T>;
    try {
      result = produce(run.signal);
    } catch (error) {
      this.#settle(() => {
        throw error;
      });
      return;
    }
    if (!(result instanceof Promise)) {
      const model = result;
      this.#settle(() => model);
      return;
    }
    this.status = 'loading';
    this.model = undefined;
    result.then(
      (model) => this.#finish(run, () => model),
      (error: unknown) =>
        this.#finish(run, () => {
          throw error;
        }),
    );
  }

  #finish(run: AbortController, result: () => T): void {
    if (run !== this.#run || run.signal.aborted) return; // stale or aborted: a newer run owns the state
    this.#settle(result);
    this.#host.requestUpdate();
  }

  #settle(result: () => T): void {
    clearTimeout(this.#staleRetry);
    try {
      this.model = result();
      this.status = 'ready';
      this.staleSince = this.#staleOf(this.model);
      if (this.staleSince === undefined) this.#staleTries = 0;
      else this.#retryStale();
    } catch (error) {
      this.model = undefined;
      this.error = asMonitorError(error, 'parse');
      this.status = 'error';
    }
  }
}
