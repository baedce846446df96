/**
 * CBS open data → fragment. One CBS table arrives as several files, told apart by content:
 *
 * - the data: OData `TypedDataSet` (`{"value": [rows]}` or a bare array), the same rows saved as
 *   CSV (with StatLine's `… Label` columns), or an object keyed by region code (`{"GM0546":
 *   {"AantalInwoners_5": 130108, …}}`, as projects that strip the TypedDataSet save it);
 * - `DataProperties`: which keys are dimensions and which are measures (Topic: Title, Unit,
 *   Decimals);
 * - `TableInfos`: the table's title, identifier and period (for tables with one period);
 * - dimension tables (`Regions`, `Perioden`, `WijkenEnBuurten`: `{"value": [{Key, Title}]}`):
 *   category labels, matched to a dimension by the file name ending in its key.
 *
 * Each data file is one table; the description files in its directory apply to it.
 *
 * Metadata `cbs` settings say what the publisher wants from the table:
 *   "cbs": {
 *     "dimensions": {"Regions": "area", "Periods": "period"},   // CBS key → our dimension id
 *     "filter": {"Sex": "T001038"},          // rows to keep; a single code (not a list) drops the dimension
 *     "measures": {"PopulationOn1January_1": "population",
 *                  "DueToImmigration_10": {"indicator": "international-migration", "coords": {"flow": "arrival"}}},
 *     "period": "2024",                      // for a table without a time dimension
 *     "labels": {"WK_CODE": "WK_NAAM"}       // a column naming a dimension's codes
 *   }
 * Without `measures` every numeric measure becomes an indicator named by its CBS key.
 *
 * Codes are trimmed (CBS pads them: `"NL01  "`), periods rewritten (`2023JJ00` → `2023`), and
 * CBS's no-value codes (`-99999999` and its neighbours) become null with a status.
 */
import {basename} from 'node:path';
import {at, isRecord, type JsonRecord} from '../data/json-path.js';
import type {LocalizedText} from '../data/model.js';
import {CliError, type Place} from './cli-error.js';
import {parseCsv} from './csv.js';
import {PERIOD, type Fragment, type IndicatorFacts, type RawObservation} from './fragment.js';
import type {Progress} from './io.js';
import type {Metadata} from './metadata.js';
import type {JsonLocator} from './json-locate.js';
import {parseNumber} from './numbers.js';
import {PERIOD_HINT, toPeriodId} from './periods.js';

export interface CbsFile {
  readonly file: string;
  /** Parsed JSON, or the text of a CSV file. */
  readonly content: unknown;
  readonly isCsv: boolean;
  /** For JSON files: where the value at a path starts. */
  readonly locate?: JsonLocator;
}

/** CBS writes "no value" as large negative codes; -99999999 is "geheim" (kept secret). */
const SECRET_CODE = -99999999;
const LOWEST_REAL_VALUE = -99999990;

const DIMENSION_TYPES = new Set(['Dimension', 'TimeDimension', 'GeoDimension', 'GeoDetail']);
const DEFAULT_DIMENSION_IDS: Readonly<Record<string, string>> = {TimeDimension: PERIOD, GeoDimension: 'area', GeoDetail: 'area'};

/** CBS dimension keys whose meaning is clear without DataProperties. */
const WELL_KNOWN_DIMENSIONS: Readonly<Record<string, string>> = {Perioden: PERIOD, Periods: PERIOD, RegioS: 'area', Regions: 'area', WijkenEnBuurten: 'area'};

/** CBS units → monitor units (anything else is kept as CBS writes it). */
const UNITS: Readonly<Record<string, string>> = {aantal: 'count', '%': 'percent', 'per 1 000 inwoners': 'per-1000', 'per 1000 inwoners': 'per-1000', number: 'count'};

interface Row {
  readonly fields: Readonly<Record<string, unknown>>;
  /** Where a cell of this row is in its file (line and column of the CSV cell or JSON value). */
  readonly place: (key?: string) => Place;
}

interface Table {
  rows: Row[];
  properties?: JsonRecord[];
  info?: JsonRecord;
  /** Dimension tables by file, matched to a dimension later. */
  lookups: {file: string; items: JsonRecord[]}[];
}

