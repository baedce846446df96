/**
 * One JSON document over HTTP, with a timeout per attempt and bounded retries with exponential
 * backoff and jitter. Failures become MonitorErrors with the contract's codes:
 * - `network`: fetch itself failed, or an attempt timed out;
 * - `http`: a non-2xx answer (retried for 5xx and 429, honouring Retry-After; not for other 4xx,
 *   which will not get better by asking again);
 * - `parse`: a 2xx answer that is not JSON (typically a login or error page served as HTML).
 * Aborting `signal` rejects with an AbortError DOMException and stops at once, also mid-backoff.
 */
import {MonitorError, errorText} from './errors.js';

export interface FetchJsonOptions {
  readonly timeoutMs: number;
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly fetch: typeof fetch;
  /** Called before each attempt; `attempt` counts from 1. */
  readonly onAttempt?: ((attempt: LoadAttempt) => void) | undefined;
}

export interface LoadAttempt {
  readonly url: string;
  readonly attempt: number;
}

/** Safelisted for CORS (no preflight), and asks content-negotiating servers for JSON. */
const ACCEPT = 'application/json, */*;q=0.5';

type Attempt =
  | ({readonly ok: true} & Fetched)
  /** `retryAfter`: the Retry-After header of a failed answer (retry.ts reads it). */
  | {readonly ok: false; readonly error: MonitorError; readonly retryAfter?: string | null};

export type {Attempt};

/** A loaded document, parsed, and its body as fetched (which stale-store.ts keeps). */
export interface Fetched {
  readonly doc: unknown;
  readonly text: string;
}

export function abortError(): DOMException {
  return new DOMException('The load was aborted.', 'AbortError');
}

export async function attemptOnce(url: string, signal: AbortSignal, {timeoutMs, fetch: fetchFn}: FetchJsonOptions): Promise<Attempt> {
  if (signal.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal.addEventListener('abort', forwardAbort, {once: true});
  let response: Response;
  let text = '';
  try {
    response = await fetchFn(url, {signal: controller.signal, headers: {Accept: ACCEPT}});
    // the timeout covers the body too: a server can hang halfway through one
    if (response.ok) text = await response.text();
    else response.body?.cancel().catch(() => undefined);
  } catch (cause) {
    if (signal.aborted) throw abortError();
    return {ok: false, error: new MonitorError('network', timedOut ? `loading ${url} timed out after ${timeoutMs} ms` : `could not load ${url}: ${errorText(cause)}`, {cause})};
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
  const {status, headers} = response;
  // (no statusText: HTTP/2 has none, and it says nothing the status does not)
  if (!response.ok) {
    return {ok: false, error: new MonitorError('http', `HTTP ${status} for ${url}`, {status}), retryAfter: headers.get('Retry-After')};
  }
  const contentType = headers.get('Content-Type') ?? '';
  try {
    if (!/\btext\/html\b/i.test(contentType)) return {ok: true, doc: JSON.parse(text), text};
  } catch (cause) {
    return {ok: false, error: new MonitorError('parse', `${url} sent invalid JSON: ${errorText(cause)}`, {cause})};
  }
  return {ok: false, error: new MonitorError('parse', `${url} sent an HTML page, not JSON (${contentType})`)};
}

/** The JSON at `url`, parsed (`doc`) and as fetched (`text`), after at most `retries` retries of
 *  transient failures (retry.ts, loaded on the first failure). */
export async function fetchJson(url: string, signal: AbortSignal, options: FetchJsonOptions): Promise<Fetched> {
  options.onAttempt?.({url, attempt: 1});
  const outcome = await attemptOnce(url, signal, options);
  if (outcome.ok) return outcome;
  if (options.retries <= 0) throw outcome.error;
  // retry.ts decides whether the failure is worth retrying (a 404 or a parse error is not: it throws
  // at once); offline, the module may not load either: then the first failure is the answer
  return import('./retry.js').then(({retryJson}) => retryJson(url, signal, options, outcome), () => {
    throw outcome.error;
  });
}
