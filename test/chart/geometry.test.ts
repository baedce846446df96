import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {computeGeometry, valueExtent} from '../../src/chart/geometry.js';
import {resolveChartType} from '../../src/chart/chart-type.js';
import {truncateLabel} from '../../src/chart/truncate.js';
import {toModel} from '../../src/data/to-model.js';
import {selectView} from '../../src/data/view.js';
import type {View} from '../../src/data/model.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';

/** A view straight from a values matrix (no document), for property tests. */
function viewOf(values: (number | null)[][], time = true): View {
  const nC = values[0]?.length ?? 0;
  const cats = Array.from({length: nC}, (_, c) => ({id: String(2000 + c), label: String(2000 + c), index: c}));
  const series = values.map((_, s) => ({id: `s${s}`, label: `Reeks ${s}`, index: s}));
  const dim = (id: string, categories: typeof cats, role?: 'time') => ({id, label: id, role, categories, categoryById: new Map(categories.map((c) => [c.id, c]))});
  return {
    indicator: {id: 'x', label: 'x', dimensions: ['period', 'group'], observations: [], observation: () => undefined},
    categoryDimension: dim('period', cats, time ? 'time' : undefined),
    categories: cats,
    seriesDimension: values.length > 1 ? dim('group', series) : undefined,
    series,
    values,
    statuses: values.map((row) => row.map(() => undefined)),
    fixed: [],
  } as View;
}

const finite = (n: number) => Number.isFinite(n);