const items = (content: unknown): unknown[] | undefined =>
  Array.isArray(content) ? content : isRecord(content) && Array.isArray(content.value) ? content.value : undefined;

/** True for a file of rows (TypedDataSet, its CSV, a keyed extract); false for DataProperties,
 *  TableInfos and dimension tables, which describe the data files beside them. */
export function isCbsData(input: CbsFile): boolean {
  if (input.isCsv) return true;
  const first = items(input.content)?.[0];
  if (!isRecord(first)) return true;
  return !(Object.hasOwn(first, 'Key') && (Object.hasOwn(first, 'Type') || Object.hasOwn(first, 'Title'))) && !Object.hasOwn(first, 'Identifier');
}

function classify(input: CbsFile, table: Table): void {
  const {file, content} = input;
  if (input.isCsv) {
    const csv = parseCsv(content as string, file);
    for (const row of csv.rows) {
      const place = (key?: string) => {
        const column = key === undefined ? 0 : csv.header.indexOf(key) + 1;
        return column > 0 ? {file, line: row.line, column} : {file, line: row.line};
      };
      table.rows.push({fields: Object.fromEntries(csv.header.map((name, i) => [name, row.fields[i]])), place});
    }
    return;
  }
  const jsonPlace = (path: string): Place => (input.locate ? {file, ...input.locate.locate(path)} : {file});
  const list = items(content);
  const first = list?.[0];
  if (list && isRecord(first)) {
    if (typeof first.Type === 'string' && Object.hasOwn(first, 'Key')) table.properties = list as JsonRecord[];
    else if (Object.hasOwn(first, 'Identifier') && Object.hasOwn(first, 'ShortTitle')) table.info = first;
    else if (Object.hasOwn(first, 'Key') && Object.hasOwn(first, 'Title')) table.lookups.push({file, items: list as JsonRecord[]});
    else {
      const base = Array.isArray(content) ? '' : 'value';
      list.forEach((row, i) => table.rows.push({fields: row as JsonRecord, place: (key) => jsonPlace(key === undefined ? at(base, i) : at(at(base, i), key))}));
    }
    return;
  }
  if (isRecord(content) && Object.values(content).every(isRecord)) {
    // keyed by region code: the key is the region, the member holds the measures
    for (const [code, measures] of Object.entries(content)) {
      table.rows.push({fields: {WijkenEnBuurten: code, ...(measures as JsonRecord)}, place: (key) => jsonPlace(key === undefined || key === 'WijkenEnBuurten' ? at('', code) : at(at('', code), key))});
    }
    return;
  }
  throw new CliError('not a CBS file this tool knows (TypedDataSet, DataProperties, TableInfos or a dimension table)', {file}, 'save the OData responses as they come: …/TypedDataSet, …/DataProperties, …/TableInfos, …/<Dimension>');
}

interface Measure {
  readonly indicator: string;
  readonly coords: Readonly<Record<string, string>>;
}

function readMeasures(settings: JsonRecord, file: string | undefined): Map<string, Measure> | undefined {
  if (!isRecord(settings.measures)) return undefined;
  const measures = new Map<string, Measure>();
  for (const [key, value] of Object.entries(settings.measures)) {
    if (typeof value === 'string') measures.set(key, {indicator: value, coords: {}});
    else if (isRecord(value) && typeof value.indicator === 'string') {
      measures.set(key, {indicator: value.indicator, coords: isRecord(value.coords) ? (value.coords as Record<string, string>) : {}});
    } else throw new CliError(`cbs.measures.${key} must be an indicator id or {"indicator": …, "coords": {…}}`, file === undefined ? {} : {file});
  }
  return measures;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value));

/** A CBS cell as a number, null (with status) or a refusal. */
function readCell(raw: unknown): {value: number | null; status?: string} | undefined {
  let value: number | undefined | null;
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) value = null;
  else if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') value = raw.trim() === '.' ? null : parseNumber(raw, '.');
  if (value === undefined) return undefined;
  if (value !== null && value <= LOWEST_REAL_VALUE) return {value: null, status: value === SECRET_CODE ? 'confidential' : 'not-available'};
  return {value};
}

function unitOf(unit: unknown): string | undefined {
  if (typeof unit !== 'string' || unit.trim() === '') return undefined;
  return UNITS[unit.trim().toLowerCase()] ?? unit.trim();
}

