/**
 * The value axis: a linear map with a nice domain and ticks. d3-scale's scaleLinear would do the
 * same but pulls in d3-interpolate, d3-color and d3-format (about 12 KiB gzip) for colour
 * interpolation and tick formats we never use; our ticks are formatted with Intl. The nice domain
 * and the ticks are d3-array 3's `nice()` and `ticks()` (ISC licence, © Mike Bostock) for the
 * ascending domains we have: imported from d3-array, they brought its bisectors, which are built
 * when the module loads and so stay in every bundle. test/chart/linear-scale.test.ts checks them
 * against d3-array.
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  ticks(count: number): number[];
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec: the ticks of start < stop are i1…i2 times `inc` (divided by -inc when inc < 0). */
function tickSpec(start: number, stop: number, count: number): [i1: number, i2: number, inc: number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1, i2, inc;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's `nice(start, stop, count)`: the domain widened to whole ticks, for start < stop. */
export function niceDomain(start: number, stop: number, count: number): [number, number] {
  let previous;
  for (;;) {
    const step = tickSpec(start, stop, count)[2];
    if (step === previous || step === 0 || !isFinite(step)) return [start, stop];
    if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - Number(i * step > start)) * step;
      stop = (j + Number(j * step < stop)) * step;
    } else {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - Number(i / s > start)) / s;
      stop = (j + Number(j / s < stop)) / s;
    }
    previous = step;
  }
}

/** d3-array's `ticks(start, stop, count)`, for start < stop and count > 0. */
export function tickValues(start: number, stop: number, count: number): number[] {
  const [i1, i2, inc] = tickSpec(start, stop, count);
  return i2 >= i1 ? Array.from({length: i2 - i1 + 1}, (_, i) => (inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc)) : [];
}

/** `domain` is widened to nice round numbers for `count` ticks, then mapped onto `range`. */
export function niceLinearScale(domain: readonly [number, number], range: readonly [number, number], count = 10): LinearScale {
  const [d0, d1] = niceDomain(domain[0], domain[1], count);
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  Object.defineProperty(scale, 'domain', {value: [d0, d1] as const});
  scale.ticks = (n: number) => tickValues(d0, d1, n);
  return scale;
}