describe('chart geometry', () => {
  it('valueExtent(view) always spans zero, and stacks sum positive and negative parts apart', () => {
    expect(valueExtent(viewOf([[5, 7]]), false)).to.deep.equal([0, 7]);
    expect(valueExtent(viewOf([[-5, 7]]), false)).to.deep.equal([-5, 7]);
    expect(valueExtent(viewOf([[2, 3], [4, -6]]), true)).to.deep.equal([-6, 6]);
    expect(valueExtent(viewOf([[0, 0]]), false)).to.deep.equal([0, 1]);
  });

  it('computeGeometry(view) gives every coordinate as a finite number, for any values and width', () => {
    const value = fc.oneof(fc.constant(null), fc.double({min: -1e12, max: 1e12, noNaN: true}));
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 5}).chain((nS) => fc.array(fc.array(value, {minLength: 1, maxLength: 30}), {minLength: nS, maxLength: nS})),
        fc.constantFrom('bar', 'column', 'line' as const),
        fc.boolean(),
        fc.oneof(fc.constant(0), fc.constant(Number.NaN), fc.integer({min: -50, max: 3000})),
        (raw, type, stacked, width) => {
          const n = Math.min(...raw.map((r) => r.length));
          const values = raw.map((r) => r.slice(0, n));
          const g = computeGeometry(viewOf(values), {type, width, stacked, categoryLabels: values[0].map((_, i) => `c${i}`), formatTicks: () => String});
          const numbers = [g.width, g.height, g.innerWidth, g.innerHeight, g.zero, ...Object.values(g.margins)];
          for (const m of g.marks) numbers.push(m.x, m.y, m.width, m.height);
          for (const t of g.valueTicks) numbers.push(t.position, t.value);
          for (const l of g.categoryLabels) numbers.push(l.position, l.room);
          expect(numbers.every(finite), JSON.stringify(numbers)).to.be.true;
          expect(g.marks.every((m) => m.width >= 0 && m.height >= 0)).to.be.true;
          expect(g.paths.join('')).not.to.match(/NaN|Infinity/);
        },
      ),
      {numRuns: 300},
    );
  });

  it('computeGeometry(view) draws each bar from the zero line to its value', () => {
    const g = computeGeometry(viewOf([[10, -5]], false), {type: 'bar', width: 400, stacked: false, categoryLabels: ['a', 'b'], formatTicks: () => String});
    const [pos, neg] = g.marks;
    expect(pos.x).to.be.closeTo(g.zero, 1e-9);
    expect(neg.x + neg.width).to.be.closeTo(g.zero, 1e-9);
    expect(pos.width / neg.width).to.be.closeTo(2, 1e-9);
  });

  it('computeGeometry(view) stacks series within one band, one on top of the other', () => {
    const g = computeGeometry(viewOf([[2], [3]]), {type: 'column', width: 400, stacked: true, categoryLabels: ['a'], formatTicks: () => String});
    const [a, b] = g.marks;
    expect(a.x).to.equal(b.x);
    expect(b.y + b.height).to.be.closeTo(a.y, 1e-9);
  });

  it('computeGeometry(view) leaves out category labels that would overlap, never the last', () => {
    const labels = Array.from({length: 40}, (_, i) => `Categorie ${i}`);
    const g = computeGeometry(viewOf([labels.map((_, i) => i)]), {type: 'column', width: 400, stacked: false, categoryLabels: labels, formatTicks: () => String});
    expect(g.categoryLabels.length).to.be.lessThan(40);
    expect(g.categoryLabels[g.categoryLabels.length - 1].c).to.equal(39);
    const spacing = g.categoryLabels[1].position - g.categoryLabels[0].position;
    expect(spacing).to.be.at.least(labels[0].length * 6);
  });

  it('computeGeometry(view) names every bar of a few places, cutting long names instead of leaving some out', () => {
    const names = ['Leiden', 'Delft', 'Utrecht', 'Groningen', 'Amsterdam', 'Nederland (gemiddeld)'];
    const g = computeGeometry(viewOf([names.map((_, i) => 10 + i)], false), {type: 'column', width: 360, stacked: false, categoryLabels: names, formatTicks: () => String});
    expect(g.categoryLabels.map((l) => l.c)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    const step = g.categoryLabels[1].position - g.categoryLabels[0].position;
    for (const {c, room} of g.categoryLabels) {
      const shown = truncateLabel(names[c], room);
      expect(shown.length * 6.8, `${shown} fits its room`).to.be.at.most(room + 1e-6);
      expect(room, 'no wider than its column').to.be.at.most(step);
    }
    expect(truncateLabel(names[5], g.categoryLabels[5].room)).to.match(/…$/);
    // periods are thinned, not cut: "201…" says nothing
    const years = Array.from({length: 30}, (_, i) => String(1994 + i));
    const t = computeGeometry(viewOf([years.map((_, i) => i)]), {type: 'column', width: 360, stacked: false, categoryLabels: years, formatTicks: () => String});
    expect(t.categoryLabels.length).to.be.lessThan(30);
    for (const {c, room} of t.categoryLabels) expect(truncateLabel(years[c], room)).to.equal(years[c]);
  });

  it('computeGeometry(view) labels a line of more points than pixels sparsely, without overlap', () => {
    const n = 20000;
    const labels = Array.from({length: n}, (_, i) => String(2000 + i));
    const g = computeGeometry(viewOf([labels.map((_, i) => i)]), {type: 'line', width: 800, stacked: false, categoryLabels: labels, formatTicks: () => String});
    expect(g.categoryLabels.length, 'labels drawn').to.be.within(2, Math.floor(g.innerWidth / (4 * 6.8)));
    expect(g.categoryLabels[g.categoryLabels.length - 1].c).to.equal(n - 1);
    for (let k = 1; k < g.categoryLabels.length; k++) {
      expect(g.categoryLabels[k].position - g.categoryLabels[k - 1].position, 'gap between labels').to.be.at.least(4 * 6.8);
    }
  });

  it('markAt(s, c) is the mark of series s and category c, for every type and for dense lines', () => {
    const values = [
      [3, null, 5, -2],
      [1, 4, null, 2],
    ];
    for (const type of ['bar', 'column', 'line'] as const) {
      const g = computeGeometry(viewOf(values), {type, width: 500, stacked: false, categoryLabels: ['a', 'b', 'c', 'd'], formatTicks: () => String});
      for (const m of g.marks) expect(g.markAt(m.s, m.c), `${type} ${m.s},${m.c}`).to.deep.equal(m);
      expect(g.markAt(2, 0), `${type}: no series 2`).to.equal(undefined);
      expect(g.markAt(0, 4), `${type}: no category 4`).to.equal(undefined);
    }
    const long = [Array.from({length: 1000}, (_, i) => (i % 7 === 3 ? null : Math.sin(i)))];
    const dense = computeGeometry(viewOf(long), {type: 'line', width: 500, stacked: false, categoryLabels: long[0].map((_, i) => String(i)), formatTicks: () => String});
    expect(dense.dense).to.be.true;
    expect(dense.markAt(0, 3)!.value).to.equal(null);
    expect(dense.markAt(0, 500)).to.deep.equal(dense.marks[500]);
    expect(dense.marks).to.have.length(1000);
  });

  it('resolveChartType(auto) picks a line for 3+ periods, columns for fewer, bars otherwise', () => {
    const series = selectView(toModel(timeSeriesMonitor()));
    expect(resolveChartType('auto', series)).to.equal('line');
    expect(resolveChartType(undefined, selectView(toModel(timeSeriesMonitor([1, 2]))))).to.equal('column');
    expect(resolveChartType('auto', selectView(toModel(groupsMonitor()), {series: 'period'}))).to.equal('bar');
    expect(resolveChartType('table', series)).to.equal('table');
    expect(resolveChartType('pie', series)).to.equal('line');
  });

  it('truncateLabel(text, width) keeps short text and cuts long text with an ellipsis', () => {
    expect(truncateLabel('Leiden', 200)).to.equal('Leiden');
    // room computed as the label's own width, with floating-point dust, keeps it whole
    expect(truncateLabel('Groningen', 9 * 6.8 - 1e-9)).to.equal('Groningen');
    const cut = truncateLabel('Binnenstad-Noord en omgeving', 70);
    expect(cut.endsWith('…')).to.be.true;
    expect(cut.length).to.be.lessThan(12);
  });
});
