import {expect} from '@open-wc/testing';
import {resolveText, textLanguage} from '../../src/data/localized-text.js';

describe('resolveText', () => {
  const text = {nl: 'Bevolking', en: 'Population', de: 'Bevölkerung'};

  it('resolveText(string, lang) returns the string for any language', () => {
    expect(resolveText('Leiden', 'en')).to.equal('Leiden');
    expect(resolveText('Leiden', '')).to.equal('Leiden');
  });

  it('resolveText(text, lang) returns the requested language', () => {
    expect(resolveText(text, 'de')).to.equal('Bevölkerung');
    expect(resolveText(text, 'nl')).to.equal('Bevolking');
  });

  it('resolveText(text, "en-GB") falls back to the base language', () => {
    expect(resolveText(text, 'en-GB')).to.equal('Population');
    expect(resolveText(text, 'de-CH')).to.equal('Bevölkerung');
  });

  it('resolveText(text, lang) prefers the exact region over the base language', () => {
    expect(resolveText({en: 'colour?', 'en-US': 'color'}, 'en-US')).to.equal('color');
  });

  it('resolveText(text, lang) falls back to en, then nl, then the first present', () => {
    expect(resolveText(text, 'fr')).to.equal('Population');
    expect(resolveText({de: 'Bevölkerung', nl: 'Bevolking'}, 'fr')).to.equal('Bevolking');
    expect(resolveText({de: 'Bevölkerung', fy: 'Befolking'}, 'fr')).to.equal('Bevölkerung');
  });

  it('resolveText(text, lang) matches language tags case-insensitively', () => {
    expect(resolveText({'EN-gb': 'Colour', nl: 'Kleur'}, 'en-GB')).to.equal('Colour');
    expect(resolveText({EN: 'Colour', nl: 'Kleur'}, 'en-gb')).to.equal('Colour');
    expect(resolveText({en: 'Colour', nl: 'Kleur'}, 'NL')).to.equal('Kleur');
  });

  it('resolveText(text, lang) does not throw on an empty or malformed lang', () => {
    expect(resolveText(text, '')).to.equal('Population');
    expect(resolveText(text, '   ')).to.equal('Population');
    expect(resolveText(text, '-')).to.equal('Population');
    expect(resolveText(text, 'en_GB')).to.equal('Population');
    expect(resolveText(text, undefined as unknown as string)).to.equal('Population');
    expect(resolveText(text, 42 as unknown as string)).to.equal('Population');
  });

  it('resolveText(undefined or {}, lang) is the empty string', () => {
    expect(resolveText(undefined, 'nl')).to.equal('');
    expect(resolveText({}, 'nl')).to.equal('');
  });

  it('resolveText(text, "__proto__") reads only own keys', () => {
    expect(resolveText({nl: 'Bevolking'}, '__proto__')).to.equal('Bevolking');
    expect(resolveText({nl: 'Bevolking'}, 'constructor')).to.equal('Bevolking');
  });
});

describe('textLanguage', () => {
  it('textLanguage(text, lang) names the key resolveText used, as spelled in the text', () => {
    expect(textLanguage({nl: 'a', en: 'b'}, 'en-GB')).to.equal('en');
    expect(textLanguage({nl: 'a', 'EN-GB': 'b'}, 'en-gb')).to.equal('EN-GB');
    expect(textLanguage({nl: 'a', de: 'b'}, 'fr')).to.equal('nl');
    expect(textLanguage({fy: 'a', de: 'b'}, 'fr')).to.equal('fy');
  });

  it('textLanguage(string or undefined, lang) is undefined: the language is unknown', () => {
    expect(textLanguage('Leiden', 'nl')).to.equal(undefined);
    expect(textLanguage(undefined, 'nl')).to.equal(undefined);
  });
});
