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
  // along axis a, ties broken by the other axis, then by index
  const along = (a: 0 | 1) => centroids.map((_, i) => i).sort((i, j) => centroids[i][a] - centroids[j][a] || centroids[i][1 - a] - centroids[j][1 - a] || i - j);
  return {byX: along(0), byY: along(1)};
}

/** Per key: the order it moves along and how far (Home and End: to the ends). */
const MOVES: Record<string, readonly [keyof AreaOrder, number]> = {
  ArrowRight: ['byX', 1],
  ArrowLeft: ['byX', -1],
  ArrowDown: ['byY', 1],
  ArrowUp: ['byY', -1],
  Home: ['byX', -Infinity],
  End: ['byX', Infinity],
};

/** The area after `key`, or undefined when the key is not ours. */
export function moveArea(current: number, key: string, order: AreaOrder, modifiers = false): number | undefined {
  if (modifiers || !order.byX.length || !Object.hasOwn(MOVES, key)) return undefined;
  const [axis, delta] = MOVES[key];
  const list = order[axis];
  // an unknown current area counts as one before the first
  return list[Math.max(0, Math.min(list.length - 1, list.indexOf(current) + delta))];
}
