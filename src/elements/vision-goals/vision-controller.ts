import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {loadDocument} from '../../data/load.js';
import {MonitorError, isMonitorError} from '../../data/errors.js';
import type {ElementState} from '../../base/leiden-element.js';
import {validateVision, type VisionDocument} from './vision-format.js';
import {LEIDEN_VISION} from './vision.js';

interface VisionHost extends ReactiveControllerHost {
  src?: string | null;
  data?: unknown;
  timeout?: number | null;
}

/**
 * Turns `<vision-goals>`'s `src` / `data` into a checked VisionDocument, the way DataController
 * does for monitor documents: `data` wins over `src`; with neither, the built-in vision is shown.
 * Fetches go through the shared loader (`loadDocument`: one request per URL, timeout, retries),
 * each run has its own AbortSignal, and a stale or aborted run never overwrites a newer one.
 */
export class VisionController implements ReactiveController {
  /** `loading` until the host's first update has looked at `src`/`data`. */
  status: ElementState = 'loading';
  vision?: VisionDocument;
  error?: MonitorError;
  private readonly host: VisionHost;
  private run?: AbortController;
  private lastSrc?: string | null;
  private lastData?: unknown;
  private connected = false;
  private synced = false;

  constructor(host: VisionHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // re-run what a disconnect aborted (the first run starts from the host's first update)
    if (this.synced && this.status === 'loading') this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.run?.abort();
  }

  /** Starts a load when `src` or `data` changed; the host calls it at the top of `willUpdate`. */
  sync(): void {
    const {src, data} = this.host;
    if (this.synced && src === this.lastSrc && data === this.lastData) return;
    this.synced = true;
    this.lastSrc = src;
    this.lastData = data;
    this.start();
  }

  /** Loads again (failed loads leave the shared cache, so this fetches again). */
  reload(): void {
    this.start();
    this.host.requestUpdate();
  }

  private start(): void {
    this.run?.abort();
    this.run = undefined;
    this.error = undefined;
    const {src, data} = this.host;
    if (data !== undefined && data !== null) {
      this.settle(() => validateVision(data));
    } else if (!src) {
      this.settle(() => LEIDEN_VISION);
    } else if (!this.connected) {
      this.status = 'loading'; // starts on connect
      this.vision = undefined;
    } else {
      const run = new AbortController();
      this.run = run;
      this.status = 'loading';
      this.vision = undefined;
      const timeoutMs = this.host.timeout && this.host.timeout > 0 ? this.host.timeout : undefined;
      loadDocument(src, {signal: run.signal, ...(timeoutMs ? {timeoutMs} : {})}).then(
        (doc) => this.finish(run, () => validateVision(doc)),
        (error: unknown) =>
          this.finish(run, () => {
            throw error;
          }),
      );
    }
  }

  private finish(run: AbortController, result: () => VisionDocument): void {
    if (run !== this.run || run.signal.aborted) return;
    this.settle(result);
    this.host.requestUpdate();
  }

  private settle(result: () => VisionDocument): void {
    try {
      this.vision = result();
      this.status = 'ready';
    } catch (error) {
      this.vision = undefined;
      this.error = isMonitorError(error) ? error : new MonitorError('parse', error instanceof Error ? error.message : String(error));
      this.status = 'error';
    }
  }
}
