import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {scaleBand, scalePoint} from 'd3-scale';
import {bandScale, pointScale} from '../../src/chart/band-scale.js';

const range = (n: number) => Array.from({length: n}, (_, i) => i);

describe('band and point scales', () => {
  it('bandScale(n, range, inner, outer) places bands exactly where d3-scale scaleBand does', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 60}),
        fc.double({min: 0, max: 2000, noNaN: true}),
        fc.double({min: 0, max: 0.9, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}),
        (n, length, inner, outer) => {
          const d3 = scaleBand<number>().domain(range(n)).range([0, length]).paddingInner(inner).paddingOuter(outer);
          const ours = bandScale(n, [0, length], inner, outer);
          expect(ours.bandwidth).to.be.closeTo(d3.bandwidth(), 1e-9);
          expect(ours.step).to.be.closeTo(d3.step(), 1e-9);
          for (let i = 0; i < n; i++) expect(ours(i)).to.be.closeTo(d3(i)!, 1e-9);
        },
      ),
      {numRuns: 200},
    );
  });

  it('pointScale(n, range, padding) places points exactly where d3-scale scalePoint does', () => {
    for (const [n, padding] of [[1, 0.5], [2, 0.02], [12, 0.02], [100, 0]] as const) {
      const d3 = scalePoint<number>().domain(range(n)).range([0, 640]).padding(padding);
      const ours = pointScale(n, [0, 640], padding);
      for (let i = 0; i < n; i++) expect(ours(i)).to.be.closeTo(d3(i)!, 1e-9);
    }
  });
});
