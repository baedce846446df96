/**
 * Period ids: parsing and chronological order.
 *
 * Monitor JSON v1 allows exactly three forms (CONTRACT §3): `2023`, `2023-Q2`, `2023-05`.
 * JSON-stat files from statistics offices use others (`2017Q1`, `2017M01`, Statistics Norway's
 * `2017K1`, CBS's `2017KW01`/`2017MM01`/`2017JJ00`); `parsePeriod` reads those too so their time
 * dimensions sort, while `isPeriodId` stays strict for monitor JSON.
 */

export interface Period {
  readonly year: number;
  /** 1–4, for a quarter. */
  readonly quarter?: number;
  /** 1–12, for a month. */
  readonly month?: number;
}

const CONTRACT_FORMS = [/^(\d{4})$/, /^(\d{4})-Q([1-4])$/, /^(\d{4})-(0[1-9]|1[0-2])$/];

/** Tolerant forms, each mapped to the granularity of its second group. */
const YEAR_FORMS = [/^(\d{4})$/, /^(\d{4})JJ00$/];
const QUARTER_FORMS = [/^(\d{4})-?[QK]([1-4])$/, /^(\d{4})KW0([1-4])$/];
const MONTH_FORMS = [/^(\d{4})-(0[1-9]|1[0-2])$/, /^(\d{4})M{1,2}(0[1-9]|1[0-2])$/];

/** True when `id` is one of the three period forms monitor JSON v1 accepts. */
export function isPeriodId(id: unknown): id is string {
  return typeof id === 'string' && CONTRACT_FORMS.some((form) => form.test(id));
}

function firstMatch(forms: readonly RegExp[], id: string): RegExpExecArray | undefined {
  for (const form of forms) {
    const match = form.exec(id);
    if (match) return match;
  }
  return undefined;
}

/** The year, quarter or month a period id stands for; undefined when it is not a period. */
export function parsePeriod(id: string): Period | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().toUpperCase();
  const year = firstMatch(YEAR_FORMS, key);
  if (year) return {year: Number(year[1])};
  const quarter = firstMatch(QUARTER_FORMS, key);
  if (quarter) return {year: Number(quarter[1]), quarter: Number(quarter[2])};
  const month = firstMatch(MONTH_FORMS, key);
  if (month) return {year: Number(month[1]), month: Number(month[2])};
  return undefined;
}

/** A period's sort key: its first month, then coarser periods before finer ones starting then. */
function sortKey({year, quarter, month}: Period): [number, number] {
  if (month !== undefined) return [year * 12 + month - 1, 2];
  if (quarter !== undefined) return [year * 12 + (quarter - 1) * 3, 1];
  return [year * 12, 0];
}

/**
 * Orders period ids chronologically (by start, a year before its first quarter before its first
 * month). Ids that are not periods sort after all periods, among themselves by code unit order,
 * so the comparison stays a total order usable by `Array.prototype.sort`.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) {
    const [ma, ga] = sortKey(pa);
    const [mb, gb] = sortKey(pb);
    return ma - mb || ga - gb || (a < b ? -1 : a > b ? 1 : 0);
  }
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
