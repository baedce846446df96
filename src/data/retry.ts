/**
 * Retries of a failed load (see fetch-json.ts), with exponential backoff and jitter, honouring
 * Retry-After, for transient failures (retry-timing.ts `isTransient`). Loaded on the first failure: a
 * page whose data arrives never needs it.
 */
import {abortError, attemptOnce, type Attempt, type Fetched, type FetchJsonOptions} from './fetch-json.js';
import {backoffDelay, isTransient, parseRetryAfter} from './retry-timing.js';

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
