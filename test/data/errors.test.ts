import {expect} from '@open-wc/testing';
import {MonitorError, isMonitorError} from '../../src/data/errors.js';
import {ERROR_CODES} from '../../src/data/model.js';

describe('MonitorError', () => {
  it('new MonitorError(code, message, {path, status, cause}) keeps them all', () => {
    const cause = new TypeError('boom');
    const error = new MonitorError('http', 'HTTP 404', {path: 'x', status: 404, cause});
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('MonitorError');
    expect(error.code).to.equal('http');
    expect(error.message).to.equal('HTTP 404');
    expect(error.path).to.equal('x');
    expect(error.status).to.equal(404);
    expect(error.cause).to.equal(cause);
  });

  it('new MonitorError(code, message) leaves path, status and cause out', () => {
    const error = new MonitorError('empty', 'nothing');
    expect(Object.hasOwn(error, 'path')).to.equal(false);
    expect(Object.hasOwn(error, 'status')).to.equal(false);
    expect(error.cause).to.equal(undefined);
  });

  it('isMonitorError(e) is true for every contract code', () => {
    for (const code of ERROR_CODES) expect(isMonitorError(new MonitorError(code, code))).to.equal(true);
  });

  it('isMonitorError(e) recognises an error from another copy of the library by name and code', () => {
    const foreign = Object.assign(new Error('x'), {name: 'MonitorError', code: 'network'});
    expect(isMonitorError(foreign)).to.equal(true);
    expect(isMonitorError(Object.assign(new Error('x'), {name: 'MonitorError', code: 'nope'}))).to.equal(false);
  });

  it('isMonitorError(e) is false for other errors and non-errors', () => {
    expect(isMonitorError(new TypeError('x'))).to.equal(false);
    expect(isMonitorError(null)).to.equal(false);
    expect(isMonitorError('schema')).to.equal(false);
    expect(isMonitorError({code: 'schema'})).to.equal(false);
  });
});
