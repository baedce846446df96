/**
 * Tells elements when they come near the viewport, so a page of fifty charts draws the ones the
 * reader can see first and the rest as they scroll into view. One IntersectionObserver serves
 * every element; before printing, everything is drawn.
 */
type Waiting = (near: true) => void;

const MARGIN = '1000px';
const waiting = new Map<Element, Waiting>();
let observer: IntersectionObserver | undefined;

function release(element: Element): void {
  const callback = waiting.get(element);
  if (!callback) return;
  waiting.delete(element);
  observer?.unobserve(element);
  callback(true);
}

function ensureObserver(): IntersectionObserver {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => entries.forEach((entry) => entry.isIntersecting && release(entry.target)),
      {rootMargin: MARGIN},
    );
    addEventListener('beforeprint', () => [...waiting.keys()].forEach(release));
  }
  return observer;
}

/** Calls `near` once `element` is within 1000px of the viewport (at once where there is no IntersectionObserver). */
export function whenNearViewport(element: Element, near: Waiting): void {
  if (typeof IntersectionObserver === 'undefined') return near(true);
  waiting.set(element, near);
  ensureObserver().observe(element);
}

/** Stops waiting for `element` (it left the page). */
export function stopWatching(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}
