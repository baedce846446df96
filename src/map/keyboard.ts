/**
 * The keyboard model of a map: one Tab stop; ArrowRight/ArrowLeft go to the next area to the east
 * or west (by centroid), ArrowDown/ArrowUp to the next to the south or north, Home/End to the
 * westernmost and easternmost area. Moves stop at the ends. Modified keys are left to the browser.
 */
export interface AreaOrder {
  /** Feature indices from west to east (ties: north first). */
  readonly byX: readonly number[];
  /** Feature indices from north to south (ties: west first). */
  readonly byY: readonly number[];
}

/** The two orders of areas with these centroids (screen coordinates, y down). */
export function areaOrder(centroids: readonly (readonly [number, number])[]): AreaOrder {
  const indices = centroids.map((_, i) => i);
  return {
    byX: [...indices].sort((a, b) => centroids[a][0] - centroids[b][0] || centroids[a][1] - centroids[b][1] || a - b),
    byY: [...indices].sort((a, b) => centroids[a][1] - centroids[b][1] || centroids[a][0] - centroids[b][0] || a - b),
  };
}

function step(order: readonly number[], current: number, delta: number): number {
  const at = order.indexOf(current);
  if (at === -1) return order[0];
  return order[Math.max(0, Math.min(order.length - 1, at + delta))];
}

/** The area after `key`, or undefined when the key is not ours. */
export function moveArea(current: number, key: string, order: AreaOrder, modifiers = false): number | undefined {
  if (modifiers || order.byX.length === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return step(order.byX, current, 1);
    case 'ArrowLeft':
      return step(order.byX, current, -1);
    case 'ArrowDown':
      return step(order.byY, current, 1);
    case 'ArrowUp':
      return step(order.byY, current, -1);
    case 'Home':
      return order.byX[0];
    case 'End':
      return order.byX[order.byX.length - 1];
    default:
      return undefined;
  }
}
