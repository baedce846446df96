/**
 * The one entry from "a parsed document" to "a model": tells monitor JSON from JSON-stat, checks,
 * normalises, and remembers the answer per document object, so a dashboard of twenty elements
 * sharing one document indexes it once. Documents are treated as immutable: to change one,
 * pass a new object.
 *
 * `toModel` reads both formats synchronously. Elements use `toModelLazy`, which loads the
 * JSON-stat reader only when a JSON-stat document arrives, so a page of monitor JSON charts
 * never downloads it (it is about a sixth of the chart's code).
 */
import {MonitorError, isMonitorError} from './errors.js';
import {isRecord, schemaError, type JsonRecord} from './json-path.js';
import type {JsonStatReader} from './jsonstat-detect.js';
import {isJsonStatDocument} from './jsonstat-detect.js';
import type {MonitorModel} from './model.js';
import {normalizeMonitor} from './normalize.js';
import {validateMonitor} from './validate.js';

/** The model, or the schema error, of every document seen; weak, so documents can be collected. */
const memo = new WeakMap<object, {readonly model: MonitorModel} | {readonly error: MonitorError}>();

/** A JSON-stat 1.x bundle: `{name: {dimension, value, …}, …}` with no `class`. */
function isJsonStatBundle(doc: JsonRecord): boolean {
  const members = Object.values(doc);
  return members.length > 0 && members.every((member) => isRecord(member) && Object.hasOwn(member, 'dimension') && Object.hasOwn(member, 'value'));
}

function readModel(doc: unknown, readJsonStat: JsonStatReader): MonitorModel {
  if (!isRecord(doc)) schemaError('', 'must be a JSON object (a monitor JSON document or a JSON-stat 2.0 dataset)');
  if (isJsonStatDocument(doc)) return readJsonStat(doc);
  if (!Object.hasOwn(doc, 'format') && isJsonStatBundle(doc)) {
    schemaError('', 'looks like a JSON-stat 1.x bundle; only JSON-stat 2.0 datasets ("class": "dataset") are read');
  }
  validateMonitor(doc);
  return normalizeMonitor(doc);
}

/**
 * The model of `doc`, reading JSON-stat documents with `readJsonStat`. Throws only MonitorError
 * (`schema`): anything else escaping a reader is wrapped, since a malformed document must never
 * surface as a TypeError in an element.
 */
export function modelOf(doc: unknown, readJsonStat: JsonStatReader): MonitorModel {
  const isObject = typeof doc === 'object' && doc !== null;
  let outcome = isObject ? memo.get(doc) : undefined;
  if (!outcome) {
    try {
      outcome = {model: readModel(doc, readJsonStat)};
    } catch (error) {
      outcome = {error: isMonitorError(error) ? error : new MonitorError('schema', `the document could not be read: ${String(error)}`, {cause: error})};
    }
    if (isObject) memo.set(doc, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.model;
}
