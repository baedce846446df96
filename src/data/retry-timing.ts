/**
 * Which failures retry.ts retries, and how long it waits before the next attempt. A module of its
 * own so that these helpers are not members of retry.ts's (or stale-store.ts's) dynamically
 * imported namespace, which keeps every export of a module alive (and unshortened) in the drop-in.
 */
import {MonitorError} from './errors.js';

/** Network errors, 5xx and 429: worth retrying, and showing a kept copy for (stale-store.ts). */
export function isTransient(error: unknown): boolean {
  return error instanceof MonitorError && (error.code === 'network' || (error.code === 'http' && (error.status === 429 || (error.status ?? 0) >= 500)));
}

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
