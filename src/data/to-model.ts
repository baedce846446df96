/**
 * The one entry from "a parsed document" to "a model": tells monitor JSON from JSON-stat, checks,
 * normalises, and remembers the answer per document object, so a dashboard of twenty elements
 * sharing one document indexes it once. Documents are treated as immutable: to change one,
 * pass a new object.
 */
import {MonitorError, isMonitorError} from './errors.js';
import {isRecord, schemaError, type JsonRecord} from './json-path.js';
import {fromJsonStat} from './jsonstat.js';
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

function readModel(doc: unknown): MonitorModel {
  if (!isRecord(doc)) schemaError('', 'must be a JSON object (a monitor JSON document or a JSON-stat 2.0 dataset)');
  if (!Object.hasOwn(doc, 'format') && Object.hasOwn(doc, 'class')) return fromJsonStat(doc);
  if (!Object.hasOwn(doc, 'format') && isJsonStatBundle(doc)) {
    schemaError('', 'looks like a JSON-stat 1.x bundle; only JSON-stat 2.0 datasets ("class": "dataset") are read');
  }
  validateMonitor(doc);
  return normalizeMonitor(doc);
}

/**
 * The MonitorModel of a parsed monitor JSON v1 document or JSON-stat 2.0 dataset.
 * Throws only MonitorError (`schema`): anything else escaping a reader is wrapped, since a
 * malformed document must never surface as a TypeError in an element.
 */
export function toModel(doc: unknown): MonitorModel {
  const isObject = typeof doc === 'object' && doc !== null;
  let outcome = isObject ? memo.get(doc) : undefined;
  if (!outcome) {
    try {
      outcome = {model: readModel(doc)};
    } catch (error) {
      outcome = {error: isMonitorError(error) ? error : new MonitorError('schema', `the document could not be read: ${String(error)}`, {cause: error})};
    }
    if (isObject) memo.set(doc, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.model;
}
