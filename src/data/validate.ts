/**
 * Checks a monitor JSON v1 document (CONTRACT §3) and throws a `schema` MonitorError naming the
 * first offending path. Nothing is coerced: `"12,5"` is not a number, and neither is NaN.
 *
 * The quick yes/no is `readMonitor` in normalize.ts (it checks as it reads); the walk
 * here, which builds a path for everything it visits, runs only once that has said no. Elements
 * load this module only then.
 *
 * Unknown properties are allowed on the document, dimensions and indicators (room for later
 * additions and `$schema`), but not on observations: there every key other than `value`,
 * `status` and `note` would be a dimension. Extensions checked here: indicator `notes` and
 * `view`, observation `note`.
 * The JSON Schema in src/schema/monitor.schema.json describes the same format.
 */
import {isPeriodId} from './period.js';
import {INDICATOR_VIEWS, NOTE_KINDS, type MonitorModel} from './model.js';
import {at, describe, expectArray, expectRecord, expectString, isRecord, own, schemaError, text, that, type JsonRecord, type Rule} from './json-path.js';
import {ISO_DATE, OBSERVATION_FIELDS, REQUIRED_FIELDS, readMonitor} from './normalize.js';

const MAX_DECIMALS = 6;

/** Each declared dimension's category ids; undefined for a time dimension that leaves them to the observations. */
type Declared = ReadonlyMap<string, ReadonlySet<string> | undefined>;

const PERIOD = 'a period like 2023, 2023-Q2 or 2023-05';

const period = that(isPeriodId, PERIOD);

