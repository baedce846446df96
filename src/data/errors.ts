/**
 * One error class for everything the data layer can fail on, carrying the contract's codes
 * (CONTRACT §2, `monitor-error`), so elements can report `{code, message}` without guessing.
 */
import {ERROR_CODES, type ErrorCode} from './model.js';

export interface MonitorErrorOptions {
  /** Where in the document the problem is, e.g. `indicators[3].observations[12].value`. */
  readonly path?: string;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** The underlying error (a fetch TypeError, a SyntaxError from JSON.parse, …). */
  readonly cause?: unknown;
}

export class MonitorError extends Error {
  readonly code: ErrorCode;
  readonly path?: string;
  readonly status?: number;

  constructor(code: ErrorCode, message: string, {path, status, cause}: MonitorErrorOptions = {}) {
    super(message, cause === undefined ? undefined : {cause});
    this.name = 'MonitorError';
    this.code = code;
    if (path !== undefined) this.path = path;
    if (status !== undefined) this.status = status;
  }
}

/** What a thrown value says: an Error's message, else the value as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `error` when it is a MonitorError (see isMonitorError), else a MonitorError of `code` with its text. */
export function asMonitorError(error: unknown, code: ErrorCode, prefix = ''): MonitorError {
  return isMonitorError(error) ? error : new MonitorError(code, prefix + errorText(error));
}

/**
 * True for a MonitorError, also one thrown by a second copy of the library on the page
 * (where `instanceof` fails), recognised by its name and a known code.
 */
export function isMonitorError(error: unknown): error is MonitorError {
  // (a primitive's `name` is undefined)
  const other = error as {name?: unknown; code?: unknown} | null | undefined;
  return error instanceof MonitorError || (other?.name === 'MonitorError' && (ERROR_CODES as readonly unknown[]).includes(other.code));
}
