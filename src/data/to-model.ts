/**
 * The one entry from "a parsed document" to "a model": tells monitor JSON from JSON-stat, checks,
 * normalises, and remembers the answer per document object, so a dashboard of twenty elements
 * sharing one document indexes it once. Documents are treated as immutable: to change one,
 * pass a new object.
 */
import {MonitorError, isMonitorError} from './errors.js';
import {isRecord, own, schemaError, type JsonRecord} from './json-path.js';
import {fromJsonStat} from './jsonstat.js';
import type {MonitorModel} from './model.js';
import {normalizeMonitor} from './normalize.js';
import {validateMonitor} from './validate.js';

/** The model, or the schema error, of every document seen; weak, so documents can be collected. */
const memo = new WeakMap<object, MonitorModel | MonitorError>();

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
  const cached = typeof doc === 'object' && doc !== null ? memo.get(doc) : undefined;
  if (cached instanceof MonitorError) throw cached;
  if (cached) return cached;
  let result: MonitorModel | MonitorError;
  try {
    result = readModel(doc);
  } catch (error) {
    result = isMonitorError(error) ? error : new MonitorError('schema', `the document could not be read: ${String(error)}`, {cause: error});
  }
  if (typeof doc === 'object' && doc !== null) memo.set(doc, result);
  if (result instanceof MonitorError) throw result;
  return result;
}

/** For the element code: the document's format, without reading it all. */
export function documentFormat(doc: unknown): 'monitor' | 'jsonstat' | 'unknown' {
  if (!isRecord(doc)) return 'unknown';
  if (own(doc, 'format') === 'leiden-monitor') return 'monitor';
  return Object.hasOwn(doc, 'class') ? 'jsonstat' : 'unknown';
}