/** One of `allowed`. */
const oneOf = (allowed: readonly string[]) => that((value) => allowed.includes(value as string), `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);

/**
 * The fields of `record` that `rules` describe, checked in their order when present (a name
 * ending in `?` may be left out; any other is required).
 */
function fields(record: JsonRecord, path: string, rules: Record<string, Rule>): void {
  for (const [name, rule] of Object.entries(rules)) {
    const key = name.replace('?', '');
    if (Object.hasOwn(record, key)) rule(record[key], at(path, key));
    else if (key === name) schemaError(at(path, key), 'is required');
  }
}

/** An object with the fields `rules` describe. */
const object =
  (rules: Record<string, Rule>): Rule =>
  (value, path) =>
    fields(expectRecord(value, path), path, rules);

/** Only absolute http(s) URLs: a `javascript:` or `data:` link must never reach an href. */
const httpUrl: Rule = (value, path) => {
  const text = expectString(value, path);
  let protocol: string;
  try {
    protocol = new URL(text).protocol;
  } catch {
    schemaError(path, `must be an absolute http(s) URL (got ${describe(text)})`);
  }
  that(() => /^https?:$/.test(protocol), `an http(s) URL, not ${protocol}`)(text, path);
};

const source = object({name: text, 'url?': httpUrl});

/** An array whose items `rule` accepts, in order; with `empty`, the message when it has none. */
const list =
  (rule: Rule, empty?: string): Rule =>
  (value, path) => {
    const items = expectArray(value, path);
    if (empty && items.length === 0) schemaError(path, empty);
    // spread: a hole in an array is an item that is missing (`nothing`), not one to skip
    return [...items].map((item, i) => rule(item, at(path, i)));
  };

/** A list of objects with unique ids (of a `what`), each maybe with a label; `checkId` adds a rule. */
function checkIds(value: unknown, path: string, what: string, checkId?: Rule, empty?: string): Set<string> {
  const ids = new Set<string>();
  list((item, itemPath) => {
    const record = expectRecord(item, itemPath);
    const idPath = at(itemPath, 'id');
    const id = expectString(own(record, 'id'), idPath);
    checkId?.(id, idPath);
    if (ids.has(id)) schemaError(idPath, `duplicate ${what} id ${describe(id)}`);
    ids.add(id);
    fields(record, itemPath, {'label?': text});
  }, empty)(value, path);
  return ids;
}

function checkDimensions(value: unknown, path: string): Declared {
  const dimensions = new Map<string, ReadonlySet<string> | undefined>();
  let timeDimension: string | undefined;
  for (const [id, item] of Object.entries(expectRecord(value, path))) {
    const dimPath = at(path, id);
    const dimension = expectRecord(item, dimPath);
    if (id.trim() === '') schemaError(dimPath, 'a dimension id must not be empty');
    fields(dimension, dimPath, {'label?': text});
    const role = own(dimension, 'role');
    that(() => role === undefined || role === 'time' || role === 'geo', '"time" or "geo"')(role, at(dimPath, 'role'));
    const isTime = role === 'time';
    if (isTime && timeDimension !== undefined) {
      schemaError(at(dimPath, 'role'), `only one dimension can have role "time" (${timeDimension} already has)`);
    }
    if (isTime) timeDimension = id;
    const hasCategories = Object.hasOwn(dimension, 'categories');
    // a time dimension may leave its periods to the observations; any other must list them
    if (!hasCategories && !isTime) schemaError(at(dimPath, 'categories'), 'is required (only a time dimension may leave it out)');
    dimensions.set(
      id,
      hasCategories ? checkIds(dimension.categories, at(dimPath, 'categories'), 'category', isTime ? period : undefined, 'must list at least one category') : undefined,
    );
  }
  return dimensions;
}

/** The careful checks of one observation: throws a schema error naming the first offending path. */
function checkObservation(item: unknown, obsPath: string, indicatorDimensions: readonly string[], declared: Declared): void {
  const observation = expectRecord(item, obsPath);
  for (const key of Object.keys(observation)) {
    if (!OBSERVATION_FIELDS.includes(key) && !indicatorDimensions.includes(key)) {
      schemaError(at(obsPath, key), `unknown dimension ${describe(key)} (this indicator has ${indicatorDimensions.join(', ')})`);
    }
  }
  for (const dimensionId of indicatorDimensions) {
    const path = at(obsPath, dimensionId);
    const value = own(observation, dimensionId);
    const categories = declared.get(dimensionId);
    if (value === undefined) schemaError(path, `is missing (every observation needs a category of "${dimensionId}")`);
    const id = expectString(value, path, {nonEmpty: false});
    if (categories) that(() => categories.has(id), `a category declared in dimensions.${dimensionId}`)(id, path);
    else period(id, path);
  }
  if (!Object.hasOwn(observation, 'value')) schemaError(at(obsPath, 'value'), 'is required (use null for a missing value)');
  that((value) => value === null || Number.isFinite(value), 'a finite number or null')(observation.value, at(obsPath, 'value'));
  // status: any string, also an empty one (as the JSON Schema says)
  fields(observation, obsPath, {'status?': (status, path) => expectString(status, path, {nonEmpty: false}), 'note?': text});
}

function checkIndicator(value: unknown, path: string, declared: Declared, themes: ReadonlySet<string> | undefined, seenIds: Map<string, string>): void {
  const indicator = expectRecord(value, path);
  const id = expectString(own(indicator, 'id'), at(path, 'id'));
  const first = seenIds.get(id);
  if (first !== undefined) schemaError(at(path, 'id'), `duplicate indicator id ${describe(id)} (also ${first})`);
  seenIds.set(id, path);
  fields(indicator, path, {
    'theme?': (value, themePath) => {
      const theme = expectString(value, themePath);
      if (themes && !themes.has(theme)) schemaError(themePath, `names undeclared theme ${describe(theme)}`);
    },
    'label?': text,
    'description?': text,
    'unit?': expectString,
    'decimals?': that((decimals) => Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= MAX_DECIMALS, `a whole number from 0 to ${MAX_DECIMALS}`),
    'source?': source,
    'sample?': that((sample) => typeof sample === 'boolean', 'true or false'),
    // extension: `notes: [{id?, text, period?, kind?}]`
    'notes?': list(object({'id?': expectString, text, 'period?': period, 'kind?': oneOf(NOTE_KINDS)})),
    'view?': oneOf(INDICATOR_VIEWS),
  });
  const named = new Set<string>();
  const dimensions = list((dimensionId, itemPath) => {
    const dimension = expectString(dimensionId, itemPath);
    if (!declared.has(dimension)) schemaError(itemPath, `names undeclared dimension ${describe(dimension)}`);
    if (named.has(dimension)) schemaError(itemPath, `names dimension ${describe(dimension)} twice`);
    return named.add(dimension) && dimension;
  }, 'must name at least one dimension')(own(indicator, 'dimensions'), at(path, 'dimensions')) as string[];
  // the first observation with each coordinates (a key string each: this runs only on documents
  // `readMonitor` rejected)
  const seen = new Map<string, string>();
  list((item, obsPath) => {
    checkObservation(item, obsPath, dimensions, declared);
    const key = JSON.stringify(dimensions.map((dimensionId) => (item as JsonRecord)[dimensionId]));
    const firstPath = seen.get(key);
    if (firstPath !== undefined) schemaError(obsPath, `duplicate observation: same coordinates as ${firstPath}`);
    seen.set(key, obsPath);
  })(own(indicator, 'observations'), at(path, 'observations'));
}

/** Throws a `schema` MonitorError at the first place where `doc` is not monitor JSON v1; returns
 *  when there is none (then `readMonitor(doc)` reads it: test/data/check.test.ts). */
export function explainMonitor(doc: unknown): void {
  const root = expectRecord(doc, '');
  for (const field of REQUIRED_FIELDS) {
    if (!Object.hasOwn(root, field)) schemaError(field, 'is required');
  }
  fields(root, '', {
    format: that((format) => format === 'leiden-monitor', '"leiden-monitor"'),
    version: that((version) => version === 1, '1'),
    'id?': expectString,
    'title?': text,
    'source?': source,
    'updated?': that((date, datePath) => ISO_DATE.test(expectString(date, datePath)), 'an ISO 8601 date like 2024-06-01'),
  });
  const themes = Object.hasOwn(root, 'themes') ? checkIds(root.themes, 'themes', 'theme') : undefined;
  const declared = checkDimensions(root.dimensions, 'dimensions');
  const seenIds = new Map<string, string>();
  list((item, path) => checkIndicator(item, path, declared, themes, seenIds), 'must hold at least one indicator')(root.indicators, 'indicators');
}

/** Throws a `schema` MonitorError at the first place where `doc` is not monitor JSON v1. */
export function validateMonitor(doc: unknown): void {
  // the quick reader first: it accepts exactly what `explainMonitor` finds nothing wrong with
  if (readMonitor(doc)) return;
  explainMonitor(doc);
  schemaError('', 'is not monitor JSON v1'); // unreachable while the two agree
}

/** A JSON-stat 1.x bundle: `{name: {dimension, value, …}, …}` with no `class`. */
function isJsonStatBundle(doc: JsonRecord): boolean {
  const members = Object.values(doc);
  return members.length > 0 && members.every((member) => isRecord(member) && Object.hasOwn(member, 'dimension') && Object.hasOwn(member, 'value'));
}

/** The schema error of a document that is neither JSON-stat nor read by `readMonitor`. */
export function rejectDocument(doc: unknown): MonitorModel {
  if (!isRecord(doc)) schemaError('', 'must be a JSON object (a monitor JSON document or a JSON-stat 2.0 dataset)');
  if (!Object.hasOwn(doc, 'format') && isJsonStatBundle(doc)) {
    schemaError('', 'looks like a JSON-stat 1.x bundle; only JSON-stat 2.0 datasets ("class": "dataset") are read');
  }
  validateMonitor(doc);
  schemaError('', 'could not be read'); // unreachable: readMonitor said no, so validateMonitor threw
}
