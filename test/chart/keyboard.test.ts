import {expect} from '@open-wc/testing';
import {moveCursor} from '../../src/chart/keyboard.js';

const columns = {nSeries: 3, nCategories: 20, horizontal: false};
const bars = {nSeries: 3, nCategories: 20, horizontal: true};

describe('keyboard model', () => {
  it('moveCursor moves along the categories with Left/Right in column and line charts', () => {
    expect(moveCursor({s: 0, c: 0}, 'ArrowRight', columns)).to.deep.equal({s: 0, c: 1});
    expect(moveCursor({s: 0, c: 0}, 'ArrowLeft', columns)).to.deep.equal({s: 0, c: 0});
    expect(moveCursor({s: 0, c: 5}, 'ArrowDown', columns)).to.deep.equal({s: 1, c: 5});
  });

  it('moveCursor follows the visual order of horizontal bars: Up/Down between categories', () => {
    expect(moveCursor({s: 0, c: 0}, 'ArrowDown', bars)).to.deep.equal({s: 0, c: 1});
    expect(moveCursor({s: 0, c: 3}, 'ArrowRight', bars)).to.deep.equal({s: 1, c: 3});
  });

  it('moveCursor jumps to the ends with Home/End and by a tenth with PageUp/PageDown', () => {
    expect(moveCursor({s: 2, c: 7}, 'Home', columns)).to.deep.equal({s: 2, c: 0});
    expect(moveCursor({s: 2, c: 7}, 'End', columns)).to.deep.equal({s: 2, c: 19});
    expect(moveCursor({s: 0, c: 0}, 'PageDown', columns)).to.deep.equal({s: 0, c: 2});
    expect(moveCursor({s: 0, c: 19}, 'PageDown', columns)).to.deep.equal({s: 0, c: 19});
  });

  it('moveCursor moves by `step` categories per arrow on dense lines, never past the ends', () => {
    const dense = {nSeries: 1, nCategories: 1000, horizontal: false, step: 10};
    expect(moveCursor({s: 0, c: 0}, 'ArrowRight', dense)).to.deep.equal({s: 0, c: 10});
    expect(moveCursor({s: 0, c: 995}, 'ArrowRight', dense)).to.deep.equal({s: 0, c: 999});
    expect(moveCursor({s: 0, c: 500}, 'PageDown', dense)).to.deep.equal({s: 0, c: 600});
  });

  it('moveCursor mirrors Left/Right for right-to-left', () => {
    expect(moveCursor({s: 0, c: 1}, 'ArrowRight', {...columns, rtl: true})).to.deep.equal({s: 0, c: 0});
  });

  it('moveCursor ignores keys that are not ours and any key held with a modifier', () => {
    expect(moveCursor({s: 0, c: 0}, 'a', columns)).to.equal(undefined);
    expect(moveCursor({s: 0, c: 0}, 'Tab', columns)).to.equal(undefined);
    expect(moveCursor({s: 0, c: 0}, 'ArrowRight', columns, true)).to.equal(undefined);
  });
});
