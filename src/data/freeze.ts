/**
 * Deep freezing for the model and for shared parsed documents, so one element cannot change what
 * another on the same page shows. A frozen Map can still `set` (its entries are internal slots), so
 * the model's types expose Maps as ReadonlyMap; their values are frozen here all the same.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (value instanceof Map) for (const entry of value.values()) deepFreeze(entry);
  // values only: a getter (an indicator's `observations`) is not called, so nothing is made early
  for (const key of Reflect.ownKeys(value)) deepFreeze(Object.getOwnPropertyDescriptor(value, key)?.value);
  return value;
}
