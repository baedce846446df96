/**
 * Numbers and periods through Intl for one language, with formatters cached per locale and
 * options (Plot's habit). d3-format's global locale is never touched.
 */
import {msg, str} from './localization.js';
import {parsePeriod} from '../data/period.js';
import {declaredLanguage} from './language.js';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One formatter per kind, language and options: building one costs far more than using it. */
function cachedFormat<F extends Intl.NumberFormat | Intl.DateTimeFormat>(make: new (lang: string, options: object) => F, lang: string, options: object): F {
  const key = make.name + lang + JSON.stringify(options);
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = new make(lang, options);
    formats.set(key, format);
  }
  return format;
}

const numberFormat = (lang: string, options: Intl.NumberFormatOptions) => cachedFormat(Intl.NumberFormat, lang, options);

/** Decimals a value of `unit` is shown with (at most, when the indicator does not say). */
export function shownDecimals(unit: string | undefined, decimals: number | undefined): number {
  if (decimals !== undefined) return decimals;
  return unit === 'count' ? 0 : unit === 'percent' ? 1 : 2;
}

/** How a unit is written: Intl options plus, for units Intl has no style for, a suffix. */
function unitOptions(unit: string | undefined, decimals: number | undefined): Intl.NumberFormatOptions {
  const digits =
    decimals === undefined ? {maximumFractionDigits: shownDecimals(unit, decimals)} : {minimumFractionDigits: decimals, maximumFractionDigits: decimals};
  switch (unit) {
    case 'percent':
      return {style: 'percent', ...digits};
    case 'currency-eur':
      return {style: 'currency', currency: 'EUR', ...digits};
    default:
      return digits;
  }
}

/**
 * A value with its unit in `lang`: nl "12,5%", en "12.5%", "4.503", "€ 1.200", "3,2 per 1.000".
 * Percent values are percentage points (12.5 means 12.5%), as in the monitor format.
 */
export function formatValue(value: number, unit: string | undefined, decimals: number | undefined, lang: string): string {
  // Intl's percent style multiplies by 100
  const number = numberFormat(lang, unitOptions(unit, decimals)).format(unit === 'percent' ? value / 100 : value);
  switch (unit) {
    case undefined:
    case 'count':
    case 'ratio':
    case 'index':
    case 'percent':
    case 'currency-eur':
      return number;
    case 'per-1000':
      return msg(str`${number} per 1000`, {id: 'unit.per-1000'});
    case 'years':
      return msg(str`${number} jaar`, {id: 'unit.years'});
    default:
      return `${number} ${unit}`;
  }
}

/**
 * A value as a focused mark or area announces it: "Leiden-Noord: 25%", or that it is missing
 * ("Stevenshofdistrict: geen gegevens (confidential)").
 */
export function valueLabel(name: string, value: number | null, status: string | undefined, unit: string | undefined, decimals: number | undefined, lang: string): string {
  if (value !== null) return `${name}: ${formatValue(value, unit, decimals, lang)}`;
  return status ? msg(str`${name}: geen gegevens (${status})`, {id: 'point.missing-status'}) : msg(str`${name}: geen gegevens`, {id: 'point.missing'});
}

/** Axis tick labels: the unit's style at the precision the ticks need, compact for big numbers. */
export function tickFormatter(unit: string | undefined, ticks: readonly number[], lang: string): (value: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const decimals = step > 0 ? Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  const largest = Math.max(...ticks.map(Math.abs), 0);
  if (unit !== 'percent' && largest >= 1e6) {
    const compact = numberFormat(lang, {notation: 'compact', maximumFractionDigits: 1});
    return (v) => compact.format(v);
  }
  return (v) => formatValue(v, unit === 'per-1000' || unit === 'years' ? undefined : unit, decimals, lang);
}

/** Period labels by language and id: every chart of a monitor labels the same periods, each
 *  label several times (axis, marks, summary). Quarters are left out: their words follow the
 *  UI catalogue, which may still be loading. */
const periodTexts = new Map<string, string>();

/** A period id for people: "2023", nl "2e kwartaal 2023" / en "Q2 2023", "mei 2023" / "May 2023". */
export function formatPeriod(id: string, lang: string): string {
  const key = lang + ' ' + id;
  let text = periodTexts.get(key);
  if (!text) {
    const period = parsePeriod(id);
    if (!period) return id;
    if (period.quarter !== undefined) {
      // digits as the locale writes them (Latin for nl, en, ar; Arabic-Indic for ar-EG)
      const quarter = integer(period.quarter, lang);
      const year = integer(period.year, lang);
      return msg(str`${quarter}e kwartaal ${year}`, {id: 'period.quarter'});
    }
    periodTexts.set(
      key,
      (text =
        period.month !== undefined
          ? cachedFormat(Intl.DateTimeFormat, lang, {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(new Date(Date.UTC(period.year, period.month - 1, 1)))
          : integer(period.year, lang)),
    );
  }
  return text;
}

/** A year or a count as the locale writes digits, without grouping ("2023", not "2.023"). */
function integer(n: number, lang: string): string {
  return numberFormat(lang, {useGrouping: false}).format(n);
}

/** A calendar date ("2024-06-01") in `lang`, or the input when it is not a date. */
export function formatDate(iso: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cachedFormat(Intl.DateTimeFormat, lang, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
}

/** A moment ("2026-11-25T14:03:00Z") in `lang`, in the reader's time zone: "25 nov 2026, 15:03". */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : cachedFormat(Intl.DateTimeFormat, lang, {dateStyle: 'medium', timeStyle: 'short'}).format(date);
}

/**
 * Builds the formatters a first render asks for whatever its data (years, the "updated" date) in
 * the page's language, ahead of it: a page's first number and date formatters load ICU's data,
 * about 20 ms each in Chromium.
 */
export function warmFormats(): void {
  try {
    const [lang] = Intl.getCanonicalLocales(declaredLanguage(document.documentElement));
    formatPeriod('2000', lang);
    formatDate('2000-01-01', lang);
  } catch {
    // a malformed <html lang>: nothing to warm up; an element using it says so when it renders
  }
}
