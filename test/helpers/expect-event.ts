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

/** Waits until `predicate` holds, polling each animation frame, or throws after `timeoutMs`. */
export async function until(predicate: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}
