/**
 * The one entry from "a parsed document" to "a model": tells monitor JSON from JSON-stat, checks,
 * normalises, and remembers the answer per document object, so a dashboard of twenty elements
 * sharing one document indexes it once. Documents are treated as immutable: to change one,
 * pass a new object.
 *
 * `toModel` reads both formats synchronously. Elements use `toModelLazy`, which loads the
 * JSON-stat reader only when a JSON-stat document arrives, and the validator (which names the
 * offending path) only when the reader (`readMonitor`, which checks as it reads) rejects a
 * document, so a page of valid monitor JSON charts downloads neither.
 */
import {MonitorError, isMonitorError} from './errors.js';
import type {MonitorModel} from './model.js';
import {readMonitor} from './normalize.js';

/** The model, or the schema error, of every document seen, and every model as its own; weak, so
 *  documents can be collected. */
const memo = new WeakMap<object, {readonly model: MonitorModel} | {readonly error: MonitorError}>();

/**
 * The model of `doc` as `read` makes it, remembered per document. Throws only MonitorError
 * (`schema`): anything else escaping a reader is wrapped, since a malformed document must never
 * surface as a TypeError in an element.
 */
export function modelOf(doc: unknown, read: (doc: unknown) => MonitorModel): MonitorModel {
  let outcome = memo.get(doc as object); // undefined for a primitive
  if (!outcome) {
    try {
      outcome = {model: read(doc)};
    } catch (error) {
      outcome = {error: isMonitorError(error) ? error : new MonitorError('schema', `the document could not be read: ${String(error)}`, {cause: error})};
    }
    if (typeof doc === 'object' && doc !== null) memo.set(doc, outcome);
    // a model stands for its document: `<leiden-monitor>` hands its children its own model as `data`
    if ('model' in outcome) memo.set(outcome.model, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.model;
}

/** The model of a document seen before, or of monitor JSON `readMonitor` accepts; else undefined
 *  (the document needs the validator, or is JSON-stat). */
export function quickModel(doc: unknown): MonitorModel | undefined {
  // (WeakMap.has answers false for a primitive)
  let model: MonitorModel | boolean | undefined = memo.has(doc as object);
  try {
    model ||= readMonitor(doc);
  } catch {
    // a getter that throws, a revoked Proxy…: the validator reports it
  }
  return model ? modelOf(doc, () => model as MonitorModel) : undefined;
}
