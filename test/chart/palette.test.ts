import {expect} from '@open-wc/testing';
import {tokenStyles} from '../../src/styles/tokens.styles.js';
import {contrastRatio} from '../../src/styles/contrast.js';

/** The default of every `--leiden-color-*` token, read from the stylesheet we ship. */
function defaults(): Record<string, string> {
  const css = tokenStyles.cssText;
  return Object.fromEntries([...css.matchAll(/var\(--leiden-color-([\w-]+),\s*(#[0-9a-f]{6})\)/gi)].map(([, name, hex]) => [name, hex]));
}

describe('default palette contrast (WCAG 1.4.3, 1.4.11)', () => {
  const colours = defaults();
  const background = colours.background;

  it('contrastRatio(a, b) follows WCAG: black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#1f5fa8', '#1f5fa8')).to.equal(1);
  });

  it('reads every token the stylesheet defines', () => {
    expect(Object.keys(colours)).to.include.members(['text', 'text-muted', 'background', 'border', 'focus', 'series-1', 'series-8']);
  });

  it('text and muted text are at least 4.5:1 against the background and the surface', () => {
    for (const name of ['text', 'text-muted', 'error', 'accent']) {
      expect(contrastRatio(colours[name], background), name).to.be.at.least(4.5);
      expect(contrastRatio(colours[name], colours.surface), `${name} on surface`).to.be.at.least(4.5);
    }
  });

  it('every series colour, the axis line and the focus ring are at least 3:1 against the background', () => {
    const graphical = Object.keys(colours).filter((n) => n.startsWith('series-')).concat(['border', 'focus']);
    expect(graphical).to.have.length(10);
    for (const name of graphical) expect(contrastRatio(colours[name], background), name).to.be.at.least(3);
  });

  it('the focus ring is at least 3:1 against the background it is drawn on (it sits outside the mark)', () => {
    expect(contrastRatio(colours.focus, background)).to.be.at.least(3);
    expect(contrastRatio(colours.focus, colours.surface)).to.be.at.least(3);
  });
});