export function convertCbs(inputs: readonly CbsFile[], metadata: Metadata, progress: Progress): Fragment {
  const table: Table = {rows: [], lookups: []};
  for (const input of inputs) classify(input, table);
  const dataFile = table.rows[0]?.place().file;
  if (!dataFile) throw new CliError('no data rows among the CBS files', {file: inputs.map((i) => i.file).join(', ')}, 'give the TypedDataSet (JSON or CSV) next to DataProperties');
  const settings = isRecord(metadata.formats.cbs) ? metadata.formats.cbs : {};
  const metaPlace = {file: metadata.file ?? dataFile};

  // which keys are dimensions, and what we call them
  const dimensionIds = new Map<string, string>();
  for (const property of table.properties ?? []) {
    if (DIMENSION_TYPES.has(property.Type as string)) dimensionIds.set(property.Key as string, DEFAULT_DIMENSION_IDS[property.Type as string] ?? (property.Key as string).toLowerCase());
  }
  if (table.rows.some((row) => Object.hasOwn(row.fields, 'WijkenEnBuurten')) && !dimensionIds.has('WijkenEnBuurten')) dimensionIds.set('WijkenEnBuurten', 'area');
  // StatLine's CSV export adds a "<Key> Label" column beside each dimension
  for (const key of Object.keys(table.rows[0]?.fields ?? {})) {
    const dimension = key.endsWith(' Label') ? key.slice(0, -' Label'.length) : undefined;
    if (dimension && !dimensionIds.has(dimension)) dimensionIds.set(dimension, WELL_KNOWN_DIMENSIONS[dimension] ?? dimension.toLowerCase());
  }
  for (const [key, id] of Object.entries(isRecord(settings.dimensions) ? settings.dimensions : {})) dimensionIds.set(key, String(id));
  if (dimensionIds.size === 0) throw new CliError('cannot tell which columns are dimensions', {file: dataFile}, 'give DataProperties, or "cbs": {"dimensions": {"Regions": "area", "Periods": "period"}} in the metadata file');

  const filter = new Map(Object.entries(isRecord(settings.filter) ? settings.filter : {}).map(([key, value]) => [key, new Set((Array.isArray(value) ? value : [value]).map(String))]));
  for (const key of filter.keys()) if (!table.rows.some((row) => Object.hasOwn(row.fields, key))) throw new CliError(`cbs.filter names "${key}", which the data does not have`, metaPlace);
  // a filter to one code (a string) fixes the dimension, which then leaves the document; a list keeps it
  const fixed = new Set(Object.entries(isRecord(settings.filter) ? settings.filter : {}).filter(([, value]) => !Array.isArray(value)).map(([key]) => key));

  // measures: as the metadata says, or every numeric Topic
  const topics = new Map((table.properties ?? []).filter((p) => p.Type === 'Topic').map((p) => [p.Key as string, p]));
  const chosen = readMeasures(settings, metadata.file);
  const keys = new Set(table.rows.flatMap((row) => Object.keys(row.fields)));
  const isLabelColumn = (key: string) => key.endsWith(' Label') && dimensionIds.has(key.slice(0, -' Label'.length));
  let measures: Map<string, Measure>;
  if (chosen) {
    for (const key of chosen.keys()) {
      if (!keys.has(key)) throw new CliError(`cbs.measures names "${key}", which the data does not have`, metaPlace, `measures in the data: ${[...keys].filter((k) => !dimensionIds.has(k)).slice(0, 12).join(', ')}…`);
    }
    measures = chosen;
  } else {
    const candidates = [...keys].filter((key) => key !== 'ID' && !dimensionIds.has(key) && !isLabelColumn(key) && (topics.size === 0 ? true : topics.get(key)?.Datatype !== 'String' && topics.has(key)));
    // in the table's own order (DataProperties), so the document lists them as StatLine does
    const position = (key: string) => [...topics.keys()].indexOf(key);
    candidates.sort((a, b) => position(a) - position(b));
    // DataProperties say which measures are numeric (a bad cell is then an error); without them,
    // a column is a measure when all its cells are numbers
    const numeric = (key: string) => topics.size > 0 || table.rows.every((row) => readCell(row.fields[key]) !== undefined);
    measures = new Map(candidates.filter(numeric).map((key) => [key, {indicator: key, coords: {}}]));
  }

  const constantPeriod = typeof settings.period === 'string' ? settings.period : typeof table.info?.Period === 'string' && !/\D/.test(table.info.Period) ? table.info.Period : undefined;
  const hasPeriodDimension = [...dimensionIds.values()].includes(PERIOD);
  if (!hasPeriodDimension && constantPeriod === undefined) throw new CliError('the table has no time dimension and no period is given', metaPlace, 'add "cbs": {"period": "2024"} to the metadata file, or give TableInfos');

  // which column names a dimension's codes (StatLine CSV: "<Key> Label"; others: "cbs": {"labels": {"WK_CODE": "WK_NAAM"}})
  const labelColumns = Object.fromEntries(Object.entries(isRecord(settings.labels) ? settings.labels : {}).map(([key, column]) => [key, String(column)]));
  const labels = new Map<string, Map<string, LocalizedText>>();
  const addLabel = (dimension: string, code: string, label: string) => {
    const known = labels.get(dimension) ?? new Map<string, LocalizedText>();
    if (!known.has(code) && label !== '') known.set(code, label);
    labels.set(dimension, known);
  };
  for (const lookup of table.lookups) {
    const name = basename(lookup.file).replace(/\.json$/i, '');
    const key = [...dimensionIds.keys()].find((k) => name === k || name.endsWith(`_${k}`) || name.endsWith(k));
    if (!key) continue;
    for (const item of lookup.items) addLabel(dimensionIds.get(key) as string, text(item.Key), text(item.Title));
  }

  progress(`CBS table${table.info ? ` ${text(table.info.Identifier)}` : ''}: ${table.rows.length} rows, ${measures.size} measure${measures.size === 1 ? '' : 's'}`);
  const observations: RawObservation[] = [];
  for (const row of table.rows) {
    if ([...filter].some(([key, codes]) => !codes.has(text(row.fields[key])))) continue;
    const coords: Record<string, string> = constantPeriod !== undefined && !hasPeriodDimension ? {[PERIOD]: toPeriodId(constantPeriod) ?? constantPeriod} : {};
    for (const [key, id] of dimensionIds) {
      if (fixed.has(key) || !Object.hasOwn(row.fields, key)) continue;
      const code = text(row.fields[key]);
      if (id === PERIOD) {
        const period = toPeriodId(code);
        if (period === undefined) throw new CliError(`"${code}" in ${key} is not a period`, row.place(key), PERIOD_HINT);
        coords[id] = period;
      } else coords[id] = code;
      const label = row.fields[labelColumns[key] ?? `${key} Label`];
      if (typeof label === 'string' && id !== PERIOD) addLabel(id, code, label.trim());
    }
    for (const [key, measure] of measures) {
      const cell = readCell(row.fields[key]);
      if (!cell) throw new CliError(`${key} is not a number: ${JSON.stringify(row.fields[key])}`, row.place(key), 'CBS writes numbers with a decimal point; empty or "." is a missing value');
      observations.push({indicator: measure.indicator, coords: {...coords, ...measure.coords}, ...cell, place: row.place(key)});
    }
  }

  const indicators = new Map<string, IndicatorFacts>();
  for (const [key, measure] of measures) {
    const topic = topics.get(key);
    // an empty entry still keeps the measures in the table's column order
    if (!topic) {
      if (!indicators.has(measure.indicator)) indicators.set(measure.indicator, {});
      continue;
    }
    const unit = unitOf(topic.Unit);
    indicators.set(measure.indicator, {
      label: text(topic.Title),
      ...(text(topic.Description) === '' ? {} : {description: text(topic.Description)}),
      ...(unit === undefined ? {} : {unit}),
      ...(typeof topic.Decimals === 'number' ? {decimals: topic.Decimals} : {}),
    });
  }
  const title = table.info ? text(table.info.Title) : undefined;
  return {
    observations,
    indicators,
    categoryLabels: labels,
    ...(title ? {title, source: {name: `CBS StatLine ${text(table.info?.Identifier)}: ${title}`, url: 'https://opendata.cbs.nl/statline/'}} : {}),
  };
}
