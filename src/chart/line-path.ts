/**
 * An SVG path of straight segments through the present points, broken at missing ones (d3-shape's
 * `line().defined()` does the same, but with d3-path it costs ~3 KiB gzip for what we use). Joined
 * from an array, not grown with `+=`: the string is kept (by lit, to compare the next render's) and
 * a grown one is a chain of one V8 object per piece.
 */
export function linePath(points: readonly (readonly [number, number] | null)[]): string {
  const pieces: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    pieces.push(`${drawing ? 'L' : 'M'}${round(point[0])},${round(point[1])}`);
    drawing = true;
  }
  return pieces.join('');
}

/** A tenth of a pixel (geoPath's `digits(1)`): off by at most 0.05 px, which no screen shows, and
 *  the markup stays short. */
function round(n: number): number {
  return Math.round(n * 10) / 10;
}
