/** O(1) observation lookup by coordinates, and prototype-free coordinate objects. */
import type {Observation} from './model.js';

/**
 * The lookup function an Indicator exposes as `observation(coords)`; extra coords are ignored.
 * A tree of Maps, one level per dimension: no key string is built per observation, which matters
 * for monitors of a million observations.
 */
export function indexObservations(
  dimensions: readonly string[],
  observations: readonly Observation[],
): (coords: Readonly<Record<string, string>>) => Observation | undefined {
  type Level = Map<string, Level | Observation>;
  const root: Level = new Map();
  const last = dimensions.length - 1;
  for (const observation of observations) {
    let level = root;
    for (let d = 0; d < last; d++) {
      const id = observation.coords[dimensions[d]];
      let next = level.get(id) as Level | undefined;
      if (!next) level.set(id, (next = new Map()));
      level = next;
    }
    const id = observation.coords[dimensions[last]];
    if (last >= 0 && !level.has(id)) level.set(id, observation);
  }
  return (coords) => {
    let found: Level | Observation | undefined = root;
    for (const dimension of dimensions) {
      // own properties only: a coords object may have a prototype with `constructor`, `toString`, …
      if (!(found instanceof Map) || !Object.hasOwn(coords, dimension)) return undefined;
      found = found.get(coords[dimension] as string);
    }
    return found instanceof Map ? undefined : found;
  };
}

/** Coordinates as a frozen, prototype-free object, so a dimension called `__proto__` stays just a key. */
export function makeCoords(entries: Iterable<readonly [string, string]>): Readonly<Record<string, string>> {
  const coords = Object.create(null) as Record<string, string>;
  for (const [dimension, category] of entries) coords[dimension] = category;
  return Object.freeze(coords);
}
