/**
 * An SVG path of straight segments through the present points, broken at missing ones (d3-shape's
 * `line().defined()` does the same, but with d3-path it costs ~3 KiB gzip for what we use).
 */
export function linePath(points: readonly (readonly [number, number] | null)[]): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${round(point[0])},${round(point[1])}`;
    drawing = true;
  }
  return d;
}

/** Two decimals are far below a pixel and keep the markup short. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
