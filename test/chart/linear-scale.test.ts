import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {nice, ticks} from 'd3-array';
import {niceDomain, niceLinearScale, tickValues} from '../../src/chart/linear-scale.js';

/** Ascending domains as the value axis has them (always spanning 0), and some that do not. */
const domain = fc
  .tuple(fc.double({min: -1e9, max: 1e9, noNaN: true}), fc.double({min: -1e9, max: 1e9, noNaN: true}))
  .filter(([a, b]) => b - a > 1e-100)
  .map(([a, b]): [number, number] => [a, b]);
const smallDomain = fc.tuple(fc.double({min: -2, max: 0, noNaN: true}), fc.double({min: 1e-6, max: 3, noNaN: true}));

describe('linear scale', () => {
  it('niceDomain(start, stop, count) widens a domain exactly as d3-array nice() does', () => {
    fc.assert(
      fc.property(fc.oneof(domain, smallDomain), fc.integer({min: 1, max: 20}), ([a, b], count) => {
        expect(niceDomain(a, b, count)).to.deep.equal(nice(a, b, count));
      }),
      {numRuns: 500},
    );
  });

  it('tickValues(start, stop, count) gives exactly the ticks of d3-array ticks()', () => {
    fc.assert(
      fc.property(fc.oneof(domain, smallDomain), fc.integer({min: 1, max: 20}), ([a, b], count) => {
        expect(tickValues(a, b, count)).to.deep.equal(ticks(a, b, count));
      }),
      {numRuns: 500},
    );
  });

  it('niceLinearScale(domain, range, count) maps the nice domain onto the range', () => {
    const scale = niceLinearScale([0, 24.6], [380, 0], 5);
    expect(scale.domain).to.deep.equal([0, 25]);
    expect(scale.ticks(5)).to.deep.equal([0, 5, 10, 15, 20, 25]);
    expect(scale(0)).to.equal(380);
    expect(scale(25)).to.equal(0);
  });
});
