/**
 * Stale-if-error: the last good copy of each document, kept in the browser's Cache API under our
 * own cache name, so a transient failure (network, 5xx, 429) can still show data — marked with the
 * date it was fetched — while the element retries. Where the Cache API is missing (an insecure
 * origin, a sandboxed frame) nothing is kept and failures show as errors, as before.
 */
import {isTransient} from './retry-timing.js';

const CACHE_NAME = 'leiden-monitor-widgets-v1';
const SAVED_AT = 'x-leiden-saved-at';

// Without the Cache API `caches` is not defined: the ReferenceError ends in the catch like any other.

/**
 * Keeps `text`, the JSON body of `url` as fetched, as its last good copy (best effort: errors such
 * as a full quota are ignored). The text, not the parsed document: serialising a big document
 * again would block the main thread for as long as parsing it did.
 */
export async function rememberDocument(url: string, text: string): Promise<void> {
  try {
    await (await caches.open(CACHE_NAME)).put(url, new Response(text, {headers: {[SAVED_AT]: new Date().toISOString()}}));
  } catch {
    // quota, private mode, opaque origin, no Cache API: no copy, no harm
  }
}

/** The last good copy of `url` and when it was fetched, if one was kept. */
async function recallDocument(url: string): Promise<{doc: unknown; savedAt: string} | undefined> {
  try {
    const response = await (await caches.open(CACHE_NAME)).match(url);
    return response && {doc: await response.json(), savedAt: response.headers.get(SAVED_AT) ?? ''};
  } catch {
    return undefined;
  }
}

/** Forgets every kept copy (for tests, and for partners who want no persistence). */
export async function forgetDocuments(): Promise<void> {
  try {
    await caches.delete(CACHE_NAME);
  } catch {
    // nothing kept
  }
}

/** The kept copy of `url` to show after `error`, when the failure is transient and a copy exists. */
export function recallAfter(error: unknown, url: string): Promise<{doc: unknown; savedAt: string} | undefined> | undefined {
  return isTransient(error) ? recallDocument(url) : undefined;
}
