/** Resolves with the next `type` event on `target`, or rejects after `timeoutMs`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string, timeoutMs = 8000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      {once: true},
    );
  });
}

/**
 * Waits until `predicate` holds, or throws after `timeoutMs`. Polls with timers, not animation
 * frames: test pages run side by side and a page in the background gets no frames.
 */
export async function until(predicate: () => boolean, what: string | (() => string), timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}
