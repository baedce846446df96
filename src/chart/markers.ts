/**
 * Marker shapes for line charts, one per series, so series differ by more than colour. A marker's
 * path is drawn where it stands, with no `transform`: one per marker made Chromium keep about
 * 0.8 KB of transform and paint bookkeeping for each.
 */
import {linePath} from './line-path.js';

/** The corners of each shape but the circle (series 0), in radii from the centre. */
const POLYGONS: [number, number][][] = [
  // square
  [[-1, -1], [1, -1], [1, 1], [-1, 1]],
  // triangle
  [[0, -1.15], [1.1, 0.75], [-1.1, 0.75]],
  // diamond
  [[0, -1.3], [1.3, 0], [0, 1.3], [-1.3, 0]],
  // cross
  [[-1, -0.4], [-0.4, -0.4], [-0.4, -1], [0.4, -1], [0.4, -0.4], [1, -0.4], [1, 0.4], [0.4, 0.4], [0.4, 1], [-0.4, 1], [-0.4, 0.4], [-1, 0.4]],
  // triangle pointing down
  [[0, 1.15], [1.1, -0.75], [-1.1, -0.75]],
];

/** The path of series `series`'s marker, `size` px wide, centred on `x`,`y`. */
export function markerPath(series: number, size: number, x: number, y: number): string {
  const r = size / 2;
  const shape = series % (POLYGONS.length + 1);
  // corners rounded as the line's own points are: shorter strings, and nothing a reader could see
  return shape
    ? linePath(POLYGONS[shape - 1].map(([a, b]) => [x + a * r, y + b * r])) + 'Z'
    : linePath([[x + r, y]]) + `a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0z`;
}
