import {expect} from '@open-wc/testing';
import {formatDate, formatPeriod, formatValue, warmFormats} from '../../src/i18n/format.js';
import {defineElement} from '../../src/base/define.js';
import {loadCatalogue, withLocale} from '../../src/i18n/localization.js';
import {uiLocaleFor} from '../../src/i18n/language.js';

/** As an element renders: `msg()` in the UI catalogue for `lang`. */
const inLang = <T>(lang: string, fn: () => T): T => withLocale(uiLocaleFor(lang), fn);

// catalogues load on first use; elements wait for theirs, these direct calls must too
before(() => Promise.all([loadCatalogue('en'), loadCatalogue('ar')]));

describe('formatPeriod per locale', () => {
  it('writes quarters as "2e kwartaal 2023", "Q2 2023" and "الربع 2 من 2023"', () => {
    expect(inLang('nl', () => formatPeriod('2023-Q2', 'nl'))).to.equal('2e kwartaal 2023');
    expect(inLang('en', () => formatPeriod('2023-Q2', 'en'))).to.equal('Q2 2023');
    expect(inLang('ar', () => formatPeriod('2023-Q2', 'ar'))).to.equal('الربع 2 من 2023');
  });

  it('names months through Intl', () => {
    expect(inLang('nl', () => formatPeriod('2023-05', 'nl'))).to.equal('mei 2023');
    expect(inLang('en', () => formatPeriod('2023-05', 'en'))).to.equal('May 2023');
    expect(inLang('ar', () => formatPeriod('2023-05', 'ar'))).to.equal(
      new Intl.DateTimeFormat('ar', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2023, 4, 1)),
    );
    expect(inLang('ar', () => formatPeriod('2023-05', 'ar'))).to.contain('مايو');
  });

  it('writes years without grouping, in the digits of the locale', () => {
    expect(formatPeriod('2023', 'nl')).to.equal('2023');
    expect(formatPeriod('2023', 'ar')).to.equal('2023');
    expect(formatPeriod('2023', 'ar-EG')).to.equal('٢٠٢٣');
    expect(inLang('ar-EG', () => formatPeriod('2023-Q2', 'ar-EG'))).to.equal('الربع ٢ من ٢٠٢٣');
  });

  it('formats a quarter again in each UI locale (period labels are cached, quarters are not)', () => {
    expect(inLang('nl', () => formatPeriod('2024-Q1', 'en'))).to.equal('1e kwartaal 2024');
    expect(inLang('en', () => formatPeriod('2024-Q1', 'en'))).to.equal('Q1 2024');
    expect(formatPeriod('2024', 'ar-EG')).to.equal(formatPeriod('2024', 'ar-EG'));
    expect(formatPeriod('2024', 'nl')).to.equal('2024');
  });

  it('leaves an unknown period id as it is', () => {
    expect(formatPeriod('spring', 'ar')).to.equal('spring');
  });
});

describe('formatValue per locale', () => {
  it('writes percentages as nl "12,5%", en "12.5%", ar as Intl does (Latin digits)', () => {
    expect(formatValue(12.5, 'percent', 1, 'nl')).to.equal('12,5%');
    expect(formatValue(12.5, 'percent', 1, 'en')).to.equal('12.5%');
    const ar = formatValue(12.5, 'percent', 1, 'ar');
    expect(ar).to.equal(new Intl.NumberFormat('ar', {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1}).format(0.125));
    // CLDR's default for plain `ar` is Latin digits (with bidi marks around %)
    expect(ar.replace(/[\u200e\u200f\u061c]/g, '')).to.equal('12.5%');
  });

  it('uses Arabic-Indic digits where the locale asks for them', () => {
    expect(formatValue(12.5, 'percent', 1, 'ar-EG')).to.match(/^١٢٫٥/);
    expect(formatValue(12.5, 'percent', 1, 'ar-u-nu-arab')).to.match(/^١٢٫٥/);
    expect(formatValue(4503, 'count', undefined, 'ar-u-nu-latn')).to.equal('4,503');
  });

  it('translates the unit words with the UI catalogue', () => {
    expect(inLang('ar', () => formatValue(3.2, 'per-1000', 1, 'ar'))).to.equal('3.2 لكل ألف');
    expect(inLang('en', () => formatValue(3.2, 'per-1000', 1, 'en'))).to.equal('3.2 per 1,000');
  });

  it('formats dates through Intl', () => {
    expect(formatDate('2024-06-01', 'nl')).to.equal('1 juni 2024');
    expect(formatDate('2024-06-01', 'ar')).to.contain('يونيو');
  });
});

describe('warming up', () => {
  it('warmFormats() runs for the page language, and leaves a malformed <html lang> to the elements (no error, no warning)', () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      html.setAttribute('lang', 'en');
      warmFormats();
      expect(formatDate('2024-06-01', 'en')).to.equal('June 1, 2024');
      html.setAttribute('lang', 'not a tag!');
      expect(() => warmFormats()).not.to.throw();
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('defineElement(tag, class) calls the class\'s warmUp() once, after the defining task', async () => {
    let calls = 0;
    class Warmed extends HTMLElement {
      static warmUp(): void {
        calls++;
      }
    }
    defineElement('leiden-warm-up-test', Warmed);
    defineElement('leiden-warm-up-test', Warmed);
    expect(calls).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).to.equal(1);
  });
});
