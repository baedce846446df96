/**
 * Thins a long line for drawing: within one pixel column only the first, lowest, highest and
 * last points are kept (min/max decimation), so a 100 000-point series draws like the full one
 * with a few thousand path commands. Gaps (null) stay gaps. Only the drawing is thinned: the
 * table, the CSV, the summary and the keyboard keep every value.
 */
export type LinePoint = readonly [number, number] | null;

export function decimate(points: readonly LinePoint[], pixelsPerColumn = 1): LinePoint[] {
  const out: LinePoint[] = [];
  let column = Number.NaN;
  let bucket: (readonly [number, number])[] = [];
  const flush = () => {
    if (!bucket.length) return;
    const first = bucket[0];
    const last = bucket[bucket.length - 1];
    let min = first;
    let max = first;
    for (const p of bucket) {
      if (p[1] < min[1]) min = p;
      if (p[1] > max[1]) max = p;
    }
    // keep the order along x so the path does not zig-zag backwards
    const kept = [first, min, max, last].filter((p, i, all) => all.indexOf(p) === i);
    kept.sort((a, b) => bucket.indexOf(a) - bucket.indexOf(b));
    out.push(...kept);
    bucket = [];
  };
  for (const point of points) {
    if (point === null) {
      flush();
      if (out.length && out[out.length - 1] !== null) out.push(null);
      column = Number.NaN;
      continue;
    }
    const c = Math.floor(point[0] / pixelsPerColumn);
    if (c !== column) {
      flush();
      column = c;
    }
    bucket.push(point);
  }
  flush();
  return out;
}
