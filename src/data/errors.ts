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

/**
 * True for a MonitorError, also one thrown by a second copy of the library on the page
 * (where `instanceof` fails), recognised by its name and a known code.
 */
export function isMonitorError(error: unknown): error is MonitorError {
  // (a primitive's `name` is undefined)
  const other = error as {name?: unknown; code?: unknown} | null | undefined;
  return error instanceof MonitorError || (other?.name === 'MonitorError' && (ERROR_CODES as readonly unknown[]).includes(other.code));
}
