/**
 * The value axis: a linear map with d3-array's nice domain and ticks. d3-scale's scaleLinear
 * would do the same but pulls in d3-interpolate, d3-color and d3-format (about 12 KiB gzip) for
 * colour interpolation and tick formats we never use; our ticks are formatted with Intl.
 */
import {nice, ticks} from 'd3-array';

export interface LinearScale {
  (value: number): number;
  ticks(count: number): number[];
}

/** `domain` is widened to nice round numbers for `count` ticks, then mapped onto `range`. */
export function niceLinearScale(domain: readonly [number, number], range: readonly [number, number], count: number): LinearScale {
  const [d0, d1] = nice(domain[0], domain[1], count);
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.ticks = (n: number) => ticks(d0, d1, n);
  return scale;
}
