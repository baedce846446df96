/**
 * O(1) observation lookup: a key built from the coordinates in the indicator's dimension order.
 * JSON.stringify of the id array keeps ids with any characters apart (`a,b` + `c` ≠ `a` + `b,c`).
 */
import type {Observation} from './model.js';

export function coordinateKey(dimensions: readonly string[], coords: Readonly<Record<string, string>>): string | undefined {
  const ids: string[] = [];
  for (const dimension of dimensions) {
    // own properties only: a coords object may have a prototype with `constructor`, `toString`, …
    if (!Object.hasOwn(coords, dimension)) return undefined;
    ids.push(coords[dimension] as string);
  }
  return JSON.stringify(ids);
}

/** The lookup function an Indicator exposes as `observation(coords)`; extra coords are ignored. */
export function indexObservations(
  dimensions: readonly string[],
  observations: readonly Observation[],
): (coords: Readonly<Record<string, string>>) => Observation | undefined {
  const byKey = new Map<string, Observation>();
  for (const observation of observations) {
    const key = coordinateKey(dimensions, observation.coords);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, observation);
  }
  return (coords) => {
    const key = coordinateKey(dimensions, coords);
    return key === undefined ? undefined : byKey.get(key);
  };
}

/** Coordinates as a prototype-free object, so a dimension called `__proto__` stays just a key. */
export function makeCoords(entries: Iterable<readonly [string, string]>): Readonly<Record<string, string>> {
  const coords = Object.create(null) as Record<string, string>;
  for (const [dimension, category] of entries) coords[dimension] = category;
  return coords;
}
