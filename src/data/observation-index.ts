/**
 * How an indicator keeps its observations: by column, not as an object each. A monitor of a
 * million observations as objects (each with a prototype-free coords object, which V8 keeps in
 * slow dictionary mode) costs seconds of garbage collection and tens of megabytes; as columns it
 * is a few typed arrays:
 *
 * - `codes[i * k + d]`: the position of observation i's category in `dims[d].categories`;
 * - `values[i]`: the value, NaN when missing (values are finite or null, so NaN is free);
 * - `status` and `notes`: sparse, by observation number.
 *
 * The `Observation` objects of the public model are made only when someone asks for them
 * (`indicator.observations`, `indicator.observation(coords)`), and then kept. The view reads the
 * columns directly (`storeOf`).
 */
import type {Dimension, Indicator, LocalizedText, Observation} from './model.js';

export interface ObservationStore {
  /** The indicator's dimensions, in its order. */
  readonly dims: readonly Dimension[];
  readonly size: number;
  readonly codes: Uint8Array | Uint16Array | Uint32Array;
  readonly values: Float64Array;
  readonly status: Map<number, string>;
  readonly notes: Map<number, LocalizedText>;
}

/** A store for `size` observations, with codes as small as the category counts allow, to be filled
 *  by the reader. */
export function createStore(dims: readonly Dimension[], size: number): ObservationStore {
  const most = Math.max(0, ...dims.map(({categories}) => categories.length));
  const Codes = most <= 256 ? Uint8Array : most <= 65536 ? Uint16Array : Uint32Array;
  return {dims, size, codes: new Codes(size * dims.length), values: new Float64Array(size), status: new Map(), notes: new Map()};
}

/**
 * Observation number + 1 by coordinates (category positions), built once: the coordinates are one
 * number in the mixed radix of the category counts (a string past 2^53), and the table is an
 * Int32Array over every cell when that is not much bigger than the observations, else a Map.
 * `duplicate`: two observations share coordinates (the first one wins in `find`).
 */
export function cellIndex(radix: readonly number[], codes: ArrayLike<number>, size: number) {
  const k = radix.length;
  const count = radix.reduce((a, b) => a * b, 1);
  const key = (code: (d: number) => number) => {
    let cell: number | string = count <= Number.MAX_SAFE_INTEGER ? 0 : '';
    for (let d = 0; d < k; d++) cell = typeof cell === 'number' ? cell * radix[d] + code(d) : `${cell},${code(d)}`;
    return cell;
  };
  const cells = count <= 4 * size + 256 ? new Int32Array(count) : new Map<number | string, number>();
  const at = (cell: number | string) => (cells instanceof Map ? cells.get(cell) : cells[cell as number]) ?? 0;
  let duplicate = false;
  for (let i = size - 1; i >= 0; i--) {
    const cell = key((d) => codes[i * k + d]);
    duplicate ||= at(cell) > 0;
    if (cells instanceof Map) cells.set(cell, i + 1);
    else cells[cell as number] = i + 1;
  }
  return {duplicate, find: (code: (d: number) => number) => at(key(code))};
}

const stores = new WeakMap<Indicator, ObservationStore>();

/** The columns of an indicator made by `makeIndicator`. */
export const storeOf = (indicator: Indicator) => stores.get(indicator) as ObservationStore;

/** An Indicator over `store`. */
export function makeIndicator(fields: Omit<Indicator, 'observation' | 'observations'>, store: ObservationStore): Indicator {
  const {dims, size, codes, values, status, notes} = store;
  const k = dims.length;
  /** Observation objects made so far, by observation number. */
  const made: Observation[] = [];
  const get = (i: number): Observation => made[i] ?? (made[i] = materialise(i));
  const materialise = (i: number): Observation => {
    const coords = Object.create(null) as Record<string, string>;
    // on a prototype-free object `__proto__` is just a key
    for (let d = 0; d < k; d++) coords[dims[d].id] = dims[d].categories[codes[i * k + d]].id;
    const value = values[i];
    const note = notes.get(i);
    return Object.freeze({
      coords: Object.freeze(coords),
      value: Number.isNaN(value) ? null : value,
      ...(status.has(i) ? {status: status.get(i)} : {}),
      ...(note ? {note} : {}),
    });
  };
  let index: ReturnType<typeof cellIndex> | undefined;
  let all: readonly Observation[] | undefined;
  const indicator = Object.defineProperty<object>(
    {
      ...fields,
      observation(coords: Readonly<Record<string, string>>) {
        index ??= cellIndex(dims.map(({categories}) => categories.length), codes, size);
        const found = k ? index.find((d) => (Object.hasOwn(coords, dims[d].id) ? (dims[d].categoryById.get(coords[dims[d].id])?.index ?? NaN) : NaN)) : 0;
        return found > 0 ? get(found - 1) : undefined;
      },
    },
    'observations',
    {enumerable: true, get: () => (all ??= Object.freeze(Array.from({length: size}, (_, i) => get(i))))},
  ) as Indicator;
  stores.set(indicator, store);
  return indicator;
}
