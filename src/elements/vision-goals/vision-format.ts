/**
 * The vision JSON document (`"format": "leiden-vision"`, version 1): the goals of a policy vision,
 * the policy domains they touch, and optionally the monitor indicators linked to each goal.
 * `validateVision` checks a document and throws a `schema` MonitorError naming the first
 * offending path (`goals[2].domains[0]`), as the monitor validator does. The JSON Schema in
 * src/schema/vision.schema.json describes the same format.
 *
 * The check is one small walker driven by a description of the format (`record`, `list` and the
 * value rules below) rather than code per field: it visits the fields in the order described and
 * builds the typed copy of what it knows, leaving out unknown and absent fields.
 */
import type {LocalizedText, Source} from '../../data/model.js';
import {at, expectArray, expectRecord, expectString, own, schemaError, text as localizedText, that, type Rule} from '../../data/json-path.js';
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
  readonly source?: Source;
  readonly goals: readonly VisionGoal[];
  readonly domains: readonly VisionDomain[];
}

/** A string that `test` accepts, else "must be `what`". */
const stringThat = (test: (text: string) => boolean, what: string): Rule => that((value, path) => test(expectString(value, path)), what);

/** Exactly `expected` ("leiden-vision", 1). */
const exactly = (expected: unknown): Rule => that((value) => value === expected, JSON.stringify(expected));

/** Localised text: a non-empty string, or an object of strings by language tag (as validate.ts checks it). */
const text: Rule = (value, path) => localizedText(typeof value === 'string' ? expectString(value, path) : value, path);

/**
 * An object with `fields`, checked in their order (a name ending in `?` is optional); the copy
 * holds only the fields described and present.
 */
const record =
  (fields: Record<string, Rule>): Rule =>
  (value, path) => {
    const source = expectRecord(value, path);
    const copy: Record<string, unknown> = {};
    for (const [name, rule] of Object.entries(fields)) {
      const key = name.replace('?', '');
      const field = own(source, key);
      if (field !== undefined) copy[key] = rule(field, at(path, key));
      else if (key === name) schemaError(at(path, key), 'is required');
    }
    return copy;
  };

/** An array of items that `rule` accepts; with `least`, "must hold at least one `least`" when empty. */
const list =
  (rule: Rule, least?: string): Rule =>
  (value, path) => {
    const items = expectArray(value, path);
    if (least && items.length === 0) schemaError(path, `must hold at least one ${least}`);
    return items.map((item, i) => rule(item, at(path, i)));
  };

/** An id, unique among the ones `seen` by this rule. */
const uniqueId =
  (seen: Set<string>): Rule =>
  (value, path) => {
    const id = expectString(value, path);
    if (seen.has(id)) schemaError(path, `"${id}" is used twice`);
    return seen.add(id) && id;
  };

/** A linked indicator: its id, or an object with `id` and `filter`. */
const indicatorRef: Rule = (value, path) => (typeof value === 'string' ? {id: expectString(value, path)} : record({id: expectString, 'filter?': expectString})(value, path));

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The document typed, after checking every rule; throws a `schema` MonitorError at the first offending path. */
export function validateVision(doc: unknown): VisionDocument {
  const domainIds = new Set<string>();
  return record({
    format: exactly('leiden-vision'),
    version: exactly(1),
    title: text,
    'adopted?': stringThat((date) => ISO_DATE.test(date), 'an ISO 8601 date like 2020-09-17'),
    'adoptedBy?': text,
    // only absolute http(s) URLs: a `javascript:` or `data:` link must never reach an href
    'source?': record({name: text, 'url?': stringThat(isHttpUrl, 'an absolute http(s) URL')}),
    domains: list(record({id: uniqueId(domainIds), label: text})),
    goals: list(
      record({
        id: uniqueId(new Set()),
        title: text,
        'description?': text,
        domains: list((value, path) => {
          const id = expectString(value, path);
          return domainIds.has(id) ? id : schemaError(path, `names domain "${id}", which \`domains\` does not declare`);
        }),
        'indicators?': list(indicatorRef),
      }),
      'goal',
    ),
    'id?': expectString,
  })(doc, '') as VisionDocument;
}
