/**
 * The cells of a JSON-stat dataset: `value` (a dense array or a sparse object keyed by position)
 * and `status` (one string for all cells, an array with one for all or one per cell, or an object
 * keyed by position). Positions count row-major over the dimensions, the last changing fastest.
 */
import {at, describe, expectRecord, isRecord, own, schemaError, type JsonRecord} from './json-path.js';

function checkCellValue(value: unknown, path: string): number | null {
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
    schemaError(path, `must be a finite number or null (got ${describe(value)})`);
  }
  return value;
}

/** A position key of a sparse `value`/`status` object: a canonical whole number below `total`. */
function checkPosition(key: string, path: string, total: number): number {
  const position = Number(key);
  if (!/^(0|[1-9]\d*)$/.test(key) || position >= total) schemaError(path, `is not a position from 0 to ${total - 1}`);
  return position;
}

/** The cells present in `value`, by position, in ascending order. */
export function readValues(root: JsonRecord, total: number): Map<number, number | null> {
  const cells = new Map<number, number | null>();
  const value = own(root, 'value');
  if (Array.isArray(value)) {
    if (value.length !== total) schemaError('value', `has ${value.length} values but the sizes make ${total}`);
    value.forEach((cell, i) => cells.set(i, checkCellValue(cell, at('value', i))));
    return cells;
  }
  const sparse = expectRecord(value, 'value');
  const positions = Object.keys(sparse).map((key) => checkPosition(key, at('value', key), total));
  for (const position of positions.sort((a, b) => a - b)) {
    cells.set(position, checkCellValue(sparse[String(position)], at('value', String(position))));
  }
  return cells;
}

/** Status by position: a string for all cells, an array (one for all, or one per cell), or an object. */
export function readStatus(root: JsonRecord, total: number): (position: number) => string | undefined {
  const status = own(root, 'status');
  if (status === undefined || status === null) return () => undefined;
  if (typeof status === 'string') return () => status;
  const checkEntry = (entry: unknown, path: string) => {
    if (entry !== null && typeof entry !== 'string') schemaError(path, `must be a string or null (got ${describe(entry)})`);
    return entry ?? undefined;
  };
  if (Array.isArray(status)) {
    const entries = status.map((entry, i) => checkEntry(entry, at('status', i)));
    if (entries.length === 1) return () => entries[0];
    if (entries.length !== total) schemaError('status', `has ${entries.length} entries; expected 1 or ${total}`);
    return (position) => entries[position];
  }
  const byPosition = new Map<number, string | undefined>();
  for (const [key, entry] of Object.entries(expectRecord(status, 'status'))) {
    byPosition.set(checkPosition(key, at('status', key), total), checkEntry(entry, at('status', key)));
  }
  return (position) => byPosition.get(position);
}

/** Positions that only `status` names (a missing value with a reason), for a sparse `value`. */
export function statusOnlyPositions(root: JsonRecord, cells: ReadonlyMap<number, unknown>): number[] {
  const status = own(root, 'status');
  if (!isRecord(status)) return [];
  return Object.keys(status).map(Number).filter((position) => !cells.has(position)).sort((a, b) => a - b);
}
