import type {View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';

/**
 * The view as CSV (RFC 4180): one row per category, one column per series, plus a status
 * column per series when any value carries a status. Numbers are written plainly (`12.5`) so
 * spreadsheets in any locale read them; a missing value is an empty cell.
 */
export function viewToCsv(view: View, lang: string): string {
  const hasStatus = view.statuses.some((row) => row.some((s) => s !== undefined));
  const seriesName = (s: number) => (view.seriesDimension ? resolveText(view.series[s].label, lang) : resolveText(view.indicator.label, lang));
  const header = [resolveText(view.categoryDimension.label, lang)];
  view.series.forEach((_, s) => {
    header.push(seriesName(s));
    if (hasStatus) header.push(`${seriesName(s)} (status)`);
  });
  const rows = view.categories.map((category, c) => {
    const cells = [view.categoryDimension.role === 'time' ? category.id : resolveText(category.label, lang)];
    view.series.forEach((_, s) => {
      const value = view.values[s][c];
      cells.push(value === null ? '' : String(value));
      if (hasStatus) cells.push(view.statuses[s][c] ?? '');
    });
    return cells;
  });
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(text: string): string {
  // quote when needed; a leading = + - @ is defused so spreadsheets never run it as a formula
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
