/**
 * Long-form CSV → fragment. One row per number: indicator, period, area, any other dimension
 * the metadata declares (group, …), value and an optional status. Dutch or English headers,
 * `;`, `,` or tab as separator, decimal comma or point: the forms spreadsheets export.
 */
import {CliError} from './cli-error.js';
import {parseCsv} from './csv.js';
import {PERIOD, type Fragment, type RawObservation} from './fragment.js';
import type {Progress} from './io.js';
import type {Metadata} from './metadata.js';
import {detectDecimalMark, missingMark, parseNumber} from './numbers.js';
import {PERIOD_HINT, toPeriodId} from './periods.js';

/** Header names (lower-cased) → the column's meaning. */
const HEADER_ALIASES: ReadonlyMap<string, string> = new Map([
  ...['indicator', 'indicator_id', 'indicatorid', 'indicatoren', 'variabele', 'variable'].map((name) => [name, 'indicator'] as const),
  ...['period', 'periode', 'perioden', 'jaar', 'year', 'tijd', 'time'].map((name) => [name, PERIOD] as const),
  ...['area', 'gebied', 'gebiedscode', 'regio', 'region', 'geo', 'wijk'].map((name) => [name, 'area'] as const),
  ...['group', 'groep', 'doelgroep'].map((name) => [name, 'group'] as const),
  ...['value', 'waarde', 'aantal', 'count'].map((name) => [name, 'value'] as const),
  ...['status', 'toelichting'].map((name) => [name, 'status'] as const),
]);

const KNOWN_DIMENSIONS = new Set([PERIOD, 'area', 'group']);

/** What each column holds: 'indicator', 'value', 'status' or a dimension id. */
function readHeader(header: readonly string[], metadata: Metadata, file: string): string[] {
  const meanings = header.map((name, i) => {
    const key = name.toLowerCase();
    const meaning = HEADER_ALIASES.get(key) ?? (metadata.dimensions.has(name) ? name : undefined);
    if (meaning === undefined) {
      throw new CliError(
        `unknown column "${name}"`,
        {file, line: 1, column: i + 1},
        `columns are indicator, period, area, group, value, status (Dutch: indicator, periode, gebied, groep, waarde, status); another dimension must be declared under "dimensions" in the metadata file${header.length === 1 ? '; only one column was found: is the separator ; , or tab?' : ''}`,
      );
    }
    return meaning;
  });
  for (const required of ['indicator', PERIOD, 'value']) {
    if (!meanings.includes(required)) throw new CliError(`no ${required} column (columns found: ${header.join(', ')})`, {file, line: 1}, 'the header row must name indicator, period and value columns');
  }
  const repeated = meanings.find((meaning, i) => meanings.indexOf(meaning) !== i);
  if (repeated) throw new CliError(`two columns mean "${repeated}"`, {file, line: 1, column: meanings.lastIndexOf(repeated) + 1});
  return meanings;
}

export function convertCsv(text: string, file: string, metadata: Metadata, progress: Progress): Fragment {
  const table = parseCsv(text, file);
  const meanings = readHeader(table.header, metadata, file);
  const column = (meaning: string) => meanings.indexOf(meaning);
  const [indicatorAt, valueAt, statusAt] = [column('indicator'), column('value'), column('status')];
  const dimensions = meanings.map((meaning, i) => [meaning, i] as const).filter(([meaning]) => KNOWN_DIMENSIONS.has(meaning) || metadata.dimensions.has(meaning));
  const mark = detectDecimalMark(table.rows.map((row) => row.fields[valueAt] as string));
  progress(`${file}: ${table.rows.length} rows, separator ${JSON.stringify(table.separator)}, decimal ${mark === ',' ? 'comma' : 'point'}`);

  const observations: RawObservation[] = table.rows.map((row, index) => {
    if (index > 0 && index % 50_000 === 0) progress(`${file}: ${index} of ${table.rows.length} rows`);
    const place = (meaning: number) => ({file, line: row.line, column: meaning + 1});
    const cell = (at: number) => (row.fields[at] as string).trim();
    const indicator = cell(indicatorAt);
    if (indicator === '') throw new CliError('empty indicator', place(indicatorAt));
    const coords: Record<string, string> = {};
    for (const [dimension, at] of dimensions) {
      const raw = cell(at);
      if (raw === '') {
        // an empty cell means "this indicator lacks that dimension", except for the period
        if (dimension === PERIOD) throw new CliError('empty period', place(at), PERIOD_HINT);
        continue;
      }
      const id = dimension === PERIOD ? toPeriodId(raw) : raw;
      if (id === undefined) throw new CliError(`"${raw}" is not a period`, place(at), PERIOD_HINT);
      coords[dimension] = id;
    }
    const status = statusAt >= 0 && cell(statusAt) !== '' ? cell(statusAt) : undefined;
    const missing = missingMark(row.fields[valueAt] as string);
    if (missing) {
      const why = status ?? missing.status;
      return {indicator, coords, value: null, ...(why === undefined ? {} : {status: why}), place: place(valueAt)};
    }
    const value = parseNumber(row.fields[valueAt] as string, mark);
    if (value === undefined) {
      throw new CliError(
        `"${cell(valueAt)}" is not a number`,
        place(valueAt),
        mark === ',' ? 'this file uses a decimal comma: write 12,5 or 1.234,5; leave the cell empty for a missing value' : 'write 12.5 (or 12,5 in a file that uses decimal commas throughout); leave the cell empty for a missing value',
      );
    }
    return {indicator, coords, value, ...(status === undefined ? {} : {status}), place: place(valueAt)};
  });
  return {observations};
}
