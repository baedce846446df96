/**
 * `toModel`: the MonitorModel of a parsed monitor JSON v1 document or JSON-stat 2.0 dataset,
 * both formats read synchronously (see to-model-core.ts for the memo and the error rules, and
 * to-model-lazy.ts for the variant elements use).
 */
import {isJsonStatDocument} from './jsonstat-detect.js';
import {fromJsonStat} from './jsonstat.js';
import type {MonitorModel} from './model.js';
import {modelOf, quickModel} from './to-model-core.js';
import {rejectDocument} from './validate.js';

/**
 * The MonitorModel of a parsed monitor JSON v1 document or JSON-stat 2.0 dataset.
 * Throws only MonitorError (`schema`): anything else escaping a reader is wrapped, since a
 * malformed document must never surface as a TypeError in an element.
 */
export function toModel(doc: unknown): MonitorModel {
  if (isJsonStatDocument(doc)) return modelOf(doc, fromJsonStat);
  return quickModel(doc) ?? modelOf(doc, rejectDocument);
}
