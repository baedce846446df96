/**
 * Deep freezing for the model and for shared parsed documents, so one element cannot change what
 * another on the same page shows. A frozen Map can still `set` (its entries are internal slots), so
 * the model's types expose Maps as ReadonlyMap; their values are frozen here all the same.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // our arrays hold plain values: read by index, not through a key and a descriptor per item
  // (a view's matrices of 10 000 values spent milliseconds on those)
  if (Array.isArray(value)) for (const item of value) deepFreeze(item);
  else {
    if (value instanceof Map) for (const entry of value.values()) deepFreeze(entry);
    // values only: a getter (an indicator's `observations`) is not called, so nothing is made early
    for (const key of Reflect.ownKeys(value)) deepFreeze(Object.getOwnPropertyDescriptor(value, key)?.value);
  }
  return value;
}
