import {expect} from '@open-wc/testing';
import {comparePeriods, isPeriodId, parsePeriod} from '../../src/data/period.js';

describe('period', () => {
  it('parsePeriod(id) reads the three monitor forms', () => {
    expect(parsePeriod('2023')).to.deep.equal({year: 2023});
    expect(parsePeriod('2023-Q2')).to.deep.equal({year: 2023, quarter: 2});
    expect(parsePeriod('2023-05')).to.deep.equal({year: 2023, month: 5});
  });

  it('parsePeriod(id) also reads JSON-stat and statistics-office forms', () => {
    expect(parsePeriod('2017Q1')).to.deep.equal({year: 2017, quarter: 1});
    expect(parsePeriod('2017K3')).to.deep.equal({year: 2017, quarter: 3});
    expect(parsePeriod('2017M01')).to.deep.equal({year: 2017, month: 1});
    expect(parsePeriod('2017MM12')).to.deep.equal({year: 2017, month: 12});
    expect(parsePeriod('2017KW04')).to.deep.equal({year: 2017, quarter: 4});
    expect(parsePeriod('2017JJ00')).to.deep.equal({year: 2017});
  });

  it('parsePeriod(id) is undefined for what is not a period', () => {
    for (const id of ['', '23', '2023-Q5', '2023-13', '2023-00', '2023Q0', 'Q1-2023', '2023-5', 'abcd', '2003-2014']) {
      expect(parsePeriod(id), id).to.equal(undefined);
    }
  });

  it('isPeriodId(id) accepts only the contract forms', () => {
    expect(['2023', '2023-Q2', '2023-05'].every(isPeriodId)).to.equal(true);
    for (const id of ['2017Q1', '2017M01', '2023-q2', ' 2023', '2023-13', 2023, null]) {
      expect(isPeriodId(id), String(id)).to.equal(false);
    }
  });

  it('comparePeriods(a, b) sorts chronologically, coarser first at the same start', () => {
    const ids = ['2023-05', '2022', '2023-Q2', '2023', '2023-01', '2023-Q1', '2021-12', '2017Q1', '2018M02'];
    expect([...ids].sort(comparePeriods)).to.deep.equal([
      '2017Q1', '2018M02', '2021-12', '2022', '2023', '2023-Q1', '2023-01', '2023-Q2', '2023-05',
    ]);
  });

  it('comparePeriods(a, b) puts ids that are not periods last, in code unit order', () => {
    expect(['b', '2023', 'a', '2020'].sort(comparePeriods)).to.deep.equal(['2020', '2023', 'a', 'b']);
    expect(comparePeriods('2023', '2023')).to.equal(0);
  });
});
