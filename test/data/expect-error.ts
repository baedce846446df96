/** Test helpers: run `fn` and return the MonitorError it throws (failing the test otherwise). */
import {expect} from '@open-wc/testing';
import {isMonitorError, type MonitorError} from '../../src/data/errors.js';

export function errorFrom(fn: () => unknown): MonitorError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) expect.fail('expected a MonitorError, but nothing was thrown');
  if (!isMonitorError(thrown)) expect.fail(`expected a MonitorError, got ${String(thrown)}`);
  return thrown;
}

/** The schema error `fn` throws, after checking it names `path` both as `path` and in its message. */
export function schemaErrorAt(fn: () => unknown, path: string): MonitorError {
  const error = errorFrom(fn);
  expect(error.code, error.message).to.equal('schema');
  expect(error.path, error.message).to.equal(path);
  expect(error.message.startsWith(`${path === '' ? 'document' : path}:`), error.message).to.equal(true);
  return error;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail('expected the promise to reject');
}
