/**
 * The vision JSON document (`"format": "leiden-vision"`, version 1): the goals of a policy vision,
 * the policy domains they touch, and optionally the monitor indicators linked to each goal.
 * `validateVision` checks a document and throws a `schema` MonitorError naming the first
 * offending path (`goals[2].domains[0]`), as the monitor validator does. The JSON Schema in
 * src/schema/vision.schema.json describes the same format.
 */
import type {LocalizedText} from '../../data/model.js';
import {at, describe, expectArray, expectRecord, expectString, isRecord, own, schemaError, type JsonRecord} from '../../data/json-path.js';
import {isHttpUrl} from '../../data/url.js';

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

/** Localised text: a string, or an object of strings by language tag (as validate.ts checks it). */
function checkText(value: unknown, path: string): LocalizedText {
  if (typeof value === 'string') return expectString(value, path);
  if (!isRecord(value)) schemaError(path, `must be a string or an object of strings by language (got ${describe(value)})`);
  const languages = Object.keys(value);
  if (languages.length === 0) schemaError(path, 'must hold text in at least one language');
  for (const language of languages) {
    if (language.trim() === '') schemaError(path, 'has an empty language tag');
    expectString(value[language], at(path, language), {nonEmpty: false});
  }
  return value as LocalizedText;
}

function required(record: JsonRecord, key: string, path: string): unknown {
  if (!Object.hasOwn(record, key)) schemaError(at(path, key), 'is required');
  return record[key];
}

/** `check(record[key])` when `record` has `key` (not undefined); undefined otherwise. */
function optional<T>(record: JsonRecord, key: string, path: string, check: (value: unknown, path: string) => T): T | undefined {
  const value = own(record, key);
  return value === undefined ? undefined : check(value, at(path, key));
}

/** `fields` without the undefined ones (optional properties are left out, not undefined). */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** Only absolute http(s) URLs: a `javascript:` or `data:` link must never reach an href. */
function checkHttpUrl(value: unknown, path: string): string {
  const text = expectString(value, path);
  if (!isHttpUrl(text)) schemaError(path, `must be an absolute http(s) URL (got ${describe(text)})`);
  return text;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkDate(value: unknown, path: string): string {
  const text = expectString(value, path);
  if (!ISO_DATE.test(text)) schemaError(path, `must be an ISO 8601 date like 2020-09-17 (got ${describe(text)})`);
  return text;
}

/** A non-empty id, unique among `seen`. */
function checkId(record: JsonRecord, path: string, seen: Set<string>): string {
  const id = expectString(required(record, 'id', path), at(path, 'id'));
  if (seen.has(id)) schemaError(at(path, 'id'), `"${id}" is used twice`);
  seen.add(id);
  return id;
}

/** Each item of the array at `path`, checked by `check`. */
function list<T>(value: unknown, path: string, check: (item: unknown, path: string) => T): T[] {
  return expectArray(value, path).map((item, i) => check(item, at(path, i)));
}

function checkIndicatorRef(value: unknown, path: string): IndicatorRef {
  if (typeof value === 'string') return {id: expectString(value, path)};
  const ref = expectRecord(value, path);
  return defined({id: expectString(required(ref, 'id', path), at(path, 'id')), filter: optional(ref, 'filter', path, expectString)});
}

/** The document typed, after checking every rule; throws a `schema` MonitorError at the first offending path. */
export function validateVision(doc: unknown): VisionDocument {
  const root = expectRecord(doc, '');
  const format = own(root, 'format');
  if (format !== 'leiden-vision') schemaError('format', `must be "leiden-vision" (got ${describe(format)})`);
  const version = own(root, 'version');
  if (version !== 1) schemaError('version', `must be 1 (got ${describe(version)})`);
  const title = checkText(required(root, 'title', ''), 'title');
  const adopted = optional(root, 'adopted', '', checkDate);
  const adoptedBy = optional(root, 'adoptedBy', '', checkText);
  const source = optional(root, 'source', '', (value, path) => {
    const s = expectRecord(value, path);
    return defined({name: checkText(required(s, 'name', path), at(path, 'name')), url: optional(s, 'url', path, checkHttpUrl)});
  });
  const seenDomains = new Set<string>();
  const domains = list(required(root, 'domains', ''), 'domains', (item, path) => {
    const domain = expectRecord(item, path);
    return {id: checkId(domain, path, seenDomains), label: checkText(required(domain, 'label', path), at(path, 'label'))};
  });
  const goalList = expectArray(required(root, 'goals', ''), 'goals');
  if (goalList.length === 0) schemaError('goals', 'must hold at least one goal');
  const seenGoals = new Set<string>();
  const goals = list(goalList, 'goals', (item, path): VisionGoal => {
    const goal = expectRecord(item, path);
    return defined({
      id: checkId(goal, path, seenGoals),
      title: checkText(required(goal, 'title', path), at(path, 'title')),
      description: optional(goal, 'description', path, checkText),
      domains: list(required(goal, 'domains', path), at(path, 'domains'), (d, p) => {
        const domainId = expectString(d, p);
        if (!seenDomains.has(domainId)) schemaError(p, `names domain "${domainId}", which \`domains\` does not declare`);
        return domainId;
      }),
      indicators: optional(goal, 'indicators', path, (value, p) => list(value, p, checkIndicatorRef)),
    });
  });
  return defined({format: 'leiden-vision', version: 1, id: optional(root, 'id', '', expectString), title, adopted, adoptedBy, source, goals, domains});
}
