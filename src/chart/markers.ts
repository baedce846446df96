/**
 * Marker shapes for line charts, one per series, so series differ by more than colour. Paths
 * are centred on 0,0; `size` is the marker's width in px.
 */
const SHAPES: ((r: number) => string)[] = [
  // circle
  (r) => `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`,
  // square
  (r) => `M${-r},${-r}H${r}V${r}H${-r}Z`,
  // triangle
  (r) => `M0,${-r * 1.15}L${r * 1.1},${r * 0.75}H${-r * 1.1}Z`,
  // diamond
  (r) => `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0Z`,
  // cross
  (r) => {
    const t = r / 2.5;
    return `M${-r},${-t}H${-t}V${-r}H${t}V${-t}H${r}V${t}H${t}V${r}H${-t}V${t}H${-r}Z`;
  },
  // triangle pointing down
  (r) => `M0,${r * 1.15}L${r * 1.1},${-r * 0.75}H${-r * 1.1}Z`,
];

/** Paths made so far, by shape and size: a page of charts draws thousands of markers of a few
 *  shapes, and each path built anew was a string of ~10 pieces kept in memory for every marker. */
const made = new Map<string, string>();

export function markerPath(series: number, size = 8): string {
  const shape = series % SHAPES.length;
  const key = `${shape} ${size}`;
  let path = made.get(key);
  if (path === undefined) made.set(key, (path = SHAPES[shape](size / 2)));
  return path;
}
