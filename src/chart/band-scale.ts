/**
 * Band and point positions along a category axis, with d3-scale's formulas (scaleBand and
 * scalePoint, unrounded, centred). d3-scale's versions carry its ordinal machinery and d3-array's
 * InternMap (~1.5 KiB gzip) to map category values; ours are indexed 0…n-1, so a few lines do.
 * test/chart/band-scale.test.ts checks them against d3-scale.
 */
export interface BandScale {
  /** Start of band `i`. */
  (i: number): number;
  readonly bandwidth: number;
  readonly step: number;
}

export function bandScale(n: number, range: readonly [number, number], paddingInner: number, paddingOuter: number): BandScale {
  const [r0, r1] = range;
  const step = (r1 - r0) / Math.max(1, n - paddingInner + paddingOuter * 2);
  const start = r0 + (r1 - r0 - step * (n - paddingInner)) / 2;
  const bandwidth = step * (1 - paddingInner);
  const scale = ((i: number) => start + step * i) as BandScale;
  return Object.assign(scale, {bandwidth, step});
}

/** Points spread over `range` with `padding` steps at both ends (d3's scalePoint). */
export function pointScale(n: number, range: readonly [number, number], padding: number): BandScale {
  return bandScale(n, range, 1, padding);
}
