import {expect} from '@open-wc/testing';
import {languageDirection, textDirection} from '../../src/i18n/direction.js';
import {computeGeometry, type Geometry} from '../../src/chart/geometry.js';
import {mirrorGeometry} from '../../src/chart/mirror.js';
import {sideAnchor, sideLabelX} from '../../src/chart/side-labels.js';
import {moveCursor} from '../../src/chart/keyboard.js';
import type {View} from '../../src/data/model.js';

describe('languageDirection', () => {
  it('is rtl for Arabic, Hebrew, Persian and Urdu, with or without a region', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur', 'ar-u-nu-arab']) expect(languageDirection(tag), tag).to.equal('rtl');
  });

  it('is ltr for Dutch, English and a language written in Latin script', () => {
    for (const tag of ['nl', 'en-GB', 'fr', 'tr', 'az-Latn']) expect(languageDirection(tag), tag).to.equal('ltr');
  });

  it('follows an explicit script subtag', () => {
    expect(languageDirection('az-Arab')).to.equal('rtl');
  });

  it('does not throw on a malformed tag', () => {
    expect(languageDirection('not a tag!')).to.equal('ltr');
    expect(languageDirection('')).to.equal('ltr');
  });
});

describe('textDirection', () => {
  it('takes the direction of the first letter, skipping digits and punctuation', () => {
    expect(textDirection('Binnenstad-Zuid')).to.equal('ltr');
    expect(textDirection('ليدن')).to.equal('rtl');
    expect(textDirection('2023 ليدن')).to.equal('rtl');
    expect(textDirection('(«ליידן»)')).to.equal('rtl');
    expect(textDirection('Leiden ليدن')).to.equal('ltr');
    expect(textDirection('12,5%')).to.equal('ltr');
    expect(textDirection('')).to.equal('ltr');
  });

  it('is rtl for every letter of a right-to-left script, also after digits (none is skipped by its quick check)', () => {
    const rtlScript = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
    const missed: string[] = [];
    let checked = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates are no characters
      const char = String.fromCodePoint(code);
      if (!rtlScript.test(char)) continue;
      checked++;
      if (textDirection(char) !== 'rtl' || textDirection('2023 ' + char) !== 'rtl') missed.push(code.toString(16));
    }
    expect(checked, 'characters of right-to-left scripts in this engine').to.be.above(1500);
    expect(missed, 'right-to-left characters read as ltr').to.deep.equal([]);
  });
});

function view(values: (number | null)[][], time = true): View {
  const categories = values[0].map((_, c) => ({id: String(2020 + c), label: String(2020 + c)}));
  const series = values.map((_, s) => ({id: `s${s}`, label: `s${s}`}));
  return {
    indicator: {id: 'x', label: 'x', unit: 'count', dimensions: ['period', 'group'], observations: []},
    categoryDimension: {id: 'period', label: 'period', role: time ? 'time' : undefined, categories},
    seriesDimension: values.length > 1 ? {id: 'group', label: 'group', categories: series} : undefined,
    categories,
    series,
    values,
    statuses: values.map((row) => row.map(() => undefined)),
    fixed: [],
  } as unknown as View;
}

function geometry(type: 'bar' | 'column' | 'line', values: (number | null)[][], stacked = false): Geometry {
  return computeGeometry(view(values), {type, width: 600, stacked, categoryLabels: values[0].map((_, c) => String(2020 + c)), formatTicks: () => String});
}

describe('mirrorGeometry', () => {
  it('runs the categories of a column chart from right to left and moves the value axis margin to the right', () => {
    const g = geometry('column', [[1, 2, 3]]);
    const m = mirrorGeometry(g);
    expect(m.margins.right).to.equal(g.margins.left);
    expect(m.margins.left).to.equal(g.margins.right);
    expect(m.marks[0].x).to.be.greaterThan(m.marks[2].x);
    g.marks.forEach((mark, i) => {
      expect(m.marks[i].x + m.marks[i].width).to.be.closeTo(g.innerWidth - mark.x, 1e-9);
      expect(m.marks[i].y).to.equal(mark.y);
      expect(m.marks[i].height).to.equal(mark.height);
    });
    expect(m.categoryLabels[0].position).to.be.greaterThan(m.categoryLabels[2].position);
    expect(m.valueTicks).to.deep.equal(g.valueTicks);
    expect(m.zero).to.equal(g.zero);
  });

  it('lets horizontal bars grow leftwards from a zero line on the right, rows unchanged', () => {
    const g = geometry('bar', [[10, 20, -5]]);
    const m = mirrorGeometry(g);
    expect(m.zero).to.be.closeTo(g.innerWidth - g.zero, 1e-9);
    // positive values: the bar ends at the zero line and lies to its left
    expect(m.marks[0].x + m.marks[0].width).to.be.closeTo(m.zero, 1e-9);
    // negative values: to the right of the zero line
    expect(m.marks[2].x).to.be.closeTo(m.zero, 1e-9);
    expect(m.marks.map((k) => k.y)).to.deep.equal(g.marks.map((k) => k.y));
    expect(m.valueTicks[0].position).to.be.greaterThan(m.valueTicks[m.valueTicks.length - 1].position);
    expect(m.categoryLabels).to.deep.equal(g.categoryLabels);
  });

  it('mirrors line paths and keeps them broken at missing values', () => {
    const g = geometry('line', [[1, null, 3, 4]]);
    const m = mirrorGeometry(g);
    const xs = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((x) => Number(x[1]));
    expect(xs(m.paths[0])).to.have.length(3);
    xs(m.paths[0]).forEach((x, i) => expect(x).to.be.closeTo(g.innerWidth - xs(g.paths[0])[i], 0.02));
    expect((m.paths[0].match(/M/g) ?? []).length).to.equal(2);
  });

  it('is its own inverse', () => {
    for (const g of [geometry('column', [[1, 2], [3, 4]]), geometry('bar', [[1, -2, 3]], false), geometry('column', [[1, 2], [3, -4]], true)]) {
      const back = mirrorGeometry(mirrorGeometry(g));
      back.marks.forEach((mark, i) => expect(mark.x).to.be.closeTo(g.marks[i].x, 1e-9));
      expect(back.margins).to.deep.equal(g.margins);
      expect(back.zero).to.be.closeTo(g.zero, 1e-9);
    }
  });
});

describe('side labels', () => {
  it('sit left of the plot in ltr and right of it in rtl', () => {
    const g = geometry('column', [[1]]);
    expect(sideLabelX(g, false, 6)).to.equal(-6);
    expect(sideLabelX(g, true, 6)).to.equal(g.innerWidth + 6);
  });

  it('anchor the edge nearest the plot whatever the label direction', () => {
    expect(sideAnchor(false, 'ltr')).to.equal('end');
    expect(sideAnchor(false, 'rtl')).to.equal('start');
    expect(sideAnchor(true, 'rtl')).to.equal('end');
    expect(sideAnchor(true, 'ltr')).to.equal('start');
  });
});

describe('keyboard in right-to-left charts', () => {
  const ctx = {nSeries: 2, nCategories: 5, horizontal: false, rtl: true};
  it('moves to the next category with ArrowLeft and back with ArrowRight', () => {
    expect(moveCursor({s: 0, c: 2}, 'ArrowLeft', ctx)).to.deep.equal({s: 0, c: 3});
    expect(moveCursor({s: 0, c: 2}, 'ArrowRight', ctx)).to.deep.equal({s: 0, c: 1});
    expect(moveCursor({s: 0, c: 2}, 'ArrowDown', ctx)).to.deep.equal({s: 1, c: 2});
  });
});
