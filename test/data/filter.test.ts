import {expect} from '@open-wc/testing';
import {isMonitorError} from '../../src/data/errors.js';
import {parseFilter} from '../../src/data/filter.js';

const entries = (attr: string | undefined) => [...parseFilter(attr)];

function errorOf(attr: string): unknown {
  try {
    parseFilter(attr);
  } catch (error) {
    return error;
  }
  throw new Error(`parseFilter(${JSON.stringify(attr)}) did not throw`);
}

describe('parseFilter', () => {
  it('parseFilter("area=GM0546;group=students,refugees") gives the categories per dimension', () => {
    expect(entries('area=GM0546;group=students,refugees')).to.deep.equal([
      ['area', ['GM0546']],
      ['group', ['students', 'refugees']],
    ]);
  });

  it('parseFilter(attr) trims whitespace and ignores empty parts and values', () => {
    expect(entries('  area = GM0546 ; ; group= students , ,refugees ;')).to.deep.equal([
      ['area', ['GM0546']],
      ['group', ['students', 'refugees']],
    ]);
  });

  it('parseFilter(undefined or "") is an empty filter', () => {
    expect(parseFilter(undefined).size).to.equal(0);
    expect(parseFilter('').size).to.equal(0);
    expect(parseFilter(' ; ').size).to.equal(0);
  });

  it('parseFilter(attr) merges a dimension named twice, without duplicates', () => {
    expect(entries('group=students;group=refugees,students')).to.deep.equal([['group', ['students', 'refugees']]]);
  });

  it('parseFilter(attr) keeps "=" inside a category id', () => {
    expect(entries('code=a=b')).to.deep.equal([['code', ['a=b']]]);
  });

  it('parseFilter("area") throws not-found naming the malformed part', () => {
    const error = errorOf('group=students;area');
    expect(isMonitorError(error) && error.code).to.equal('not-found');
    expect((error as Error).message).to.contain('"area"').and.contain('=');
  });

  it('parseFilter("=x") and parseFilter("area=") throw not-found naming the part', () => {
    expect((errorOf('=x') as Error).message).to.contain('"=x"');
    expect((errorOf('area= ,') as Error).message).to.contain('"area= ,"');
    expect(isMonitorError(errorOf('area=')) && (errorOf('area=') as {code: string}).code).to.equal('not-found');
  });
});
