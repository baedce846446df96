/**
 * Small helpers shared by the validators: what counts as a JSON object, and how to write the
 * path of an offending value the way a person would type it (`indicators[3].observations[12].value`).
 */
import {MonitorError} from './errors.js';
import {isRecord, type JsonRecord} from './record.js';

export {isRecord, own, type JsonRecord} from './record.js';

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `path` extended by an array index or an object key (quoted when it is not a plain name). */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** A short, safe rendering of an offending value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (isRecord(value)) return 'an object';
  // a string quoted; a number (NaN and Infinity too), boolean or null as written
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Throws the `schema` error for `path`; the message starts with the path so it is seen first. */
export function schemaError(path: string, message: string): never {
  throw new MonitorError('schema', `${path === '' ? 'document' : path}: ${message}`, {path});
}

/** The checks both readers start from; each returns the value typed, or throws at `path`. */
export function expectRecord(value: unknown, path: string): JsonRecord {
  if (!isRecord(value)) schemaError(path, `must be an object (got ${describe(value)})`);
  return value;
}

export function expectArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) schemaError(path, `must be an array (got ${describe(value)})`);
  return value;
}

/** (Also a Rule as it is, for a non-empty string.) */
export function expectString(value: unknown, path: string, {nonEmpty = true} = {}): string {
  if (typeof value !== 'string') schemaError(path, `must be a string (got ${describe(value)})`);
  if (nonEmpty && value.trim() === '') schemaError(path, 'must not be empty');
  return value;
}

/** Checks the value at `path` (and may return it, typed or copied); throws at the first fault. */
export type Rule = (value: unknown, path: string) => unknown;

/** A value that `test` accepts (it may throw a more precise error itself), else "must be `what`". */
export const that =
  (test: (value: unknown, path: string) => boolean, what: string): Rule =>
  (value, path) =>
    test(value, path) ? value : schemaError(path, `must be ${what} (got ${describe(value)})`);

/** Localised text: a string (even an empty one), or an object of strings by language tag; returned as it is. */
export const text: Rule = (value, path) => {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) schemaError(path, `must be a string or an object of strings by language (got ${describe(value)})`);
  const languages = Object.keys(value);
  if (languages.length === 0) schemaError(path, 'must hold text in at least one language');
  for (const language of languages) {
    if (language.trim() === '') schemaError(path, 'has an empty language tag');
    expectString(value[language], at(path, language), {nonEmpty: false});
  }
  return value;
};
