/**
 * The classed colour scale of the map: quantiles into at most five classes. Each class holds about
 * as many areas as the next, and equal values always share a class, so the legend can give each
 * class the exact range of the values in it (no rounded break that seems to belong to two
 * classes). With fewer distinct values than classes, each value is a class of its own; colours
 * are then spread over the palette so light and dark stay apart.
 */
export const CLASS_COUNT = 5;

export interface ClassRange {
  /** Lowest and highest value in the class. */
  readonly min: number;
  readonly max: number;
  /** Palette colour, 1 (lightest) to CLASS_COUNT (darkest). */
  readonly color: number;
  /** How many values fall in it. */
  readonly count: number;
}

export interface Classes {
  readonly classes: readonly ClassRange[];
  /** The class index of a value that was classed (undefined for one that was not). */
  classOf(value: number): number | undefined;
}

/** Quantile classes of the finite `values` (nulls ignored); see the module comment. */
export function quantileClasses(values: readonly (number | null)[], count = CLASS_COUNT): Classes {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  const slotOf = new Map<number, number>();
  // a value's slot follows the rank of its first occurrence: ties stay together
  sorted.forEach((v, rank) => {
    if (!slotOf.has(v)) slotOf.set(v, Math.min(count - 1, Math.floor((rank * count) / n)));
  });
  // in rank order already: slots never decrease along the sorted values
  const slots = [...new Set(slotOf.values())];
  const k = slots.length;
  const classes = slots.map((slot, i) => {
    const members = sorted.filter((v) => slotOf.get(v) === slot);
    const color = k === 1 ? Math.ceil(count / 2) : 1 + Math.round((i * (count - 1)) / (k - 1));
    return {min: members[0], max: members[members.length - 1], color, count: members.length};
  });
  const indexOf = new Map(slots.map((slot, i) => [slot, i]));
  return {
    classes,
    classOf: (value) => {
      const slot = slotOf.get(value);
      return slot === undefined ? undefined : indexOf.get(slot);
    },
  };
}
