/**
 * Numbers as spreadsheets write them: `12.5` or, in Dutch files, `12,5` and `1.234,5`. A file
 * uses one decimal mark; we find it from the values, and refuse a value that reads differently
 * under it, instead of guessing (`1.234` is a thousand and more in a Dutch file, 1.2 elsewhere).
 */

export type DecimalMark = '.' | ',';

const POINT = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
const COMMA = /^[+-]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/;

/** `,` when any value has a decimal comma, otherwise `.`. */
export function detectDecimalMark(values: Iterable<string>): DecimalMark {
  for (const value of values) if (/^\s*[+-]?[\d.]*\d,\d+\s*$/.test(value)) return ',';
  return '.';
}

/** The number `text` writes with `mark`; undefined when it is not one. */
export function parseNumber(text: string, mark: DecimalMark): number | undefined {
  const trimmed = text.trim().replace(/\u00a0|\u202f/g, '');
  if (mark === '.' ? !POINT.test(trimmed) : !COMMA.test(trimmed)) return undefined;
  const plain = mark === '.' ? trimmed : trimmed.replaceAll('.', '').replace(',', '.');
  const number = Number(plain);
  return Number.isFinite(number) ? number : undefined;
}

/** Cells statistics offices use for "no number", with the status they mean. */
const MISSING_MARKS: ReadonlyMap<string, string | undefined> = new Map([
  ['', undefined],
  ['.', 'not-available'],
  ['-', 'not-available'],
  ['x', 'confidential'],
  ['X', 'confidential'],
]);

/** For a missing-value cell, `{status}` (status may be undefined); otherwise undefined. */
export function missingMark(text: string): {readonly status: string | undefined} | undefined {
  const trimmed = text.trim();
  return MISSING_MARKS.has(trimmed) ? {status: MISSING_MARKS.get(trimmed)} : undefined;
}
