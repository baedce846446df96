import {expect} from '@open-wc/testing';
import {decimate, type LinePoint} from '../../src/chart/decimate.js';

describe('decimate', () => {
  it('decimate(points) keeps at most four points per pixel column, including each column\'s extremes', () => {
    const points: LinePoint[] = Array.from({length: 100_000}, (_, i) => [(i / 100_000) * 500, Math.sin(i / 50) * 100 + (i % 997 === 0 ? 300 : 0)]);
    const out = decimate(points);
    expect(out.length).to.be.at.most(500 * 4);
    expect(out.length).to.be.greaterThan(500);
    const ys = (list: LinePoint[]) => list.filter((p): p is readonly [number, number] => p !== null).map((p) => p[1]);
    expect(Math.max(...ys(out))).to.equal(Math.max(...ys(points)));
    expect(Math.min(...ys(out))).to.equal(Math.min(...ys(points)));
    // still in order along x
    const xs = out.map((p) => p![0]);
    expect(xs.every((x, i) => i === 0 || x >= xs[i - 1])).to.be.true;
  });

  it('decimate(points) keeps a gap as a gap', () => {
    const out = decimate([[0, 1], [0.5, 2], null, [3, 4], [3.2, 5]]);
    expect(out).to.deep.equal([[0, 1], [0.5, 2], null, [3, 4], [3.2, 5]]);
  });

  it('decimate(points) leaves a short line alone', () => {
    const points: LinePoint[] = [[0, 1], [10, 2], [20, 3]];
    expect(decimate(points)).to.deep.equal(points);
  });
});
