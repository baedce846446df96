/**
 * Tells elements when they come near the viewport, so a page of fifty charts draws the ones the
 * reader can see first and the rest as they scroll into view. One IntersectionObserver serves
 * every element; before printing, everything is drawn.
 */
type Waiting = (near: true) => void;

const MARGIN_PX = 1000;
const waiting = new Map<Element, Waiting>();
/** Elements measured once already: after that the observer decides. */
const measured = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;
/** Between beforeprint and afterprint: an element created then (by a monitor revealing its
 *  indicators for the print) draws at once. */
let printing = false;

function release(element: Element): void {
  const callback = waiting.get(element);
  if (!callback) return;
  stopWatching(element);
  callback(true);
}

function ensureObserver(): IntersectionObserver {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => entries.forEach((entry) => entry.isIntersecting && release(entry.target)),
      {rootMargin: `${MARGIN_PX}px`},
    );
    addEventListener('beforeprint', () => {
      printing = true;
      [...waiting.keys()].forEach(release);
    });
    addEventListener('afterprint', () => (printing = false));
  }
  return observer;
}

/** Calls `near` once `element` is within 1000px of the viewport (at once where there is no IntersectionObserver). */
export function whenNearViewport(element: Element, near: Waiting): void {
  if (typeof IntersectionObserver === 'undefined' || printing) return near(true);
  waiting.set(element, near);
  ensureObserver().observe(element);
}

/** Stops waiting for `element` (it left the page). */
export function stopWatching(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

/**
 * Decides now, by measuring, for the elements the observer has not reported on yet: its first
 * report waits for a frame, which a page that is still loading may not paint for a while (100 ms
 * and more), while the data is already here. All waiting elements are measured at once (one
 * layout, not one per element); an element without a box (display: none) is left to the observer.
 */
export function checkNearViewport(): void {
  const unmeasured = [...waiting.keys()].filter((element) => !measured.has(element));
  const boxes = unmeasured.map((element) => element.getBoundingClientRect());
  unmeasured.forEach((element, i) => {
    measured.add(element);
    const box = boxes[i];
    const hasBox = box.width > 0 || box.height > 0;
    const near = box.bottom >= -MARGIN_PX && box.top <= innerHeight + MARGIN_PX && box.right >= -MARGIN_PX && box.left <= innerWidth + MARGIN_PX;
    if (hasBox && near) release(element);
  });
}
