/**
 * The vision JSON document (`"format": "leiden-vision"`, version 1): the goals of a policy vision,
 * the policy domains they touch, and optionally the monitor indicators linked to each goal.
 * `validateVision` checks a document and throws a `schema` MonitorError naming the first
 * offending path (`goals[2].domains[0]`), as the monitor validator does. The JSON Schema in
 * src/schema/vision.schema.json describes the same format.
 */
import type {LocalizedText} from '../../data/model.js';
import {at, describe, expectArray, expectRecord, expectString, isRecord, own, schemaError, type JsonRecord} from '../../data/json-path.js';

/** A monitor indicator linked to a goal: its id, and optionally a `filter` as on the elements. */
export interface IndicatorRef {
  readonly id: string;
  readonly filter?: string;
}

export interface VisionGoal {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Ids of the policy domains the goal touches, in `domains`. */
  readonly domains: readonly string[];
  /** Monitor indicators that follow the goal (shown as KPI tiles with `monitor-src`). */
  readonly indicators?: readonly IndicatorRef[];
}

export interface VisionDomain {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface VisionDocument {
  readonly format: 'leiden-vision';
  readonly version: 1;
  readonly id?: string;
  readonly title: LocalizedText;
  /** When the vision was adopted, ISO 8601 (`2020-09-17`). */
  readonly adopted?: string;
  /** Who adopted it, e.g. `{nl: 'de gemeenteraad', en: 'the city council'}`. */
  readonly adoptedBy?: LocalizedText;
  readonly source?: {readonly name: LocalizedText; readonly url?: string};
  readonly goals: readonly VisionGoal[];
  readonly domains: readonly VisionDomain[];
}

/** Localised text: a string, or an object of strings by language tag. */
function checkText(value: unknown, path: string): LocalizedText {
  if (typeof value === 'string') {
    if (value.trim() === '') schemaError(path, 'must not be empty');
    return value;
  }
  if (!isRecord(value)) schemaError(path, `must be a string or an object of strings by language (got ${describe(value)})`);
  const languages = Object.keys(value);
  if (languages.length === 0) schemaError(path, 'must hold text in at least one language');
  for (const language of languages) {
    if (language.trim() === '') schemaError(path, 'has an empty language tag');
    if (typeof value[language] !== 'string') schemaError(at(path, language), `must be a string (got ${describe(value[language])})`);
  }
  return value as LocalizedText;
}

function required(record: JsonRecord, key: string, path: string): unknown {
  if (!Object.hasOwn(record, key)) schemaError(at(path, key), 'is required');
  return record[key];
}

function checkHttpUrl(value: unknown, path: string): string {
  const text = expectString(value, path);
  let protocol = '';
  try {
    protocol = new URL(text).protocol;
  } catch {
    schemaError(path, `must be an absolute http(s) URL (got ${describe(text)})`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') schemaError(path, `must be an http(s) URL, not ${protocol} (got ${describe(text)})`);
  return text;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Unique, non-empty ids of a list of objects; returns them in order. */
function checkId(record: JsonRecord, path: string, seen: Set<string>): string {
  const id = expectString(required(record, 'id', path), at(path, 'id'));
  if (seen.has(id)) schemaError(at(path, 'id'), `"${id}" is used twice`);
  seen.add(id);
  return id;
}

function checkDomains(value: unknown, path: string): VisionDomain[] {
  const seen = new Set<string>();
  return expectArray(value, path).map((item, i) => {
    const p = at(path, i);
    const domain = expectRecord(item, p);
    return {id: checkId(domain, p, seen), label: checkText(required(domain, 'label', p), at(p, 'label'))};
  });
}

function checkIndicatorRef(value: unknown, path: string): IndicatorRef {
  if (typeof value === 'string') return {id: expectString(value, path)};
  const ref = expectRecord(value, path);
  const id = expectString(required(ref, 'id', path), at(path, 'id'));
  const filter = own(ref, 'filter');
  return filter === undefined ? {id} : {id, filter: expectString(filter, at(path, 'filter'))};
}

function checkGoal(value: unknown, path: string, seen: Set<string>, domainIds: ReadonlySet<string>): VisionGoal {
  const goal = expectRecord(value, path);
  const id = checkId(goal, path, seen);
  const title = checkText(required(goal, 'title', path), at(path, 'title'));
  const description = Object.hasOwn(goal, 'description') ? checkText(goal.description, at(path, 'description')) : undefined;
  const domains = expectArray(required(goal, 'domains', path), at(path, 'domains')).map((d, j) => {
    const p = at(at(path, 'domains'), j);
    const domainId = expectString(d, p);
    if (!domainIds.has(domainId)) schemaError(p, `names domain "${domainId}", which \`domains\` does not declare`);
    return domainId;
  });
  const indicators = Object.hasOwn(goal, 'indicators')
    ? expectArray(goal.indicators, at(path, 'indicators')).map((r, j) => checkIndicatorRef(r, at(at(path, 'indicators'), j)))
    : undefined;
  return {id, title, ...(description === undefined ? {} : {description}), domains, ...(indicators ? {indicators} : {})};
}

/** The document typed, after checking every rule; throws a `schema` MonitorError at the first offending path. */
export function validateVision(doc: unknown): VisionDocument {
  const root = expectRecord(doc, '');
  const format = own(root, 'format');
  if (format !== 'leiden-vision') schemaError('format', `must be "leiden-vision" (got ${describe(format)})`);
  const version = own(root, 'version');
  if (version !== 1) schemaError('version', `must be 1 (got ${describe(version)})`);
  const title = checkText(required(root, 'title', ''), 'title');
  const adopted = own(root, 'adopted');
  if (adopted !== undefined && !ISO_DATE.test(expectString(adopted, 'adopted'))) {
    schemaError('adopted', `must be an ISO 8601 date like 2020-09-17 (got ${describe(adopted)})`);
  }
  const adoptedBy = Object.hasOwn(root, 'adoptedBy') ? checkText(root.adoptedBy, 'adoptedBy') : undefined;
  let source: VisionDocument['source'];
  if (Object.hasOwn(root, 'source')) {
    const s = expectRecord(root.source, 'source');
    const name = checkText(required(s, 'name', 'source'), 'source.name');
    source = Object.hasOwn(s, 'url') ? {name, url: checkHttpUrl(s.url, 'source.url')} : {name};
  }
  const id = own(root, 'id');
  const domains = checkDomains(required(root, 'domains', ''), 'domains');
  const domainIds = new Set(domains.map((d) => d.id));
  const goalList = expectArray(required(root, 'goals', ''), 'goals');
  if (goalList.length === 0) schemaError('goals', 'must hold at least one goal');
  const seen = new Set<string>();
  const goals = goalList.map((g, i) => checkGoal(g, at('goals', i), seen, domainIds));
  return {
    format: 'leiden-vision',
    version: 1,
    ...(id === undefined ? {} : {id: expectString(id, 'id')}),
    title,
    ...(typeof adopted === 'string' ? {adopted} : {}),
    ...(adoptedBy === undefined ? {} : {adoptedBy}),
    ...(source ? {source} : {}),
    goals,
    domains,
  };
}
