import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {MonitorModel} from '../data/model.js';
import {loadModel} from '../data/load.js';
import {toModel} from '../data/to-model.js';
import {MonitorError, isMonitorError} from '../data/errors.js';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

interface DataHost extends ReactiveControllerHost {
  src?: string | null;
  data?: unknown;
  timeout?: number | null;
}

/**
 * Turns an element's `src` / `data` into a MonitorModel. `data` wins over `src` and fetches
 * nothing. Each run has its own AbortSignal: a new `src`, or leaving the page, aborts the
 * pending run, and a run that is no longer current never overwrites a newer one.
 */
export class DataController implements ReactiveController {
  status: DataStatus = 'idle';
  model?: MonitorModel;
  error?: MonitorError;
  private readonly host: DataHost;
  private run?: AbortController;
  private lastSrc?: string | null;
  private lastData?: unknown;
  private connected = false;

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // re-run what a disconnect aborted (e.g. the element was moved in the DOM)
    if (this.status === 'loading') this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.run?.abort();
  }

  /**
   * Starts a load when `src` or `data` changed. The host calls this at the top of `willUpdate`
   * (controllers' `hostUpdate` runs after `willUpdate`, too late for deriving the view).
   */
  sync(): void {
    const {src, data} = this.host;
    if (src === this.lastSrc && data === this.lastData) return;
    this.lastSrc = src;
    this.lastData = data;
    this.start();
  }

  /** Loads again (after a failure: failed loads are not cached). */
  reload(): void {
    this.start();
    this.host.requestUpdate();
  }

  private start(): void {
    this.run?.abort();
    const {src, data} = this.host;
    this.error = undefined;
    if (data !== undefined && data !== null) {
      this.run = undefined;
      this.settle(() => toModel(data));
      return;
    }
    if (!src) {
      this.run = undefined;
      this.model = undefined;
      this.status = 'idle';
      return;
    }
    if (!this.connected) {
      this.status = 'loading';
      return;
    }
    const run = new AbortController();
    this.run = run;
    this.status = 'loading';
    this.model = undefined;
    const timeoutMs = this.host.timeout && this.host.timeout > 0 ? this.host.timeout : undefined;
    loadModel(src, {signal: run.signal, timeoutMs}).then(
      (model) => this.finish(run, () => model),
      (error: unknown) => this.finish(run, () => { throw error; }),
    );
  }

  private finish(run: AbortController, result: () => MonitorModel): void {
    if (run !== this.run || run.signal.aborted) return; // stale or aborted: a newer run owns the state
    this.settle(result);
    this.host.requestUpdate();
  }

  private settle(result: () => MonitorModel): void {
    try {
      this.model = result();
      this.status = 'ready';
    } catch (error) {
      this.model = undefined;
      this.error = isMonitorError(error)
        ? error
        : new MonitorError('parse', error instanceof Error ? error.message : String(error));
      this.status = 'error';
    }
  }
}
