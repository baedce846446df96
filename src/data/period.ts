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

/** True when `id` is one of the three period forms monitor JSON v1 accepts. */
export function isPeriodId(id: unknown): id is string {
  return typeof id === 'string' && /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(id);
}

/** The tolerant forms: a year (`2017`, `2017JJ00`), a quarter (`2017-Q1`, `2017Q1`, `2017K1`,
 *  `2017KW01`) or a month (`2017-01`, `2017M01`, `2017MM01`). */
const PERIOD = /^(\d{4})(?:JJ00|-?[QK]([1-4])|KW0([1-4])|(?:-|M{1,2})(0[1-9]|1[0-2]))?$/;

/** The year, quarter or month a period id stands for; undefined when it is not a period. */
export function parsePeriod(id: string): Period | undefined {
  const match = typeof id === 'string' ? PERIOD.exec(id.trim().toUpperCase()) : null;
  if (!match) return undefined;
  const [, year, quarter = match[3], , month] = match;
  return {year: Number(year), ...(quarter ? {quarter: Number(quarter)} : month ? {month: Number(month)} : {})};
}

/** A period's sort key: its first month, then coarser periods before finer ones starting then. */
const sortKey = ({year, quarter, month}: Period): number =>
  month ? (year * 12 + month - 1) * 3 + 2 : quarter ? (year * 12 + (quarter - 1) * 3) * 3 + 1 : year * 36;

/**
 * Orders period ids chronologically (by start, a year before its first quarter before its first
 * month). Ids that are not periods sort after all periods, among themselves by code unit order,
 * so the comparison stays a total order usable by `Array.prototype.sort`.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  const byCode = a < b ? -1 : a > b ? 1 : 0;
  return pa && pb ? sortKey(pa) - sortKey(pb) || byCode : pa ? -1 : pb ? 1 : byCode;
}
