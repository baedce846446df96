/**
 * The cells of a JSON-stat dataset: `value` (a dense array or a sparse object keyed by position)
 * and `status` (one string for all cells, an array with one for all or one per cell, or an object
 * keyed by position). Positions count row-major over the dimensions, the last changing fastest.
 */
import {at, describe, expectRecord, own, schemaError, that, type JsonRecord} from './json-path.js';

/** A whole number from 0 up. */
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** `value` as a position below `count` that `taken` does not hold yet, or a schema error at `path`. */
export function checkPosition(value: unknown, path: string, count: number, taken: {readonly [position: number]: unknown} = []): number {
  if (!isCount(value) || value >= count || taken[value] !== undefined) {
    schemaError(path, `must be an unused position from 0 to ${count - 1} (got ${describe(value)})`);
  }
  return value;
}

/** The position a key of a sparse `value`/`status` object names (only canonical whole numbers do). */
const keyPosition = (key: string, path: string, total: number) => checkPosition(/^(0|[1-9]\d*)$/.test(key) ? Number(key) : key, path, total);

/** Throws the schema error of an array at `path` that should have `expected` entries. */
export const lengthError = (path: string, length: number, expected: number | string): never => schemaError(path, `has ${length} entries; expected ${expected}`);

/**
 * The cells present in `value`, by position, in ascending order, and after them the positions
 * only `status` names (a missing value with a reason), as null.
 */
export function readValues(root: JsonRecord, total: number): Map<number, number | null> {
  const value = own(root, 'value');
  const checkValue = that((cell) => cell === null || Number.isFinite(cell), 'a finite number or null') as (cell: unknown, path: string) => number | null;
  if (Array.isArray(value)) {
    if (value.length !== total) lengthError('value', value.length, total);
    return new Map(value.map((cell, i) => [i, checkValue(cell, at('value', i))]));
  }
  return new Map(
    Object.entries(expectRecord(value, 'value'))
      .map(([key, cell]): [number, number | null] => [keyPosition(key, at('value', key), total), checkValue(cell, at('value', key))])
      .sort(([a], [b]) => a - b),
  );
}

/**
 * Status by position: a string for all cells, an array (one for all, or one per cell), or an
 * object. Positions that the object names but `cells` lacks are added to `cells` as missing values.
 */
export function readStatus(root: JsonRecord, total: number, cells: Map<number, number | null>): (position: number) => string | undefined {
  const status = own(root, 'status');
  if (status == null || typeof status === 'string') return () => status ?? undefined;
  const checkEntry = (entry: unknown, path: string) => {
    if (entry !== null && typeof entry !== 'string') schemaError(path, `must be a string or null (got ${describe(entry)})`);
    return entry ?? undefined;
  };
  if (Array.isArray(status)) {
    const entries = status.map((entry, i) => checkEntry(entry, at('status', i)));
    if (entries.length !== 1 && entries.length !== total) lengthError('status', entries.length, `1 or ${total}`);
    return (position) => entries[entries.length === 1 ? 0 : position];
  }
  const byPosition = new Map(
    Object.entries(expectRecord(status, 'status'))
      .map(([key, entry]): [number, string | undefined] => [keyPosition(key, at('status', key), total), checkEntry(entry, at('status', key))])
      .sort(([a], [b]) => a - b),
  );
  for (const position of byPosition.keys()) if (!cells.has(position)) cells.set(position, null);
  return (position) => byPosition.get(position);
}
