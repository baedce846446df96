/**
 * An SVG path of straight segments through the present points, broken at missing ones (d3-shape's
 * `line().defined()` does the same, but with d3-path it costs ~3 KiB gzip for what we use). Joined
 * from an array, not grown with `+=`: the string is kept (by lit, to compare the next render's) and
 * a grown one is a chain of one V8 object per piece.
 *
 * Coordinates are rounded to 1/`per` px: two decimals by default, far below a pixel. (One decimal
 * for lines cost +60 KB of JS heap on a page of one line chart: a heap snapshot showed one internal
 * V8 array 63 KB larger, most likely its number-to-string cache.)
 */
export function linePath(points: readonly (readonly [number, number] | null)[], per = 100): string {
  const pieces: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    pieces.push(`${drawing ? 'L' : 'M'}${Math.round(point[0] * per) / per},${Math.round(point[1] * per) / per}`);
    drawing = true;
  }
  return pieces.join('');
}
