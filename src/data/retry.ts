/**
 * Retries of a failed load (see fetch-json.ts), with exponential backoff and jitter, honouring
 * Retry-After, for transient failures (stale-store.ts `isTransient`). Loaded on the first failure: a
 * page whose data arrives never needs it.
 */
import {abortError, attemptOnce, type Attempt, type Fetched, type FetchJsonOptions} from './fetch-json.js';
import {isTransient} from './stale-store.js';

/** Retry-After can ask for long pauses; an element should not sit in `loading` longer than this. */
export const MAX_RETRY_DELAY_MS = 10_000;

/** Retry-After in milliseconds (seconds or an HTTP date), capped; undefined when absent or odd. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (header == null) return undefined;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_DELAY_MS) : undefined;
}

/** base · 2^retry, with "equal jitter" (half fixed, half random) so many clients do not sync up. */
export function backoffDelay(retry: number, baseDelayMs: number, random = Math.random): number {
  const ceiling = Math.min(baseDelayMs * 2 ** retry, MAX_RETRY_DELAY_MS);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Waits `ms`; aborting `signal` rejects at once. (A listener left after the wait is harmless: the
 *  signal is the one request's, and rejecting a settled promise does nothing.) */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, {once: true});
  });
}

/** Goes on after the first attempt failed with `first`; throws its error at once when it is not transient. */
export async function retryJson(url: string, signal: AbortSignal, options: FetchJsonOptions, first: Attempt): Promise<Fetched> {
  let outcome = first;
  for (let retry = 0; !outcome.ok; retry++) {
    if (!isTransient(outcome.error) || retry >= options.retries) throw outcome.error;
    await sleep(parseRetryAfter(outcome.retryAfter) ?? backoffDelay(retry, options.baseDelayMs), signal);
    options.onAttempt?.({url, attempt: retry + 2});
    outcome = await attemptOnce(url, signal, options);
  }
  return outcome;
}
