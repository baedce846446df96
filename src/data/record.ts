/**
 * What counts as a JSON object, and reading one's own properties. Apart from json-path.ts (the
 * validators' paths and messages), so code that needs only these loads nothing more.
 */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** A plain JSON object: not null, not an array. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property lookup, so `__proto__`, `constructor` etc. in a document never reach a prototype. */
export function own(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
